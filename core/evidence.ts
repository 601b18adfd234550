// How a mention is written: the evidence that a common word is really a title or a name.
// Decides from the text around the mention only; page-level context is core/context.ts.
import { Cls, Kind } from './index-format';
import { foldKey, isHangulSyllable, isUpper, isWordChar } from './text';

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
const END_OF_TITLE = new Set(['of', 'the', 'to', 'a', 'an']);
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

const OPENERS = '"“‘\'『「〈《«';
const CLOSERS = '"”’\'』」〉》»';

/** The quote mark at `i` (the caller knows it is one) is an apostrophe inside a word ("Park's"). */
const apostrophe = (text: string, i: number) => i > 0 && isWordChar(text.charCodeAt(i - 1)) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1));

/**
 * The mention ends a longer quoted title: it ends where the quote closes but the quote opened earlier
 * ("'The Story of Park's Marriage Contract'"). Within 80 characters and one sentence. (Not where a
 * quote opens: a quoted remark may start with a title, "“시그널 이제훈, 완전 재밌어”", and so does a
 * season, "“Sweet Home 3”".)
 */
export function inLongerQuote(text: string, start: number, end: number): boolean {
  let a = end;
  if (a < text.length && '.,!?'.includes(text[a])) a++;
  if (!(a < text.length && CLOSERS.includes(text[a])) || apostrophe(text, a)) return false;
  for (let i = start - 1; i >= 0 && i >= start - 80; i--) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === '(' || c === ')') return false;
    if (OPENERS.includes(c) && !apostrophe(text, i)) {
      if (CLOSERS.includes(c) && i > 0 && isWordChar(text.charCodeAt(i - 1))) return false; // a closing quote
      // (a hashtag is the title itself: “#Extraordinary Attorney Woo”)
      const before = text.slice(i + 1, start).trim();
      return before !== '' && before !== '#';
    }
  }
  return false;
}

