// One token of the scanner's pass 1, shared by the matcher (core/matcher.ts) and the content
// script's first stage (core/first-stage.ts): a maximal run of word characters, its folded FNV hash,
// and whether a Hangul key ends inside it (a name followed by a particle in the same word).
import { COMPLETE, type HashFlags } from './hashset';
import { FOLD, HASH_SEED, UNKNOWN, classify } from './text';

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
    if (f !== 0) break;
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
    if (f === 0) break;
    if (hangul && !inner && table.get(h) & COMPLETE) inner = true;
  }
  tok.end = i;
  tok.hash = h;
  tok.inner = inner;
  return true;
}
