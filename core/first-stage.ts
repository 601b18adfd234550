// The content script's first stage: does this text hold a candidate name at all? It runs on every
// page, so it is the matcher's pass 1 and candidate collection (core/token.ts: readToken, then
// collect) folded into one function with nothing else: no alias table, no verification, no
// allocation, no object or class to set up. On a page without names the cost that counts is
// compiling and first running this code (about 12 µs per function first called, measured with
// the tracing that perf.mjs uses), so it is one function. A candidate is weak when its key is
// marked only with context (WEAK) or is a context word (CUE). Agreement with the matcher is a unit
// test (tests/unit/matcher.test.ts).
import { COMPLETE, CUE, PREFIX, WEAK, flagsIn } from './hashset';
import { MAX_CANDIDATES, MAX_GAPS, MAX_GAP_CHARS } from './token';
import { FOLD, HASH_SEED, NOT_WORD, UNKNOWN, classify } from './text';

/** firstStage's result when a candidate would be marked anywhere (a full name, a distinctive title). */
export const STRONG = 0x40000000;

/** The candidates in `text`: STRONG if one is strong, otherwise how many weak ones. */
export function firstStage(table: Int32Array, text: string): number {
  const n = text.length;
  let weak = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let f = FOLD[c];
    if (f === UNKNOWN) f = classify(c);
    if (f === NOT_WORD) {
      i++;
      continue;
    }
    // A token starts at i. Hash it, and while the hash is a known prefix go on across short gaps,
    // counting each full key met (a Hangul key may also end inside a word: a particle follows).
    let h = HASH_SEED;
    let pos = i;
    let firstEnd = -1;
    let gaps = 0;
    let found = 0;
    for (;;) {
      while (pos < n) {
        c = text.charCodeAt(pos);
        f = FOLD[c];
        if (f === UNKNOWN) f = classify(c);
        if (f === NOT_WORD) break;
        h = Math.imul(h ^ f, 0x01000193);
        pos++;
        if (c >= 0xac00 && c <= 0xd7a3 && pos < n && found < MAX_CANDIDATES) {
          const next = text.charCodeAt(pos);
          const g = FOLD[next];
          if ((g === UNKNOWN ? classify(next) : g) !== NOT_WORD) {
            const fl = flagsIn(table, h);
            if (fl & COMPLETE) {
              if (!(fl & (WEAK | CUE))) return STRONG;
              weak++;
              found++;
            }
          }
        }
      }
      if (firstEnd < 0) firstEnd = pos;
      const fl = flagsIn(table, h);
      if (fl & COMPLETE && found < MAX_CANDIDATES) {
        if (!(fl & (WEAK | CUE))) return STRONG;
        weak++;
        found++;
      }
      if (!(fl & PREFIX) || pos >= n || gaps >= MAX_GAPS) break;
      const gap = pos;
      for (; pos < n && pos - gap <= MAX_GAP_CHARS; pos++) {
        c = text.charCodeAt(pos);
        f = FOLD[c];
        if ((f === UNKNOWN ? classify(c) : f) !== NOT_WORD) break;
      }
      if (pos >= n || pos - gap > MAX_GAP_CHARS) break;
      gaps++;
    }
    i = firstEnd;
  }
  return weak;
}
