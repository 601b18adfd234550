// The hover card's UI (Preact, Floating UI, styles), injected into a frame by the background on
// the first hover there: pages where nobody hovers a name never compile it.
import { CardHost } from '../dom/card-host';
import { provide } from '../dom/inject';

export default defineUnlistedScript(() => provide('card-ui', { CardHost }));
