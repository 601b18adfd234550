// `npm start`: serve the bundled demo page and open Chromium with the freshly built extension.
// Uses Debian's chromium (/usr/bin/chromium, or $DRAMALENS_CHROMIUM); headless machines get a
// screenshot of a hovered card in .output/demo.png instead of a window.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, '.output', 'chrome-mv3');
const chromium = process.env.DRAMALENS_CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(path.join(ext, 'manifest.json'))) throw new Error('no build: run npm run build');
if (!fs.existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}: apt-get install chromium (or set DRAMALENS_CHROMIUM)`);

const demo = fs.readFileSync(path.join(root, 'demo', 'index.html'));
const server = http.createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(demo);
});
await new Promise((r) => server.listen(8377, '127.0.0.1', r));
const url = 'http://127.0.0.1:8377/';
console.log(`demo page: ${url}`);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!headless) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dramalens-demo-'));
  const args = [`--user-data-dir=${profile}`, `--load-extension=${ext}`, `--disable-extensions-except=${ext}`, '--no-first-run', '--disable-background-networking', url];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const child = spawn(chromium, args, { stdio: 'inherit' });
  child.on('exit', () => server.close());
} else {
  // No display: drive headless Chromium, hover a name, and save a screenshot of the card.
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath: chromium, headless: true, pipe: true, enableExtensions: true,
    defaultViewport: { width: 1100, height: 720 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  await browser.installExtension(ext);
  const page = await browser.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1500));
  const pt = await page.evaluate(() => {
    for (const h of CSS.highlights.values())
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() === 'Song Kang') {
          const b = live.getClientRects()[0];
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
    return null;
  });
  if (pt) await page.mouse.move(pt.x, pt.y);
  await new Promise((r) => setTimeout(r, 900));
  const out = path.join(root, '.output', 'demo.png');
  await page.screenshot({ path: out });
  console.log(`no display: saved a screenshot of the demo page with a card open to ${out}`);
  await browser.close();
  server.close();
}
