// Every persisted setting, declared once as a typed WXT storage item. Extension pages use these;
// the content script reads the same keys through ./settings.ts without the item machinery.
import { storage } from '#imports';
import { DEFAULT_SETTINGS, NO_SUPPRESSIONS, type Settings, type Suppressions } from './settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
export const suppressionsItem = storage.defineItem<Suppressions>('local:suppressions', { fallback: NO_SUPPRESSIONS });
