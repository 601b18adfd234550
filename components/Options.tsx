// Options: hover delay, mark style, disabled sites, and the "Not this" list (undoable).
import details from '../generated/details.json';
import type { Details } from '../core/details';
import { DEFAULT_SETTINGS, type MarkStyle } from '../utils/settings';
import { settingsItem, suppressionsItem } from '../utils/storage-items';
import { useItem } from './use-item';

const all = details as unknown as Details;

export function Options() {
  const [settings, setSettings] = useItem(settingsItem);
  const [supp, setSupp] = useItem(suppressionsItem);
  const s = settings ?? DEFAULT_SETTINGS;
  const bySite = Object.entries(supp?.entitiesBySite ?? {}).flatMap(([site, ids]) => ids.map((id) => ({ site, id })));
  return (
    <main>
      <h1>Dramalens options</h1>
      <section>
        <h2>Marks</h2>
        <label>
          Style{' '}
          <select value={s.markStyle} onChange={(e) => void setSettings({ ...s, markStyle: (e.target as HTMLSelectElement).value as MarkStyle })}>
            <option value="underline">Dotted underline</option>
            <option value="background">Soft background</option>
            <option value="none">None (cards still open on hover)</option>
          </select>
        </label>
        <label>
          Hover delay{' '}
          <input type="number" min={0} max={2000} step={50} value={s.hoverDelay}
            onChange={(e) => void setSettings({ ...s, hoverDelay: Math.max(0, Math.min(2000, Number((e.target as HTMLInputElement).value) || 0)) })} /> ms
        </label>
        <label>
          <input type="checkbox" checked={s.paused} onChange={() => void setSettings({ ...s, paused: !s.paused })} /> Pause everywhere
        </label>
      </section>
      <section>
        <h2>Sites where Dramalens is off</h2>
        {s.disabledSites.length === 0 && <p class="sub">None.</p>}
        <ul class="list">
          {s.disabledSites.map((h) => (
            <li key={h}>{h} <button type="button" onClick={() => void setSettings({ ...s, disabledSites: s.disabledSites.filter((x) => x !== h) })}>Turn back on</button></li>
          ))}
        </ul>
      </section>
      <section>
        <h2>“Not this”</h2>
        {bySite.length === 0 && (supp?.aliases.length ?? 0) === 0 && <p class="sub">Nothing hidden.</p>}
        <ul class="list">
          {bySite.map(({ site, id }) => (
            <li key={site + id}>
              {all.entities[id]?.name ?? id} on {site}{' '}
              <button type="button" onClick={() => {
                if (!supp) return;
                const left = (supp.entitiesBySite[site] ?? []).filter((x) => x !== id);
                const entitiesBySite = { ...supp.entitiesBySite, [site]: left };
                if (!left.length) delete entitiesBySite[site];
                void setSupp({ ...supp, entitiesBySite });
              }}>Undo</button>
            </li>
          ))}
          {supp?.aliases.map((a) => (
            <li key={a}>“{a}” everywhere <button type="button" onClick={() => void setSupp({ ...supp, aliases: supp.aliases.filter((x) => x !== a) })}>Undo</button></li>
          ))}
        </ul>
      </section>
    </main>
  );
}
