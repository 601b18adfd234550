// Chrome's own cost of registered highlights, without the extension: on the evaluation's
// YouTube-like page (../shared/eval/lib/ytpage.mjs) with N comments, one StaticRange is registered
// in a Highlight styled as our underline or as a background, and a style is changed on every frame;
// prints the renderer's main-thread ms per frame (CDP TaskDuration over 30 frames).
// Usage: node scripts/highlight-cost.mjs [comments...]   (default 1000 4000 15000)
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const { generateWatchPage } = await import(pathToFileURL(path.join(here, '../../shared/eval/lib/ytpage.mjs')).href);
const STYLES = { underline: 'text-decoration: underline dotted; text-decoration-thickness: 1.5px', background: 'background-color: rgba(255, 170, 210, 0.38)' };
const sizes = process.argv.slice(2).map(Number).filter(Boolean);

// The styles are added once, before anything is measured (adding a stylesheet restyles the page).
const SETUP = (styles) => {
  const css = Object.entries(styles).map(([name, style]) => `::highlight(hc-${name}) { ${style} }`).join('\n');
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
};
const FRAMES = (name) =>
  new Promise((resolve) => {
    CSS.highlights.clear();
    if (name) {
      const t = document.querySelector('#description').firstChild;
      CSS.highlights.set(`hc-${name}`, new Highlight(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: 3 })));
    }
    const d = document.body.insertBefore(document.createElement('div'), document.body.firstChild);
    let n = 0;
    const step = () => {
      d.style.transform = `translateX(${++n}px)`;
      if (n < 31) requestAnimationFrame(step);
      else {
        d.remove();
        resolve();
      }
    };
    requestAnimationFrame(step);
  });

const browser = await puppeteer.launch({ browser: 'chrome', executablePath: process.env.DRAMALENS_CHROMIUM ?? '/usr/bin/chromium', headless: true, pipe: true, defaultViewport: { width: 1280, height: 900 }, args: ['--no-sandbox', '--disable-gpu'] });
console.log(`comments elements   nothing  underline  background   (main-thread ms per frame)`);
for (const comments of sizes.length ? sizes : [1000, 4000, 15000]) {
  const html = generateWatchPage({ comments }).html;
  const server = http.createServer((q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 2000));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  await page.evaluate(SETUP, STYLES);
  await page.evaluate(FRAMES, null); // warm-up
  const row = [];
  for (const name of [null, ...Object.keys(STYLES)]) {
    const t0 = await busy();
    await page.evaluate(FRAMES, name);
    row.push((((await busy()) - t0) * 1000) / 30);
  }
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`${String(comments).padStart(8)} ${String(nodes).padStart(7)} ${row.map((x) => x.toFixed(1).padStart(10)).join(' ')}`);
  await page.close();
  server.close();
}
await browser.close();
