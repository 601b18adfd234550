// The hover card. Rendered by dom/card-host.ts inside an open shadow root.
import type { CardData } from '../core/card-data';
import type { ActorDetail, DramaDetail } from '../core/details';

export interface CardProps {
  data: CardData;
  entityPageUrl: (id: string) => string;
  /** web pages may not navigate to extension pages: the background opens it */
  onOpenEntity: (id: string) => void;
  onChoose: (id: string) => void;
  onNotThis: () => void;
  /** the name as the page wrote it, for "hide this name everywhere" */
  alias?: string;
  onHideAlias?: () => void;
  onClose: () => void;
}

function ActorBody({ d }: { d: ActorDetail }) {
  const facts = [d.birthYear && `Born ${d.birthYear}`, d.group, d.agency].filter(Boolean).join(' · ');
  const known = [...d.roles].sort((a, b) => Number(b.lead) - Number(a.lead) || b.year - a.year).slice(0, 4);
  return (
    <>
      {facts && <p class="facts">{facts}</p>}
      {d.birthName && d.birthName !== d.name && (
        <p class="facts">Birth name {d.birthName}{d.birthNameHangul ? ` (${d.birthNameHangul})` : ''}</p>
      )}
      {known.length > 0 && (
        <section aria-label="Known for">
          <h3>Known for</h3>
          <ul class="roles">
            {known.map((r) => (
              <li key={r.drama}>
                <span class="title">{r.title}</span> <span class="year">({r.year})</span>
                <span class="role"> as {r.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function DramaBody({ d }: { d: DramaDetail }) {
  const facts = [String(d.year), d.network.join(', '), d.episodes && `${d.episodes} episodes`].filter(Boolean).join(' · ');
  const leads = d.cast.filter((c) => c.lead).slice(0, 4);
  return (
    <>
      <p class="facts">{facts}</p>
      {d.genres.length > 0 && <p class="genres">{d.genres.join(', ')}</p>}
      {d.basedOn && <p class="facts">Based on the {d.basedOn.type} “{d.basedOn.title}”</p>}
      {leads.length > 0 && (
        <section aria-label="Starring">
          <h3>Starring</h3>
          <ul class="roles">
            {leads.map((c) => (
              <li key={c.actor}>
                <span class="title">{c.name}</span> <span class="hangul">{c.hangul}</span>
                <span class="role"> as {c.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function Card({ data, entityPageUrl, onOpenEntity, onChoose, onNotThis, onClose, alias, onHideAlias }: CardProps) {
  const d = data.detail;
  const kind = d.kind === 'actor' ? 'Actor' : 'Drama';
  return (
    <div class="card" data-entity-id={d.id} role="dialog" aria-label={`${d.name}, ${kind.toLowerCase()} — Dramalens`}>
      <header>
        <div>
          <h2>
            {d.name} <span class="hangul" lang="ko">{d.hangul}</span>
          </h2>
          <span class="kind">{kind}</span>
        </div>
        <button type="button" class="close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </header>
      {data.alternatives.length > 0 && (
        <p class="ambiguous" role="note">
          This name could also mean:{' '}
          {data.alternatives.map((a) => (
            <button type="button" class="alt" key={a.id} onClick={() => onChoose(a.id)}>
              {a.name} <span class="year">({a.hint})</span>
            </button>
          ))}
        </p>
      )}
      {d.kind === 'actor' ? <ActorBody d={d} /> : <DramaBody d={d} />}
      {data.articles.length > 0 && (
        <section aria-label="Related articles">
          <h3>Related</h3>
          <ul class="articles">
            {data.articles.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noopener noreferrer" title={a.summary}>
                  {a.headline}
                </a>
                <span class="outlet">
                  {a.outlet}
                  {a.date ? ` · ${a.date}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <a
          href={entityPageUrl(d.id)}
          class="more"
          onClick={(e) => {
            e.preventDefault();
            onOpenEntity(d.id);
          }}
        >
          Open in Dramalens
        </a>
        <span class="actions">
          <button type="button" class="notthis" onClick={onNotThis} title={`Stop marking ${d.name} on this site`}>
            Not this
          </button>
          {alias && onHideAlias && (
            <button type="button" class="notthis" onClick={onHideAlias} title={`Never mark “${alias}” on any site`}>
              Hide “{alias}”
            </button>
          )}
        </span>
      </footer>
    </div>
  );
}
