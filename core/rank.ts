// Related-article ranking: an article about the card's entity counts more the more of the
// other entities it is about are on this page; among equals, editor's picks (`pinned`) first,
// then headlines naming those entities, then newer articles, then data order.
import type { Article } from './schema';

export function rankArticles(all: Article[], candidates: number[], self: string, onPage: Set<string>, nameOf: (id: string) => string): Article[] {
  const scored = candidates.map((i, order) => {
    const a = all[i];
    let overlap = 0;
    let named = 0;
    for (const id of a.entities) {
      if (id === self || !onPage.has(id)) continue;
      overlap++;
      const n = nameOf(id);
      if (n && fold(a.headline).includes(fold(n))) named++;
    }
    return { a, overlap, named, date: a.date ?? '', order };
  });
  scored.sort((x, y) => y.overlap - x.overlap || Number(!!y.a.pinned) - Number(!!x.a.pinned) || y.named - x.named || y.date.localeCompare(x.date) || x.order - y.order);
  return scored.map((s) => s.a);
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
