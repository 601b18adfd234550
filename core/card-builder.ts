// Builds the data a card shows from the detail records: DOM-free, used by the background.
import type { CardData } from './card-data';
import type { Details } from './details';
import { rankArticles } from './rank';

export const MAX_CARD_ARTICLES = 3;

export function buildCard(details: Details, id: string, page: string[], alternatives: string[]): CardData | null {
  const detail = details.entities[id];
  if (!detail) return null;
  const onPage = new Set(page);
  const nameOf = (x: string) => details.entities[x]?.name ?? '';
  const articles = rankArticles(details.articles, detail.articles, id, onPage, nameOf).slice(0, MAX_CARD_ARTICLES);
  return {
    detail,
    articles,
    alternatives: alternatives
      .map((a) => details.entities[a])
      .filter(Boolean)
      .map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        hint: e.kind === 'drama' ? `drama, ${e.year}` : e.birthYear ? `born ${e.birthYear}` : 'actor',
      })),
  };
}
