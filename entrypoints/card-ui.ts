// The hover card's UI (Preact, Floating UI, styles), injected into a frame by the background on
// the first hover there: pages where nobody hovers a name never compile it. Runs in the content
// script's isolated world and hands the card host to it.
import { CardHost } from '../dom/card-host';
import { CARD_UI_KEY } from '../dom/card-ui';

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[CARD_UI_KEY] ??= { CardHost };
});
