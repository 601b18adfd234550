// The compact detection index the build step writes (generated/index.json) and the content script
// reads. Only what detection needs: card details live elsewhere and load lazily.
import type { CueKind } from './cues';

export const enum Cls {
  /** marked anywhere: full names, long or unusual titles ("Crash Landing on You", "한소희") */
  Distinctive = 0,
  /** everyday words ("Nevertheless", "Signal", "Sweet Home"): need capitalisation and K-drama context */
  Common = 1,
  /** short names (IU, Suzy, 공유): exact case and K-drama context */
  NeedsContext = 2,
  /** too short or too ordinary to mark alone ("W"): only quoted and with context nearby */
  NeverAlone = 3,
}
export const CLASS_NAMES = ['distinctive', 'common', 'needs-context', 'never-alone'] as const;

export const enum Kind {
  Actor = 0,
  Drama = 1,
  /** context words ("drama", "episode", "tvN", "드라마"): evidence only, never marked */
  Cue = 2,
}

export interface IndexData {
  v: 1;
  /** packHashes() of every alias prefix at a word boundary (PREFIX) and of every full key (COMPLETE) */
  table: string;
  /** [id, English display name, kind] */
  entities: Array<[string, string, Kind]>;
  /** [form as written, entity index or indexes when the alias is shared, class]; for a context
   *  word (Kind.Cue) the third slot is its CueKind (core/cues.ts) */
  aliases: Array<[string, number | number[], Cls | CueKind]>;
  /** entity index -> indexes of related entities (cast links both ways), for disambiguation */
  rel: number[][];
  /** [actor alias index, dramas with a character of that name played by someone else]: on a page
   *  about one of those dramas, the name is the character's ("Han Ji-eun" in Full House) */
  roles?: Array<[number, number[]]>;
  /** hashForm() of each alias, in the order of `aliases` (hashing 4,000 forms at run time cost the
   *  first verification on every page 4 ms) */
  hashes?: number[];
}
