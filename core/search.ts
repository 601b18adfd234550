// Whole-bundle search for the popup and extension pages: English (any spacing, hyphens or
// case), Hangul (with or without spaces) and Hangul initial consonants (ㅅㄱ for 송강).
import { getChoseong } from 'es-hangul';
import type { Details, EntityDetail } from './details';
import { foldKey } from './text';

interface Entry {
  e: EntityDetail;
  keys: string[];
  cho: string[];
}

export interface SearchIndex {
  entries: Entry[];
}

const IS_CHOSEONG = /^[\u3131-\u314e\s]+$/;

export function buildSearch(details: Details): SearchIndex {
  const entries: Entry[] = Object.values(details.entities).map((e) => {
    const names = [e.name, e.hangul, ...e.aka, ...(e.kind === 'actor' && e.birthName ? [e.birthName] : [])];
    return {
      e,
      keys: names.map(foldKey).filter(Boolean),
      cho: names.filter((n) => /[\uac00-\ud7a3]/.test(n)).map((n) => getChoseong(n).replace(/\s/g, '')),
    };
  });
  return { entries };
}

/** Best matches first: exact, then prefix, then word-start, then substring; leads and newer work break ties. */
export function search(idx: SearchIndex, query: string, limit = 20): EntityDetail[] {
  const q = query.trim();
  if (!q) return [];
  const scored: Array<[number, Entry]> = [];
  if (IS_CHOSEONG.test(q)) {
    const c = q.replace(/\s/g, '');
    for (const en of idx.entries) {
      let s = 0;
      for (const k of en.cho) s = Math.max(s, k === c ? 3 : k.startsWith(c) ? 2 : k.includes(c) ? 1 : 0);
      if (s) scored.push([s, en]);
    }
  } else {
    const f = foldKey(q);
    if (!f) return [];
    for (const en of idx.entries) {
      let s = 0;
      for (const k of en.keys) s = Math.max(s, k === f ? 4 : k.startsWith(f) ? 3 : k.includes(f) ? 1 : 0);
      if (s) scored.push([s, en]);
    }
  }
  const weight = (e: EntityDetail) => (e.kind === 'actor' ? e.roles.length : e.cast.length) + e.articles.length;
  scored.sort((a, b) => b[0] - a[0] || weight(b[1].e) - weight(a[1].e) || a[1].e.name.localeCompare(b[1].e.name));
  return scored.slice(0, limit).map(([, en]) => en.e);
}
