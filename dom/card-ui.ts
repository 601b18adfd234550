// Loads the card UI on demand (see entrypoints/card-ui.ts) and hands out its CardHost.
import type { CardHost } from './card-host';
import { sendMessage } from '../utils/messaging';

export const CARD_UI_KEY = Symbol.for('dramalens.card-ui');
type CardUI = { CardHost: typeof CardHost };

let loading: Promise<CardUI | null> | null = null;

export function loadCardUI(): Promise<CardUI | null> {
  const ready = (globalThis as Record<symbol, unknown>)[CARD_UI_KEY] as CardUI | undefined;
  if (ready) return Promise.resolve(ready);
  loading ??= sendMessage('loadCardUI', undefined)
    .then(() => ((globalThis as Record<symbol, unknown>)[CARD_UI_KEY] as CardUI | undefined) ?? null)
    .catch(() => null)
    .finally(() => {
      loading = null;
    });
  return loading;
}
