// Character classes, folding and hashing shared by the build step and the content script.
// Everything here works on UTF-16 code units so the scanner never allocates per character.

/** FNV-1a offset basis and prime (32-bit). */
export const HASH_SEED = 0x811c9dc5 | 0;
/** One FNV-1a step, as int32 (stays a small integer for the JIT: no heap numbers). */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

export const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** FOLD[c]: UNKNOWN = not classified yet, NOT_WORD = not a word char, otherwise the folded code
 *  unit (lower case, no diacritics, full-width folded). One table read per character in the
 *  scanner. Unknown is 0 so that the table needs no filling: it is allocated zeroed and its pages
 *  are touched only where the text has characters (filling all 128 kB cost every page, the
 *  content script's included, about 0.2 ms of the tiny-page tax; measured). */
export const UNKNOWN = 0;
export const NOT_WORD = 0xffff;
export const FOLD = new Uint16Array(65536);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  FOLD[c] = !word ? NOT_WORD : c >= 65 && c <= 90 ? c + 32 : c;
}
// Compiling a Unicode-property regex costs milliseconds on first use (on every page), so the
// common ranges are classified by table and the regex is only a fallback for other scripts. It is
// built from a string: V8 checks a regex literal's Unicode properties when it parses the script,
// which cost every page about 0.2 ms of the tiny-page tax (measured).
let wordRe: RegExp | null = null;
const isWordByRegex = (ch: string) => (wordRe ??= new RegExp('[\\p{L}\\p{N}\\p{M}]', 'u')).test(ch);

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba; // Latin-1 punctuation and symbols
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 letters, Latin Extended-A/B
  if (c >= 0x370 && c <= 0x58f) return c !== 0x37e && c !== 0x387 && !(c >= 0x55a && c <= 0x55f) && c !== 0x589; // Greek, Cyrillic, Armenian
  if (c >= 0x1100 && c <= 0x11ff) return true; // Hangul jamo
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, math, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0x3130 && c <= 0x318f) return true; // Hangul compatibility jamo
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK ideographs
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // variation selectors (after emoji)
  if (c >= 0xff10 && c <= 0xff19) return true; // full-width digits
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true; // full-width letters
  if (c >= 0xff00 && c <= 0xff65) return false; // full-width punctuation
  return isWordByRegex(String.fromCharCode(c));
}

/** Classify a code unit on first sight and cache it in FOLD. */
export function classify(c: number): number {
  if (c >= 0xac00 && c <= 0xd7a3) return (FOLD[c] = c); // Hangul syllables stay whole
  if ((c >= 0xd800 && c < 0xe000) || !isWordCode(c)) return (FOLD[c] = NOT_WORD); // surrogates (emoji) too
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x4e00 && c <= 0x9fff)) return (FOLD[c] = c); // NFKD would change jamo
  // Lower-case, drop diacritics, fold full-width forms: one code unit in, one out.
  const ch = String.fromCharCode(c);
  const f = ch.normalize('NFKD').toLowerCase();
  let out = f.charCodeAt(0);
  if (!(out > 0) || !isWordCode(out)) out = ch.toLowerCase().charCodeAt(0) || c;
  if (out === NOT_WORD || out === UNKNOWN) out = c;
  return (FOLD[c] = out);
}

/** True for letters, digits and combining marks (Latin, Hangul, anything). */
export function isWordChar(c: number): boolean {
  const f = FOLD[c];
  return (f === UNKNOWN ? classify(c) : f) !== NOT_WORD;
}

/** The folded code unit for a word char (lower case, no diacritics; NOT_WORD for others). */
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

/** hashString(foldKey(s)) without building the folded string. */
export function hashForm(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c] === UNKNOWN ? classify(c) : FOLD[c];
    if (f !== NOT_WORD) h = Math.imul(h ^ f, 0x01000193);
  }
  return h;
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
