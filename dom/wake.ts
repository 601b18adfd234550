// What follows the boot content script's first stage meeting a candidate name (dom/bootstrap.ts):
// the boot asks the background to inject the detector script (entrypoints/detector.ts) and calls
// this. It reads the settings and, unless the site is switched off, starts the full detector; a
// page that is switched off only listens for being switched on. It lives in the injected script,
// not in the boot, because code the boot carries is parsed on every page (measured in the
// tiny-page tax).
import { readForPage, siteEnabled, watchForPage } from '../utils/settings';
import { startDramalens } from './dramalens';
import { Life } from './life';

export async function wake(table: string): Promise<void> {
  const ctx = new Life();
  if (ctx.isInvalid) return;
  let { settings, suppressions } = await readForPage();
  if (ctx.isInvalid) return;
  const host = location.hostname;
  const run = () => startDramalens(ctx, { settings, suppressions, table });
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
