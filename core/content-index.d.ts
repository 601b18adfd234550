// Types of generated/content-index.js (written by scripts/build-data.ts).
declare module '*/generated/content-index.js' {
  /** packHashes() table */
  export const TABLE: string;
  /** JSON of IndexRest, parsed on first use */
  export const REST: string;
}
