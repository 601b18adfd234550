// How a mention is written: the evidence that a common word is really a title or a name.
// Decides from the text around the mention only; page-level context is core/context.ts.
import { Cls, Kind } from './index-format';
import { isUpper, isWordChar } from './text';

export const enum Need {
  /** not a mention as written */
  Reject = 0,
  /** marked anywhere */
  None = 1,
  /** marked when the page or the block has K-drama context */
  Context = 2,
  /** marked only with K-drama context in the same block */
  LocalContext = 3,
  /** marked with context in the same block, or on a page clearly about K-dramas (3+ names) */
  StrongContext = 4,
}

const OPEN_QUOTES = '"“‘\'『「〈《‹«【[(';
const CLOSE_QUOTES = '"”’\'』」〉》›»】])';
/** Words that may follow a title without making it part of a longer title. */
const FOLLOWERS = new Set(
  'season seasons part parts ost ep eps episode episodes special specials ending finale trailer teaser preview review recap recaps bts behind cast kdrama drama dramas series fans fan reaction reactions edit fmv mv ft feat x vs netflix tvn jtbc kbs kbs2 mbc sbs ocn ena mbn tving wavve disney viki the'.split(' '),
);
const SMALL_WORDS = new Set('a an and as at but by for from in into of on or the to with vs nor'.split(' '));

