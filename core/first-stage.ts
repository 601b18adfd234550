// The content script's first stage: does this text hold a candidate name at all? It runs on every
// page, so it is the matcher's pass 1 and candidate collection (core/matcher.ts: scan, tryAt) with
// nothing else: no alias table, no verification, no allocation. A candidate is a run of tokens whose
// folded hash is a full alias key; it is weak when that key is marked only with context (WEAK) or is a
// context word (CUE). Agreement with the matcher is a unit test (tests/unit/matcher.test.ts).
import { COMPLETE, CUE, PREFIX, WEAK, type HashFlags } from './hashset';
import { FOLD, HASH_SEED, UNKNOWN, classify } from './text';
import { newToken, readToken } from './token';

const TOKEN = newToken();

const MAX_GAPS = 10;
const MAX_GAP_CHARS = 3;
const MAX_CANDIDATES = 16;

export interface FirstHits {
  /** a candidate that would be marked anywhere (a full name, a distinctive title) */
  strong: boolean;
  /** candidates that count only with context */
  weak: number;
}

const fold = (c: number): number => {
  const f = FOLD[c];
  return f === UNKNOWN ? classify(c) : f;
};
const hangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Add the candidates in `text` to `hits`. */
export function firstStage(table: HashFlags, text: string, hits: FirstHits): void {
  const n = text.length;
  const tok = TOKEN;
  let i = 0;
  while (readToken(table, text, i, tok)) {
    const t = tok.start;
    i = tok.end;
    let h = tok.hash;
    const inner = tok.inner;
    if (!inner && table.get(h) === 0) continue;
    // Candidates starting at t: extend across short gaps while the hash is a known prefix.
    let pos = inner ? t : i;
    if (inner) h = HASH_SEED;
    let gaps = 0;
    let cands = 0;
    for (;;) {
      while (pos < n) {
        const d = text.charCodeAt(pos);
        const g = fold(d);
        if (g === 0) break;
        h = Math.imul(h ^ g, 0x01000193);
        pos++;
        if (hangul(d) && pos < n && fold(text.charCodeAt(pos)) !== 0 && cands < MAX_CANDIDATES && table.get(h) & COMPLETE) {
          cands++;
          count(table.get(h), hits);
        }
      }
      const fl = table.get(h);
      if (fl & COMPLETE && cands < MAX_CANDIDATES) {
        cands++;
        count(fl, hits);
      }
      if (!(fl & PREFIX) || pos >= n || gaps >= MAX_GAPS) break;
      const g = pos;
      while (pos < n && pos - g <= MAX_GAP_CHARS && fold(text.charCodeAt(pos)) === 0) pos++;
      if (pos >= n || pos - g > MAX_GAP_CHARS) break;
      gaps++;
    }
  }
}

function count(flags: number, hits: FirstHits): void {
  if (flags & (WEAK | CUE)) hits.weak++;
  else hits.strong = true;
}
