// Character classes, folding and hashing shared by the build step and the content script.
// Everything here works on UTF-16 code units so the scanner never allocates per character.

/** FNV-1a offset basis and prime (32-bit). */
export const HASH_SEED = 0x811c9dc5 | 0;
/** One FNV-1a step, as int32 (stays a small integer for the JIT: no heap numbers). */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

export const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** FOLD[c]: 0 = not a word char, UNKNOWN = not classified yet, otherwise the folded code unit
 *  (lower case, no diacritics, full-width folded). One table read per character in the scanner. */
export const UNKNOWN = 0xffff;
export const FOLD = new Uint16Array(65536).fill(UNKNOWN);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  FOLD[c] = !word ? 0 : c >= 65 && c <= 90 ? c + 32 : c;
}
FOLD.fill(0, 0xd800, 0xe000); // surrogates (emoji) are not word chars
FOLD[0] = 0;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** Classify a code unit on first sight and cache it in FOLD. */
export function classify(c: number): number {
  if (c >= 0xac00 && c <= 0xd7a3) return (FOLD[c] = c); // Hangul syllables stay whole
  const ch = String.fromCharCode(c);
  if (!WORD_RE.test(ch)) return (FOLD[c] = 0);
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return (FOLD[c] = c); // jamo: NFKD would change them
  const f = ch.normalize('NFKD').toLowerCase();
  let out = f.charCodeAt(0);
  if (!(out > 0) || !WORD_RE.test(String.fromCharCode(out))) out = ch.toLowerCase().charCodeAt(0) || c;
  if (out === UNKNOWN || out === 0) out = c;
  return (FOLD[c] = out);
}

/** True for letters, digits and combining marks (Latin, Hangul, anything). */
export function isWordChar(c: number): boolean {
  const f = FOLD[c];
  return f === UNKNOWN ? classify(c) !== 0 : f !== 0;
}

/** The folded code unit for a word char (lower case, no diacritics). */
export function foldChar(c: number): number {
  const f = FOLD[c];
  return f === UNKNOWN ? classify(c) : f;
}

/** Folded key of a form: word chars only, folded. "Han So-hee" -> "hansohee". */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) out += String.fromCharCode(foldChar(c));
  }
  return out;
}

export function hashString(folded: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < folded.length; i++) h = hashStep(h, folded.charCodeAt(i));
  return h;
}

/** Latin upper-case letter (ASCII or Latin-1/Extended). */
export const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && c < 0x2000 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
export const isLower = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
export const isLatinLetter = (c: number): boolean => isUpper(c) || isLower(c) || (c >= 0x100 && c < 0x250);
export const hasHangul = (s: string): boolean => /[\uac00-\ud7a3]/.test(s);