/** A Hangul title marked as one without quotes (see assess). */
function hangulTitleMarks(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text[start - 1] : '';
  if (b === '<' && text[end] === '>') return true;
  if (b === '(' && text[end] === ')' && start > 1 && isWordChar(text.charCodeAt(start - 2))) return true;
  // a season inside the quotes: ‘보이스3’, '시그널 시즌2'
  if (OPENERS.includes(b) && /^ ?(?:시즌 ?)?\d{1,2}["”’'』」〉》]/.test(text.slice(end, end + 8))) return true;
  let i = end;
  if (text[i] === ' ') i++;
  return text[i] === '(' && /[A-Za-z]/.test(text[i + 1] ?? '');
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

/** Previous word before the mention, separated by white space only: [word, its start]. (After a
 *  possessive it is "s": "Kim Soo Hyun's Queen of Tears" names the title's star, not a longer title.) */
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
  const quotedHere = isQuoted(text, start, end) || (start > 0 && text[start - 1] === '#');
  if (!latin(form)) {
    // Hangul: quotes or 『』 are strong evidence, and so is a title written as one: in <>, in
    // brackets right after a name ("김민석(닥터스)"), or with its English title in brackets
    // ("스위트홈(Sweet Home)", "시그널 (Signal, 2016)").
    // Short names and titles are everyday words too (공유 "sharing", 내일 "tomorrow", 보이스
    // "voice"): they need more than a little context.
    const quoted = quotedHere || hangulTitleMarks(text, start, end);
    if (cls === Cls.NeverAlone) return quoted ? Need.Context : Need.Reject;
    if (quoted) return Need.Context;
    return kind === Kind.Actor && cls === Cls.NeedsContext ? Need.LocalContext : Need.StrongContext;
  }
  const quoted = quotedHere;
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
    if (cls === Cls.NeedsContext && !form.includes(' ')) {
      // a stage name written exactly so ("IU", not "iu"); a full name (a namesake's) as below
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
    // The head of a longer title: "Voice of Silence", "Kingdom of the Planet of the Apes".
    if (nw === 'of' && !shout) {
      let k = end;
      while (k < text.length && white(text, k)) k++;
      k += 2;
      while (k < text.length && white(text, k)) k++;
      if (text.startsWith('the ', k)) k += 4;
      if (k < text.length && isUpper(text.charCodeAt(k))) return Need.Reject;
    }
    // A label: "Producer(s)".
    if (text.startsWith('(s)', end)) return Need.Reject;
    // A fan faction, not the drama: "Team Good Boy".
    if (pw === 'Team' && !shout) return Need.Reject;
    // One word at the end of a longer title: "The Bride of Black", "Lady of the Kingdom", "A Moment
    // to Remember" (not after "for", "in", "with"...: "Best Actor: Jang Hyun Sung for Doctors").
    if (cls === Cls.Common && words(form).length === 1 && END_OF_TITLE.has(pw) && !shout) {
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
const SURNAMES = new Set(
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
/** After a Hangul name, work actors also do (see ARTS_ROLES): "김수현 작가", "정우성 감독". */
const ARTS_AFTER = ['작가', '감독', 'PD', '피디', '사단'];
const PROFESSIONS = [
  '기자', '교수', '의원', '국회의원', '선수', '변호사', '판사', '후보자', '원장', '국정원장', '국가정보원장', '장관',
  '총재', '사장', '회장', '의장', '위원장', '총리', '대통령', '차관', '청장', '지사', '구청장', '군수', '코치',
];
/** What someone who is not an actor is called before the name: "writer Kim Eun-hee", "PD Kim
 *  Hee-won", "defender Kim Min-jae", "Speed skater Kim Min-seok", "Lt. Daniel Choi", "Director:". */
/** Work actors also do (an actor directs a film, writes a book): the name is someone else's here,
 *  but it may still be the actor elsewhere on the page ("actor-director Jung Woo-sung"). */
const ARTS_ROLES = new Set(
  ('writer screenwriter scriptwriter songwriter lyricist novelist author poet director pd producer composer conductor cinematographer webtoonist ' +
    'illustrator photographer designer architect painter pianist violinist cellist').split(' '),
);
const OTHER_ROLES = new Set(
  ('president chairman chairwoman ceo founder ' +
    'senator congressman congresswoman governor mayor minister lawmaker ambassador judge professor economist scientist ' +
    'researcher engineer analyst journalist reporter correspondent spokesperson spokesman lieutenant sergeant captain colonel ' +
    'soldier defender midfielder striker goalkeeper footballer pitcher batter outfielder infielder slugger golfer skater ' +
    'swimmer archer fencer boxer wrestler gymnast cyclist skier snowboarder athlete olympian coach chef suspect defendant ' +
    'candidate').split(' '),
);
/** The same, abbreviated with a dot. */
const OTHER_ROLES_ABBR = new Set('lt sgt capt col gen prof sen rep gov pres'.split(' '));
/** The same in Korean, before the name: "작가 김은희". */
const PROFESSIONS_BEFORE = [...ARTS_AFTER, ...PROFESSIONS, '대표', '셰프', '연출', '극본', '각본', '제작'];

const CREDITS_BY = new Set('directed written produced penned created composed scripted helmed mixed recorded mastered arranged'.split(' '));

/** The Hangul name starting at `at` follows a role's label ("작가 김은희"), directly or through up to
 *  two more names of a comma-separated list ("연출 장영우, 김희원"); not after a colon ("김수현 작가:
 *  김혜자 & 윤여정", a writer's actors). */
function listedAfterRole(text: string, at: number): boolean {
  let i = at;
  for (let n = 0; n < 3; n++) {
    // at a name's start: ", " before it means another listed name
    let k = i;
    while (k > 0 && white(text, k - 1)) k--;
    const sep = text[k - 1];
    if (sep !== ',') {
      let j = k;
      while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
      return PROFESSIONS_BEFORE.includes(text.slice(j, k));
    }
    k--;
    while (k > 0 && white(text, k - 1)) k--;
    let j = k;
    while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
    if (k - j < 2 || k - j > 4) return false;
    i = j;
  }
  return false;
}

/** The word before `start` names another role: white space, and a colon or an abbreviation's dot. */
function otherRoleBefore(text: string, start: number): Other {
  let i = start;
  if (!white(text, i - 1)) return Other.No;
  while (i > 0 && white(text, i - 1)) i--;
  const mark = text[i - 1];
  if (mark === ':' || mark === '.') i--;
  let j = i;
  while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
  if (i - j < 2 || i - j > 16) return Other.No;
  const w = text.slice(j, i);
  // "directed by", "written by"
  if (w === 'by' && mark !== ':' && mark !== '.') {
    const [pw] = prevWord(text, j);
    if (CREDITS_BY.has(pw.toLowerCase())) return Other.Here;
  }
  const lw = w.toLowerCase();
  if (mark === '.') return OTHER_ROLES_ABBR.has(lw) ? Other.OnPage : Other.No;
  return ARTS_ROLES.has(lw) ? Other.Here : OTHER_ROLES.has(lw) ? Other.OnPage : Other.No;
}

/** Whether a name is someone else's: not at all, here only, or wherever the page names it. */
export const enum Other {
  No = 0,
  Here = 1,
  OnPage = 2,
}

/**
 * The text says what this person does, and it is not acting: "writer Kim Eun-hee", "defender Kim
 * Min-jae", "김수현 작가", "이종석 국정원장 후보", "연출 장영우, 김희원", a golfer's "이정은6" (the
 * tour numbers players who share a name). The same name elsewhere on the page is that person too.
 */
export function namedOtherwise(text: string, start: number, end: number, form: string): Other {
  const before = otherRoleBefore(text, start);
  if (before !== Other.No || latin(form)) return before;
  const c = text.charCodeAt(end);
  if (c >= 48 && c <= 57) return Other.OnPage;
  // age and team or company in brackets, as news names athletes and employees: "김지현(22·하이마트)"
  if (text[end] === '(' && /^\(\d{1,2}[·.,] ?\S/.test(text.slice(end, end + 6))) return Other.OnPage;
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  if (i > end) {
    if (ARTS_AFTER.some((p) => text.startsWith(p, i))) return Other.Here;
    if (PROFESSIONS.some((p) => text.startsWith(p, i))) return Other.OnPage;
  }
  return listedAfterRole(text, start) ? Other.Here : Other.No;
}

/**
 * An actor's name that here belongs to someone else, a character or another person: one or two
 * words after a surname ("Jang Joo-won", "Hong Jin Kyung"), a two-syllable name before a third
 * syllable ("Kim Joon Wan", "Jang Hyuk-jin"), or a Hangul name followed by another profession
 * ("김수현 작가", the screenwriter).
 */
export function someoneElse(text: string, start: number, end: number, form: string): boolean {
  // Runs for every actor mention: cheap checks first, no allocation unless a neighbour looks right.
  if (!latin(form)) return false;
  // a hyphen and one more syllable: "Jang Hyuk-jin" is not Jang Hyuk
  if (text[end] === '-') {
    let j = end + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    const w = text.slice(end + 1, j);
    if (w && SYLLABLE.test(w) && !HONORIFICS.has(w.toLowerCase())) return true;
  }
  // words as written: the name "Joo Won" may be written "Joo-won"
  let space = -1;
  // ...but "Jung-woo", a hyphen and a small letter, is how a given name is written (a character)
  const sp = form.indexOf(' ');
  if (sp > 0 && form.indexOf(' ', sp + 1) < 0 && !form.includes('-')) {
    const h = text.indexOf('-', start);
    if (h > start && h < end - 1) {
      const c = text.charCodeAt(h + 1);
      if (c >= 97 && c <= 122) return true;
    }
  }
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

/** Folded keys a character's name is written as: the whole name, and the given name alone after a
 *  surname ("Han Yoo-ri": hanyoori, yoori, yuri), spelled as fans spell it ("oo" as "u"). */
export function characterKeys(name: string | undefined): string[] {
  if (!name) return [];
  const keys = new Set<string>();
  const add = (form: string) => {
    const k = foldKey(form);
    if (k) keys.add(k).add(k.replace(/oo/g, 'u'));
  };
  add(name);
  const m = /^(\S+) (\S.*)$/.exec(name);
  if (m && SURNAMES.has(m[1])) add(m[2]);
  return [...keys];
}

const NAME_WORD = /^[A-Z][\p{L}'’]*(?:-[\p{L}]+)*$/u;

/**
 * Where a text introduces a character next to the actor who plays them, the character's name:
 * "Jung-woo (Lee Sang-yeob)", "박해영(이제훈 분)", "Lee Sang-yeob (Jung-woo)", "Son Ye Jin as Yoon Se Ri".
 * `start`/`end`: the actor's mention. [name, where it starts], or null.
 */
export function characterBeside(text: string, start: number, end: number): [string, number] | null {
  // the actor in brackets, after the character
  if (text[start - 1] === '(' && (text[end] === ')' || text.startsWith(' 분)', end))) {
    let i = start - 1;
    if (white(text, i - 1)) i--;
    let j = i;
    while (j > 0 && (isWordChar(text.charCodeAt(j - 1)) || text[j - 1] === '-')) j--;
    if (j === i) return null;
    if (isHangulSyllable(text.charCodeAt(j))) return i - j >= 2 && i - j <= 4 ? [text.slice(j, i), j] : null;
    // the word before the bracket, and the surname before it if there is one ("Yoon Se-ri (…)")
    let from = j;
    if (white(text, j - 1)) {
      let w = j - 1;
      while (w > 0 && isWordChar(text.charCodeAt(w - 1))) w--;
      if (SURNAMES.has(text.slice(w, j - 1))) from = w;
    }
    const name = text.slice(from, i);
    return name.split(' ').every((w) => NAME_WORD.test(w)) ? [name, from] : null;
  }
  // the character in brackets, or after "as", after the actor
  let k = -1;
  if (text.startsWith(' (', end)) k = end + 2;
  else if (text.startsWith(' as ', end)) k = end + 4;
  if (k < 0) return null;
  const words: string[] = [];
  let i = k;
  while (words.length < 3) {
    let j = i;
    while (j < text.length && (isWordChar(text.charCodeAt(j)) || text[j] === '-' || text[j] === "'" || text[j] === '’')) j++;
    const w = text.slice(i, j);
    if (!NAME_WORD.test(w)) break;
    words.push(w);
    if (text[j] !== ' ') break;
    i = j + 1;
  }
  if (!words.length) return null;
  const name = words.join(' ');
  if (text[k - 1] === '(' && text[k + name.length] !== ')') return null;
  return [name, k];
}

const HANGUL_SURNAMES = '김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부';

/** A three-syllable Hangul word at [i, i+3) standing alone that looks like a person's name. */
function personLike(text: string, i: number): boolean {
  const edge = (k: number) => k < 0 || k >= text.length || !isWordChar(text.charCodeAt(k));
  const syl = (k: number) => isHangulSyllable(text.charCodeAt(k));
  return i >= 0 && syl(i) && syl(i + 1) && syl(i + 2) && edge(i + 3) && edge(i - 1) && HANGUL_SURNAMES.includes(text[i]);
}

/**
 * A Hangul name among other people's names written in a row ("김영희 김유정 김정연", a choir's
 * members): a list of ordinary people who share the actor's name. `found`: the names found in the
 * text (a row of actors is still a row of actors).
 */
export function amongStrangers(text: string, start: number, end: number, found: ReadonlyArray<{ start: number }>): boolean {
  if (end - start !== 3 || text[end] !== ' ' || text[start - 1] !== ' ') return false;
  const before = start - 4;
  const after = end + 1;
  return personLike(text, before) && personLike(text, after) && !found.some((x) => x.start === before || x.start === after);
}
