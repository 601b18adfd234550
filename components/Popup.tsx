// Toolbar popup: names found on this tab, search over the whole bundle, site switch, pause.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import details from '../generated/details.json';
import type { Details, EntityDetail } from '../core/details';
import { buildSearch, search } from '../core/search';
import { sendMessage, type PageEntity } from '../utils/messaging';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { settingsItem } from '../utils/storage-items';
import { useItem } from './use-item';

const all = details as unknown as Details;
const entityUrl = (id: string) => browser.runtime.getURL(`/entity.html#${encodeURIComponent(id)}`);

function subtitle(e: EntityDetail): string {
  return e.kind === 'drama' ? `${e.year} · ${e.network.join(', ')}` : e.birthYear ? `actor · b. ${e.birthYear}` : 'actor';
}

/** The tab the popup is about: the active one; when the popup page is open in a tab of its own,
 *  the tab used just before it. */
async function targetTab() {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabs = await browser.tabs.query({ currentWindow: true });
  return tabs.filter((t) => t.id !== self.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export function Popup() {
  const [tab, setTab] = useState<{ id?: number; host: string } | null>(null);
  const [found, setFound] = useState<PageEntity[] | null>(null);
  const [query, setQuery] = useState('');
  const [settings, setSettings] = useItem(settingsItem);
  const index = useMemo(() => buildSearch(all), []);
  const results = useMemo(() => search(index, query), [index, query]);

  useEffect(() => {
    void targetTab().then(async (t) => {
      let host = '';
      try {
        host = new URL(t?.url ?? '').hostname;
      } catch {
        /* no URL (new tab page) */
      }
      setTab({ id: t?.id, host });
      if (t?.id === undefined) return setFound([]);
      setFound(await sendMessage('pageEntities', undefined, t.id).catch(() => []));
    });
  }, []);

  const s = settings ?? DEFAULT_SETTINGS;
  const siteOff = !!tab?.host && s.disabledSites.includes(tab.host);
  const toggleSite = () => {
    if (!tab?.host) return;
    const disabledSites = siteOff ? s.disabledSites.filter((h) => h !== tab.host) : [...s.disabledSites, tab.host];
    void setSettings({ ...s, disabledSites });
  };
  const reveal = (id: string) => {
    if (tab?.id !== undefined) void sendMessage('reveal', { id }, tab.id).catch(() => false);
  };

  return (
    <main class="popup-main">
      <header class="bar">
        <h1>Dramalens</h1>
        <label class="switch">
          <input type="checkbox" checked={!s.paused} onChange={() => void setSettings({ ...s, paused: !s.paused })} />
          {s.paused ? 'Paused' : 'On'}
        </label>
      </header>
      {tab?.host && (
        <label class="site">
          <input type="checkbox" checked={!siteOff} disabled={s.paused} onChange={toggleSite} /> Mark names on {tab.host}
        </label>
      )}
      <input
        class="search"
        type="search"
        placeholder="Search actors and dramas (English, 한글, ㅅㄱ)"
        aria-label="Search actors and dramas"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        autoFocus
      />
      {query ? (
        <section aria-label="Search results">
          {results.length === 0 && <p class="empty">No match in the bundle.</p>}
          <ul class="list" data-testid="results">
            {results.map((e) => (
              <li key={e.id}>
                <a href={entityUrl(e.id)} target="_blank" rel="noopener">
                  {e.name} <span class="hangul">{e.hangul}</span>
                </a>
                <span class="sub">{subtitle(e)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-label="On this page">
          <h2>On this page</h2>
          {found === null && <p class="empty">Looking…</p>}
          {found?.length === 0 && <p class="empty">No actors or dramas found on this page.</p>}
          <ul class="list" data-testid="found">
            {found?.map((f) => (
              <li key={f.id}>
                <button type="button" class="linklike" onClick={() => reveal(f.id)} title="Show on the page">
                  {f.name}
                </button>
                <span class="count" aria-label={`${f.count} mentions`}>×{f.count}</span>
                <a class="open" href={entityUrl(f.id)} target="_blank" rel="noopener" aria-label={`Open ${f.name} in Dramalens`}>
                  ↗
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="foot">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </footer>
    </main>
  );
}
