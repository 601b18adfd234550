// The content script that runs on every http(s) page (declared in wxt.config.ts). It is an
// unlisted script rather than a WXT content script so that it loads without WXT's wrapper and the
// polyfill (see utils/ext.ts): the tiny-page tax is mostly the cost of what loads here.
import { TABLE } from '../generated/content-index.js';
import { bootstrap } from '../dom/bootstrap';
import { load } from '../dom/inject';

type Detector = { wake: (table: string) => Promise<void> };

export default defineUnlistedScript(() => {
  try {
    bootstrap(TABLE, async () => {
      const detector = await load<Detector>('detector');
      if (detector) await detector.wake(TABLE);
    });
  } catch {
    /* never let an error reach the page's console */
  }
});
