// The browser's own extension API, without webextension-polyfill: for the code that runs on every
// page (the boot content script) and for what it shares with the rest. Firefox has the promise-based
// `browser`; Chrome MV3's `chrome` returns promises for the calls used here (storage, runtime
// messages). The polyfill and WXT's content-script wrapper cost about 6 ms per page to load
// (measured in the tiny-page tax), which is why the boot does without them; everything that runs
// only on pages with names, or in extension pages and the background, uses `wxt/browser`.
import type { browser } from 'wxt/browser';

type Api = typeof browser;

// Chosen at build time, and looked up on first use: the first touch of the API global sets up the
// extension bindings in the page's isolated world (about a millisecond), which a page without
// names never needs.
export function ext(): Api {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (import.meta.env.FIREFOX ? g.browser : g.chrome) as Api;
}

/** The parts of the content script that the background injects on demand (dom/inject.ts). */
export type Part = 'card-ui' | 'detector';

/** Messages the content script sends to the background outside @webext-core/messaging. */
export type BootMessage = { dramalens: 'inject'; part: Part };
