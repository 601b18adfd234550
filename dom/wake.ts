// What the boot content script does once its first stage meets a candidate name (dom/bootstrap.ts):
// the first use of the extension API on the page. It reads the settings and, unless the site is
// switched off, asks the background to inject the full detector (entrypoints/detector.ts); a page
// that is switched off only listens for being switched on. Kept out of the bootstrap's closure so
// that a page without names never compiles it.
import { readForPage, siteEnabled, watchForPage } from '../utils/settings';
import type { StartState } from './dramalens';
import { load } from './inject';
import { Life } from './life';

type Detector = { startDramalens: (ctx: Life, s: StartState) => Promise<void> };

export async function wake(table: string): Promise<void> {
  const ctx = new Life();
  if (ctx.isInvalid) return;
  let { settings, suppressions } = await readForPage();
  if (ctx.isInvalid) return;
  const host = location.hostname;
  const run = async () => {
    const detector = await load<Detector>('detector');
    if (!detector || ctx.isInvalid) return;
    await detector.startDramalens(ctx, { settings, suppressions, table });
  };
  if (siteEnabled(settings, host)) return run();
  const unwatch = watchForPage((c) => {
    if (c.suppressions) suppressions = c.suppressions;
    if (c.settings) {
      settings = c.settings;
      if (siteEnabled(settings, host)) {
        unwatch();
        void run();
      }
    }
  });
  ctx.onInvalidated(unwatch);
}
