// The content script that runs on every http(s) page (declared in wxt.config.ts). It is built on
// its own as a plain script (scripts/lib/build-boot.ts), without WXT's wrapper or the polyfill (see
// utils/ext.ts): the tiny-page tax is mostly the cost of what loads here.
import { TABLE } from '../generated/content-index.js';
import { bootstrap } from './bootstrap';
import { load } from './inject';

type Detector = { wake: (table: string) => Promise<void> };

try {
  bootstrap(TABLE, async () => {
    const detector = await load<Detector>('detector');
    if (detector) await detector.wake(TABLE);
  });
} catch {
  /* never let an error reach the page's console */
}
