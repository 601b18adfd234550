// The offline mini-wiki page for one actor or drama: full record, filmography or cast,
// co-stars, all related articles.
import { useEffect, useMemo, useState } from 'preact/hooks';
import details from '../generated/details.json';
import type { ActorDetail, Details, DramaDetail } from '../core/details';
import { rankArticles } from '../core/rank';

const all = details as unknown as Details;
const link = (id: string) => `#${encodeURIComponent(id)}`;
const currentId = () => decodeURIComponent(location.hash.slice(1));

function Actor({ d }: { d: ActorDetail }) {
  const coStars = useMemo(() => {
    const count = new Map<string, number>();
    for (const r of d.roles) {
      const drama = all.entities[r.drama] as DramaDetail | undefined;
      for (const c of drama?.cast ?? []) if (c.actor !== d.id) count.set(c.actor, (count.get(c.actor) ?? 0) + 1);
    }
    return [...count].sort((a, b) => b[1] - a[1]).slice(0, 12);
  }, [d]);
  return (
    <>
      <dl class="facts">
        {d.birthYear && (<><dt>Born</dt><dd>{d.birthYear}</dd></>)}
        {d.birthName && (<><dt>Birth name</dt><dd>{d.birthName} {d.birthNameHangul}</dd></>)}
        {d.group && (<><dt>Group</dt><dd>{d.group}</dd></>)}
        {d.agency && (<><dt>Agency</dt><dd>{d.agency}</dd></>)}
        {d.aka.length > 0 && (<><dt>Also written</dt><dd>{d.aka.join(', ')}</dd></>)}
      </dl>
      <h2>Filmography</h2>
      <table>
        <thead><tr><th>Year</th><th>Drama</th><th>Role</th></tr></thead>
        <tbody>
          {d.roles.map((r) => (
            <tr key={r.drama}>
              <td>{r.year}</td>
              <td><a href={link(r.drama)}>{r.title}</a></td>
              <td>{r.role}{r.lead ? ' (lead)' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {coStars.length > 0 && (
        <>
          <h2>Co-stars</h2>
          <ul class="chips">
            {coStars.map(([id, n]) => (
              <li key={id}><a href={link(id)}>{all.entities[id]?.name}</a> <span class="sub">{n > 1 ? `×${n}` : ''}</span></li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Drama({ d }: { d: DramaDetail }) {
  return (
    <>
      {d.summary && <p class="summary">{d.summary}</p>}
      <dl class="facts">
        <dt>First aired</dt><dd>{d.year}</dd>
        <dt>Network</dt><dd>{d.network.join(', ')}</dd>
        {d.episodes && (<><dt>Episodes</dt><dd>{d.episodes}</dd></>)}
        {d.genres.length > 0 && (<><dt>Genres</dt><dd>{d.genres.join(', ')}</dd></>)}
        {d.basedOn && (<><dt>Based on</dt><dd>{d.basedOn.type}: {d.basedOn.title}</dd></>)}
        {d.aka.length > 0 && (<><dt>Also known as</dt><dd>{d.aka.join(' · ')}</dd></>)}
      </dl>
      <h2>Cast</h2>
      <table>
        <thead><tr><th>Actor</th><th>Role</th></tr></thead>
        <tbody>
          {d.cast.map((c) => (
            <tr key={c.actor}>
              <td><a href={link(c.actor)}>{c.name}</a> <span class="hangul">{c.hangul}</span></td>
              <td>{c.role}{c.lead ? ' (lead)' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function EntityPage() {
  const [id, setId] = useState(currentId());
  useEffect(() => {
    const on = () => setId(currentId());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const d = all.entities[id];
  useEffect(() => {
    document.title = d ? `${d.name} — Dramalens` : 'Dramalens';
  }, [d]);
  if (!d) return <main><h1>Not in the bundle</h1><p>No actor or drama with id “{id}”.</p></main>;
  const articles = rankArticles(all.articles, d.articles, d.id, new Set(), () => '');
  return (
    <main data-entity-id={d.id}>
      <p class="kind">{d.kind === 'actor' ? 'Actor' : 'Drama'}</p>
      <h1>{d.name} <span class="hangul" lang="ko">{d.hangul}</span></h1>
      {d.kind === 'actor' ? <Actor d={d} /> : <Drama d={d} />}
      <h2>Related articles</h2>
      {articles.length === 0 && <p class="sub">None in the bundle yet.</p>}
      <ul class="articles">
        {articles.map((a) => (
          <li key={a.url}>
            <a href={a.url} target="_blank" rel="noopener noreferrer">{a.headline}</a>
            <span class="sub"> {a.outlet}{a.date ? ` · ${a.date}` : ''}</span>
            <p>{a.summary}</p>
          </li>
        ))}
      </ul>
      {d.sourceUrl && <p class="sub">Facts checked against <a href={d.sourceUrl} target="_blank" rel="noopener noreferrer">{new URL(d.sourceUrl).hostname}</a>.</p>}
    </main>
  );
}
