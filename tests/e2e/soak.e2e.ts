// A YouTube-like single-page app navigating 200 times: marks follow the content, nothing is left
// for nodes that left the document, and memory does not grow with the number of navigations.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, ROOT, launch, serve, waitFor } from './harness';

const SPA = `<!doctype html><html><head><meta charset="utf-8"><title>spa</title></head><body>
<div id="app"></div>
<script>
  const names = ['Han So-hee', 'Song Kang', 'Kim Soo-hyun', 'Jun Ji-hyun', 'Queen of Tears', 'Lee Do-hyun'];
  window.nav = (i) => {
    const app = document.getElementById('app');
    app.replaceChildren();
    const h = document.createElement('h1');
    h.textContent = names[i % names.length] + ' and ' + names[(i + 1) % names.length] + ' clip ' + i;
    app.append(h);
    for (let c = 0; c < 30; c++) {
      const p = document.createElement('p');
      p.textContent = 'comment ' + c + ': ' + names[(i + c) % names.length] + ' was great in episode ' + c;
      app.append(p);
    }
  };
  nav(0);
</script></body></html>`;

let s: Session;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(path.join(ROOT, 'demo'), { '/spa.html': SPA });
  s = await launch('chromium');
}, 60_000);
afterAll(async () => {
  await s?.close();
  await server?.close();
});

const state = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => {
    let live = 0;
    let stale = 0;
    for (const h of CSS.highlights.values())
      for (const r of h as Highlight) (r.startContainer.isConnected ? live++ : stale++);
    return { live, stale };
  });

it('200 navigations: marks follow the page, no stale ranges, flat memory', async () => {
  const page = await s.browser.newPage();
  await page.goto(`${server.url}/spa.html`);
  await waitFor(async () => (await state(page)).live >= 31, 8000);
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  let after20 = 0;
  for (let i = 1; i <= 200; i++) {
    await page.evaluate((n) => (window as unknown as { nav: (n: number) => void }).nav(n), i);
    if (i % 10 === 0) await new Promise((r) => setTimeout(r, 60));
    if (i === 20) {
      await waitFor(async () => (await state(page)).stale === 0, 3000);
      after20 = await heap();
    }
  }
  const final = await waitFor(async () => {
    const st = await state(page);
    return st.stale === 0 && st.live >= 31 ? st : null;
  }, 5000);
  console.log(`soak: live=${final.live} stale=${final.stale}`);
  expect(final.live).toBeLessThan(80); // one page's worth of marks, not 200 pages'
  const end = await heap();
  console.log(`soak: heap after 20 navigations ${(after20 / 1e6).toFixed(2)} MB, after 200 ${(end / 1e6).toFixed(2)} MB`);
  expect(end).toBeLessThan(after20 * 1.5 + 2_000_000);
}, 90_000);
