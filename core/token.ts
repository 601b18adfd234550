// The scanner's pass 1, shared by the matcher (core/matcher.ts) and the content script's first
// stage (core/first-stage.ts): tokens (a maximal run of word characters, its folded FNV hash, and
// whether a Hangul key ends inside it, a name followed by a particle in the same word), and the
// candidates starting at a token (runs of tokens, across short gaps, whose hash is a full key).
import { COMPLETE, CUE, PREFIX, type HashFlags } from './hashset';
import { FOLD, HASH_SEED, NOT_WORD, UNKNOWN, classify, isWordChar } from './text';

export const MAX_GAPS = 10;
export const MAX_GAP_CHARS = 3;
export const MAX_CANDIDATES = 16;

/** The last token read (reused: no allocation per token). */
export interface Token {
  start: number;
  end: number;
  hash: number;
  /** a full key ends inside the token, after a Hangul syllable */
  inner: boolean;
}

export const newToken = (): Token => ({ start: 0, end: 0, hash: 0, inner: false });

/** Read the next token at or after `i` into `tok`; false when the text has no more. */
export function readToken(table: HashFlags, text: string, i: number, tok: Token): boolean {
  const n = text.length;
  let c = 0;
  let f = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    f = FOLD[c];
    if (f === UNKNOWN) f = classify(c);
    if (f !== NOT_WORD) break;
  }
  if (i >= n) return false;
  tok.start = i;
  let h = HASH_SEED;
  let inner = false;
  for (;;) {
    h = Math.imul(h ^ f, 0x01000193);
    if (++i >= n) break;
    const hangul = c >= 0xac00 && c <= 0xd7a3;
    c = text.charCodeAt(i);
    f = FOLD[c];
    if (f === UNKNOWN) f = classify(c);
    if (f === NOT_WORD) break;
    if (hangul && !inner && table.get(h) & COMPLETE) inner = true;
  }
  tok.end = i;
  tok.hash = h;
  tok.inner = inner;
  return true;
}

/** The candidates starting at one token, longest last (reused: no allocation per token). */
export class Candidates {
  count = 0;
  /** end of the first token */
  firstEnd = -1;
  readonly end = new Int32Array(MAX_CANDIDATES);
  readonly hash = new Int32Array(MAX_CANDIDATES);
  /** gaps crossed before each candidate's end */
  readonly gaps = new Int32Array(MAX_CANDIDATES);
  /** for each gap: folded length before it, and where it is in the text */
  readonly gapFlen = new Int32Array(MAX_GAPS);
  readonly gapStart = new Int32Array(MAX_GAPS);
  readonly gapEnd = new Int32Array(MAX_GAPS);
}

/**
 * Collect the candidates starting at token start `t` into `c`: keep hashing across gaps of at
 * most MAX_GAP_CHARS non-word characters while the hash is a known prefix. `h` is the hash of
 * text[t:pos]. Context words are left out when `skipCues`.
 */
export function collect(table: HashFlags, text: string, t: number, h: number, pos: number, skipCues: boolean, c: Candidates): void {
  const n = text.length;
  let ncand = 0;
  let ngaps = 0;
  let flen = pos - t; // folded length so far (the first token, when given, is all word chars)
  c.firstEnd = -1;
  for (;;) {
    while (pos < n) {
      const ch = text.charCodeAt(pos);
      let f = FOLD[ch];
      if (f === UNKNOWN) f = classify(ch);
      if (f === NOT_WORD) break;
      h = Math.imul(h ^ f, 0x01000193);
      pos++;
      flen++;
      // A Hangul key may end before the word does (a particle follows).
      if (ch >= 0xac00 && ch <= 0xd7a3 && pos < n && ncand < MAX_CANDIDATES && isWordChar(text.charCodeAt(pos)) && table.get(h) & COMPLETE) {
        c.end[ncand] = pos;
        c.hash[ncand] = h;
        c.gaps[ncand++] = ngaps;
      }
    }
    if (c.firstEnd < 0) c.firstEnd = pos;
    const f = table.get(h);
    if (f & COMPLETE && ncand < MAX_CANDIDATES && !(f & CUE && skipCues)) {
      c.end[ncand] = pos;
      c.hash[ncand] = h;
      c.gaps[ncand++] = ngaps;
    }
    if (!(f & PREFIX) || pos >= n || ngaps >= MAX_GAPS) break;
    const g = pos;
    while (pos < n && pos - g <= MAX_GAP_CHARS && !isWordChar(text.charCodeAt(pos))) pos++;
    if (pos >= n || pos - g > MAX_GAP_CHARS) break;
    c.gapFlen[ngaps] = flen;
    c.gapStart[ngaps] = g;
    c.gapEnd[ngaps++] = pos;
  }
  c.count = ncand;
}