/** text[i] is white space (what /\s/ matches), without a regex: this runs for every hit judged. */
function white(text: string, i: number): boolean {
  const c = i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function prevNonSpace(text: string, i: number): number {
  while (i > 0 && white(text, i - 1)) i--;
  return i - 1;
}

/** True if a sentence (or the text node) starts at `start`. A quote or a bracket does not count
 *  here: the word after it opens a quoted or bracketed title, not a sentence. */
function sentenceStart(text: string, start: number): boolean {
  const p = prevNonSpace(text, start);
  return p < 0 || '.!?…|:–—•\n'.includes(text[p]);
}

/** True if the mention starts a sentence (or the text node), or follows an opening quote or bracket. */
export function sentenceInitial(text: string, start: number): boolean {
  const p = prevNonSpace(text, start);
  return p < 0 || '.!?…|:–—•\n"“(['.includes(text[p]);
}

export function isQuoted(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text[start - 1] : '';
  // American style puts the sentence's punctuation inside the quotes: “Heartstrings.”
  const p = end < text.length && '.,!?…'.includes(text[end]) ? end + 1 : end;
  const a = p < text.length ? text[p] : '';
  return b !== '' && a !== '' && OPEN_QUOTES.includes(b) && CLOSE_QUOTES.includes(a) && b !== '(';
}

/** Next word after the mention (same sentence), or '' */
function nextWord(text: string, end: number): string {
  let i = end;
  // possessive or particle-free punctuation stops a title: "Vincenzo's", "Goblin, Signal"
  if (i < text.length && !white(text, i)) return '';
  while (i < text.length && white(text, i)) i++;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** Previous word before the mention, separated by white space only: [word, its start]. */
function prevWord(text: string, start: number): [string, number] {
  let i = start;
  if (i > 0 && !white(text, i - 1)) return ['', -1];
  while (i > 0 && white(text, i - 1)) i--;
  let j = i;
  while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
  return [text.slice(j, i), j];
}

const words = (s: string) => s.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
const latin = (s: string) => /[A-Za-z]/.test(s);
const allCaps = (s: string) => latin(s) && s === s.toUpperCase() && s.replace(/[^A-Za-z]/g, '').length > 1;

/**
 * What a mention of `form` (class `cls`, entity kind `kind`) written as text[start:end] needs.
 */
export function assess(text: string, start: number, end: number, form: string, cls: Cls, kind: Kind): Need {
  if (kind === Kind.Cue) return Need.Reject;
  if (cls === Cls.Distinctive) return Need.None;
  const written = text.slice(start, end);
  const quoted = isQuoted(text, start, end) || (start > 0 && text[start - 1] === '#');
  if (!latin(form)) {
    // Hangul: quotes or 『』 are strong evidence. Short names and titles are everyday words too
    // (공유 "sharing", 내일 "tomorrow", 보이스 "voice"): they need more than a little context.
    if (cls === Cls.NeverAlone) return quoted ? Need.Context : Need.Reject;
    if (quoted) return Need.Context;
    return kind === Kind.Actor && cls === Cls.NeedsContext ? Need.LocalContext : Need.StrongContext;
  }
  if (cls === Cls.NeverAlone) return quoted && written === form ? Need.Context : Need.Reject;
  // One letter (the stage names N, L, V) is a name only as a word of its own: not in "‘N-Po’",
  // "V-neck", "an L-shaped sofa"; and it needs K-drama context in its own block (below).
  const letter = form.length === 1;
  if (letter && (joined(text, end, 1) || joined(text, start - 1, -1))) return Need.Reject;

  const shout = allCaps(written) && !allCaps(form);
  if (!quoted && !shout) {
    // Case as the form has it: every capitalised word of the form is capitalised on the page.
    const fw = words(form);
    const ww = words(written);
    if (cls === Cls.NeedsContext) {
      if (written !== form) return Need.Reject;
    } else if (fw.length >= 4 && fw.length === ww.length) {
      // A phrase of four or more words matched word for word: case is no evidence either way
      // ("crash landing on you was amazing"); context still decides.
    } else if (fw.length === ww.length) {
      for (let k = 0; k < fw.length; k++) {
        const f0 = fw[k].charCodeAt(0);
        const w0 = ww[k].charCodeAt(0);
        const lw = fw[k].toLowerCase();
        if (isUpper(f0) && !isUpper(w0) && !(k > 0 && (SMALL_WORDS.has(lw) || FOLLOWERS.has(lw)))) return Need.Reject;
      }
      // Opening a sentence, a small word written small makes it a phrase: "All in all, ..." is
      // not the drama "All In".
      if (sentenceInitial(text, start) && fw.some((w, k) => k > 0 && isUpper(w.charCodeAt(0)) && SMALL_WORDS.has(ww[k]))) return Need.Reject;
    } else if (!isUpper(written.charCodeAt(0))) return Need.Reject;
  }
  if (!quoted) {
    // Part of a longer capitalised name: "Kingdom Hearts", "Sweet Home Alabama", "Suzy Bishop".
    const nw = nextWord(text, end);
    if (nw && isUpper(nw.charCodeAt(0)) && !FOLLOWERS.has(nw.toLowerCase()) && !shout) return Need.Reject;
    const [pw, pwAt] = prevWord(text, start);
    if (pw && isUpper(pw.charCodeAt(0)) && !sentenceStart(text, pwAt) && !FOLLOWERS.has(pw.toLowerCase()) && !shout)
      return Need.Reject;
    // One word at the end of a longer title: "The Bride of Black", "Lady of the Kingdom".
    if (cls === Cls.Common && words(form).length === 1 && (pw === 'of' || pw === 'the') && !shout) {
      const [ppw, ppwAt] = prevWord(text, pwAt);
      const [pppw, pppwAt] = ppw === 'of' ? prevWord(text, ppwAt) : [ppw, ppwAt];
      if (pppw && isUpper(pppw.charCodeAt(0)) && !sentenceStart(text, pppwAt) && !FOLLOWERS.has(pppw.toLowerCase())) return Need.Reject;
    }
    // "Nevertheless, ...", "Moving on": a single capitalised word opening a sentence is just a word,
    // unless it stands alone (a heading, a link, "Goblin | tvN").
    if (cls === Cls.Common && words(form).length === 1 && sentenceInitial(text, start)) {
      const rest = text.slice(end).trimStart();
      // (not a colon: "Producer: Lee Jang-soo", "Cast: ..." are labels)
      const standsAlone = rest === '' || /^[|–—(\[\-]/.test(rest);
      const next = nextWord(text, end).toLowerCase();
      const titleFollows = /^\d+$/.test(next) || (FOLLOWERS.has(next) && next !== 'the');
      if (!standsAlone && !titleFollows) return Need.Reject;
    }
  }
  return (shout || letter) && !quoted ? Need.LocalContext : Need.Context;
}

/** A hyphen at `i` joins the mention to a word on that side (`dir` 1: after it, -1: before it). */
function joined(text: string, i: number, dir: 1 | -1): boolean {
  const c = text[i];
  if (c !== '-' && c !== '\u2010' && c !== '\u2011') return false;
  const w = i + dir;
  return w >= 0 && w < text.length && isWordChar(text.charCodeAt(w));
}

/** Romanized Korean surnames, as written before a given name. */
export const SURNAMES = new Set(
  ('Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin ' +
    'Kwon Hwang Ahn An Song Jeon Jun Chun Hong Yoo Yu Ryu Ryoo Ko Go Moon Mun Yang Son Bae Baek Heo Huh Nam Noh Roh Ha ' +
    'Kwak Sung Seong Cha Joo Ju Woo Wi Min Na Jin Um Eom Chae Won Byun Byeon Gong Kong Ji Hyun Pyo Yeo Ok Do Tak Ma Goo Gu ' +
    'Koo Ku Bang Seol Sul Maeng Gil Gi Ki Kye Ye Hyeon Pyeon Yeon Lyu Nah Bong Cheon Choo Chu').split(' '),
);
/** One romanized Korean syllable: "Wan", "Jin", "Hyun", "Kyung". */
const SYLLABLE = /^(?:ch|kk|tt|pp|ss|jj|[gkndtrlmbpsjhc])?[yw]?[aeiou]{1,3}(?:ng|[nmklpth])?$/i;
/** What may follow a name after a hyphen without being part of it: "Hyun Bin-ssi". */
const HONORIFICS = new Set('ssi nim ah a ya yah i ie shi'.split(' '));
/** English words that also look like one syllable (title-case headlines: "Kim Bum In Talks"). */
const ENGLISH = new Set(
  'a i an in on at as is it be by do go he me my no of or so to up us we hi oh uh eh yo um ok ha ma ye na and but not yet can man men new one ten son sun won win ban fan fun pop top hot big bad sad mad dad mom all had has his her him its our out you get got let met set run gun hug cry joy'.split(' '),
);
/** Words for what someone does that follow a Korean name: "김수현 작가" is the writer, not the actor. */
const PROFESSIONS = ['작가', '감독', '기자', 'PD', '피디', '교수', '의원', '선수', '변호사', '판사'];

/**
 * An actor's name that here belongs to someone else, a character or another person: one or two
 * words after a surname ("Jang Joo-won", "Hong Jin Kyung"), a two-syllable name before a third
 * syllable ("Kim Joon Wan", "Jang Hyuk-jin"), or a Hangul name followed by another profession
 * ("김수현 작가", the screenwriter).
 */
export function someoneElse(text: string, start: number, end: number, form: string): boolean {
  // Runs for every actor mention: cheap checks first, no allocation unless a neighbour looks right.
  if (!latin(form)) {
    let i = end;
    while (i < text.length && text[i] === ' ') i++;
    return i > end && PROFESSIONS.some((p) => text.startsWith(p, i));
  }
  // a hyphen and one more syllable: "Jang Hyuk-jin" is not Jang Hyuk
  if (text[end] === '-') {
    let j = end + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    const w = text.slice(end + 1, j);
    if (w && SYLLABLE.test(w) && !HONORIFICS.has(w.toLowerCase())) return true;
  }
  // words as written: the name "Joo Won" may be written "Joo-won"
  let space = -1;
  for (let i = start; i < end; i++) {
    if (!white(text, i)) continue;
    if (space >= 0) return false; // three words or more: a full name
    space = i;
  }
  // one or two words after a surname that starts a name: "the role of Jang Joo-won", "Entertainer:
  // Hong Jin Kyung" (in "Gong Yoo Kim Go-eun" the surname-like "Yoo" ends the name before)
  if (white(text, start - 1)) {
    const [pw, pwAt] = prevWord(text, start);
    // (not a surname that is also an interjection or a small word: "Oh Hyun Bin, ...", "Go Song Kang!")
    if (SURNAMES.has(pw) && !ENGLISH.has(pw.toLowerCase())) {
      const [ppw] = prevWord(text, pwAt);
      if (!ppw || !isUpper(ppw.charCodeAt(0))) return true;
    }
  }
  if (space < 0) return false;
  if (end - space > 6 || !white(text, end) || !SYLLABLE.test(text.slice(space + 1, end))) return false;
  const nw = nextWord(text, end);
  // (a surname there starts the next name: "Gong Yoo Kim Go Eun")
  return nw !== '' && isUpper(nw.charCodeAt(0)) && SYLLABLE.test(nw) && !SURNAMES.has(nw) && !ENGLISH.has(nw.toLowerCase()) && !FOLLOWERS.has(nw.toLowerCase());
}
