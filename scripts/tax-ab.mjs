// The tiny-page tax of several builds side by side: `node scripts/tax-ab.mjs N DIR [DIR...]`.
// Each sample is a fresh Chromium with one build loaded, tracing the eval's tiny page from
// navigation through its settle, attributed with the eval's own trace code (../shared/eval), so a
// figure here is what perf.mjs calls tax_ms. The builds take turns within each round, which keeps
// the machine's slow and quiet periods from favouring one of them; compare the medians.
// Copy each build out of .output first (a build overwrites it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const evalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/eval');
if (!fs.existsSync(path.join(evalDir, 'lib/trace.mjs'))) {
  console.error(`tax-ab: the eval harness is not at ${evalDir} (it sits beside the project)`);
  process.exit(2);
}
const lib = (f) => import(path.join(evalDir, 'lib', f));
const { launchBrowser } = await lib('browsers.mjs');
const { startServer } = await lib('server.mjs');
const { startTrace, stopTrace, attribute, summarize } = await lib('trace.mjs');
const { TINY_PAGE } = await lib('ytpage.mjs');
const { inPage } = await lib('inpage.mjs');

const [rounds, ...dirs] = process.argv.slice(2);
if (!(+rounds > 0) || !dirs.length) {
  console.error('usage: node scripts/tax-ab.mjs ROUNDS DIR [DIR...]');
  process.exit(2);
}
const SETTLE = { minMs: 1500, maxMs: 8000, stableMs: 1000, everyMs: 100, cheap: true }; // as perf.mjs
const server = await startServer({ pages: { '/perf/tiny.html': TINY_PAGE } });
const url = `${server.origin}/perf/tiny.html`;
const ms = new Map(dirs.map((d) => [d, []]));
for (let i = 0; i < +rounds; i++) {
  for (const d of dirs) {
    const b = await launchBrowser({ kind: 'chromium', ext: path.resolve(d) });
    try {
      const page = await b.browser.newPage();
      await startTrace(page);
      await page.goto(url, { waitUntil: 'load' });
      await inPage(page, 'settle', [SETTLE]);
      ms.get(d).push(summarize(attribute(await stopTrace(page), { pageUrl: url })).total);
    } finally {
      await b.close();
    }
  }
}
const f = (x) => x.toFixed(2);
for (const [d, xs] of ms) {
  const s = [...xs].sort((a, b) => a - b);
  console.log(`${d}: lowest ${f(s[0])}  median ${f(s[s.length >> 1])}  (${xs.map(f).join(' ')})`);
}
await server.close?.();
process.exit(0);
