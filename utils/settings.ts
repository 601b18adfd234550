// Persisted settings: types, defaults, and the content script's light reader. The typed WXT
// storage items for extension pages are in ./storage-items.ts (same keys).
import { ext } from './ext';

export type MarkStyle = 'underline' | 'background' | 'none';

export interface Settings {
  /** ms the pointer must rest on a name before the card opens */
  hoverDelay: number;
  markStyle: MarkStyle;
  /** hostnames where Dramalens does nothing */
  disabledSites: string[];
  /** global pause */
  paused: boolean;
}

export const DEFAULT_SETTINGS: Settings = { hoverDelay: 250, markStyle: 'underline', disabledSites: [], paused: false };

/** "Not this": entities hidden on one site, aliases hidden everywhere. */
export interface Suppressions {
  /** hostname -> entity ids */
  entitiesBySite: Record<string, string[]>;
  /** alias forms as written (folded when compared) */
  aliases: string[];
}
export const NO_SUPPRESSIONS: Suppressions = { entitiesBySite: {}, aliases: [] };

// Keys in storage.local (WXT's "local:settings" is key "settings").
export const SETTINGS_KEY = 'settings';
export const SUPPRESSIONS_KEY = 'suppressions';

export const siteEnabled = (s: Settings, host: string) => !s.paused && !s.disabledSites.includes(host);

/**
 * The content script's view of both items: one storage read and one change listener. It runs on
 * every page, so it skips the item machinery (the extension pages use the items).
 */
export async function readForPage(): Promise<{ settings: Settings; suppressions: Suppressions }> {
  const got = await ext().storage.local.get([SETTINGS_KEY, SUPPRESSIONS_KEY]);
  return {
    settings: { ...DEFAULT_SETTINGS, ...(got[SETTINGS_KEY] as Partial<Settings> | undefined) },
    suppressions: { ...NO_SUPPRESSIONS, ...(got[SUPPRESSIONS_KEY] as Partial<Suppressions> | undefined) },
  };
}

export function watchForPage(cb: (change: { settings?: Settings; suppressions?: Suppressions }) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const out: { settings?: Settings; suppressions?: Suppressions } = {};
    if (SETTINGS_KEY in changes) out.settings = { ...DEFAULT_SETTINGS, ...(changes[SETTINGS_KEY].newValue as Partial<Settings>) };
    if (SUPPRESSIONS_KEY in changes) out.suppressions = { ...NO_SUPPRESSIONS, ...(changes[SUPPRESSIONS_KEY].newValue as Partial<Suppressions>) };
    if (out.settings || out.suppressions) cb(out);
  };
  ext().storage.onChanged.addListener(listener);
  return () => ext().storage.onChanged.removeListener(listener);
}

/** Content script side of "Not this": read-modify-write of the suppressions key. */
export async function updateSuppressions(fn: (s: Suppressions) => Suppressions): Promise<void> {
  const { suppressions } = await readForPage();
  await ext().storage.local.set({ [SUPPRESSIONS_KEY]: fn(suppressions) });
}
