// Every persisted setting, declared once (WXT storage items).
import { storage } from '#imports';

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

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** "Not this": entities hidden on one site, aliases hidden everywhere. */
export interface Suppressions {
  /** hostname -> entity ids */
  entitiesBySite: Record<string, string[]>;
  /** alias forms as written (folded when compared) */
  aliases: string[];
}
export const suppressionsItem = storage.defineItem<Suppressions>('local:suppressions', {
  fallback: { entitiesBySite: {}, aliases: [] },
});

export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export const siteEnabled = (s: Settings, host: string) => !s.paused && !s.disabledSites.includes(host);
