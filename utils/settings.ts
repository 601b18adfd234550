// Persisted settings: types, defaults, and the content script's light reader. The typed WXT
// storage items for extension pages are in ./storage-items.ts (same keys).
import { browser } from 'wxt/browser';

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
/** the detection index's hash table, written by the background for content scripts */
export const INDEX_TABLE_KEY = 'indexTable';

export const siteEnabled = (s: Settings, host: string) => !s.paused && !s.disabledSites.includes(host);

/**
 * The content script's view of both items: one storage read and one change listener. It runs on
 * every page, so it skips the item machinery (the extension pages use the items).
 */
export async function readForPage(): Promise<{ settings: Settings; suppressions: Suppressions; table?: string }> {
  const got = await browser.storage.local.get([SETTINGS_KEY, SUPPRESSIONS_KEY, INDEX_TABLE_KEY]);
  const table = got[INDEX_TABLE_KEY] as { build?: string; table?: string } | undefined;
  return {
    settings: { ...DEFAULT_SETTINGS, ...(got[SETTINGS_KEY] as Partial<Settings> | undefined) },
    suppressions: { ...NO_SUPPRESSIONS, ...(got[SUPPRESSIONS_KEY] as Partial<Suppressions> | undefined) },
    table: table?.build === browser.runtime.getManifest().version ? table.table : undefined,
  };
}

/** Background: keep the stored hash table in step with this build. */
export async function publishIndexTable(table: string): Promise<void> {
  const build = browser.runtime.getManifest().version;
  const got = await browser.storage.local.get(INDEX_TABLE_KEY);
  const cur = got[INDEX_TABLE_KEY] as { build?: string; table?: string } | undefined;
  if (cur?.build !== build || cur.table !== table) await browser.storage.local.set({ [INDEX_TABLE_KEY]: { build, table } });
}

export function watchForPage(cb: (change: { settings?: Settings; suppressions?: Suppressions }) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const out: { settings?: Settings; suppressions?: Suppressions } = {};
    if (SETTINGS_KEY in changes) out.settings = { ...DEFAULT_SETTINGS, ...(changes[SETTINGS_KEY].newValue as Partial<Settings>) };
    if (SUPPRESSIONS_KEY in changes) out.suppressions = { ...NO_SUPPRESSIONS, ...(changes[SUPPRESSIONS_KEY].newValue as Partial<Suppressions>) };
    if (out.settings || out.suppressions) cb(out);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Content script side of "Not this": read-modify-write of the suppressions key. */
export async function updateSuppressions(fn: (s: Suppressions) => Suppressions): Promise<void> {
  const { suppressions } = await readForPage();
  await browser.storage.local.set({ [SUPPRESSIONS_KEY]: fn(suppressions) });
}
