// npm run bench: benchmarks of the BUILT extension in Debian's Chromium (it builds nothing;
// run `npm run build && npm run build:bench` first). Every figure is measured in this one run,
// side by side, on pages generated here:
//   - a YouTube-like watch page (15,000 comments; names from the bundle in ~3% of words),
//   - a long article, and a tiny page without names (the per-page tax);
// against the floor (a bare TreeWalker pass reading every text node, first pass after load = cold)
// and a typical hand-written highlighter (one regex alternation of all aliases, a Range per hit).
// Extension time = CPU samples (CDP profiler, 100 us) whose stack holds an extension frame.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.DRAMALENS_CHROMIUM ?? '/usr/bin/chromium';
const ext = path.join(root, '.output/chrome-mv3');
const variants = { '1x': ext, '2x': path.join(root, '.output/bench-aliases-2x'), '4x': path.join(root, '.output/bench-aliases-4x') };
for (const [k, d] of Object.entries(variants))
  if (!fs.existsSync(path.join(d, 'manifest.json'))) {
    console.error(`bench: no build at ${d} (${k} aliases): run npm run build && npm run build:bench`);
    process.exit(2);
  }
const runs = Number(process.env.BENCH_RUNS ?? 2);
const index = JSON.parse(fs.readFileSync(path.join(root, 'generated/index.json'), 'utf8'));
const forms = index.aliases.filter((a) => index.entities[typeof a[1] === 'number' ? a[1] : a[1][0]][2] !== 2).map((a) => a[0]);
const latin = forms.filter((f) => /^[A-Za-z][A-Za-z' -]+$/.test(f) && /\s/.test(f));
const hangul = forms.filter((f) => /^[\uac00-\ud7a3]{3}$/.test(f));

// ---- pages ----
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = 'the this scene made me cry so much chemistry between them is unreal that ending killed best drama of year who else rewatching ost hits different my heart cannot handle acting second lead syndrome again literally screaming way he looked at her need season two please writers did on purpose ten out would watch cinematography pretty song lives in head rent free deserve award honestly plot twist did not see coming'.split(' ');
const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
function sentence(r, n) {
  const w = [];
  for (let i = 0; i < n; i++) w.push(r() < 0.03 ? latin[Math.floor(r() * latin.length)] : WORDS[Math.floor(r() * WORDS.length)]);
  return w.join(' ');
}
function comment(r, i) {
  const body = r() < 0.08 ? `${hangul[Math.floor(r() * hangul.length)]} 진짜 연기 최고 ${hangul[Math.floor(r() * hangul.length)]}도 멋있어요` : sentence(r, 8 + Math.floor(r() * 30));
  return `<div class="c"><a class="a" href="#u${i}">@user${i}</a><span class="t">${Math.floor(r() * 11) + 1} months ago</span><p>${esc(body)}</p><div class="acts"><button>Like</button><button>Reply</button></div></div>`;
}
function ytPage(comments, seed = 7) {
  const r = rng(seed);
  const out = ['<!doctype html><html><head><meta charset="utf-8"><title>K-drama best moments</title><style>body{font:14px Arial;margin:0}.c{padding:6px 12px;border-bottom:1px solid #eee}.a{font-weight:bold}</style></head><body>'];
  out.push(`<h1>${esc(latin[0])} &amp; ${esc(latin[1])} best moments</h1><div id="c">`);
  for (let i = 0; i < comments; i++) out.push(comment(r, i));
  out.push('</div></body></html>');
  return out.join('');
}
function articlePage(paragraphs, seed = 11) {
  const r = rng(seed);
  const out = ['<!doctype html><html><head><meta charset="utf-8"><title>Review</title></head><body><article>'];
  for (let i = 0; i < paragraphs; i++) out.push(`<p>${esc(sentence(r, 120))}.</p>`);
  out.push('</article></body></html>');
  return out.join('');
}
const TINY = '<!doctype html><html><head><meta charset="utf-8"><title>Bread</title></head><body><p>A short page about bread and the weather.</p></body></html>';
const MORE = (n, seed) => {
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < n; i++) s += comment(r, 100000 + i);
  return s;
};

// ---- browser plumbing ----
const pages = new Map();
const server = http.createServer((q, res) => {
  const body = pages.get(q.url) ?? '';
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

async function open(extDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dramalens-bench-'));
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath: chromium, headless: true, pipe: true, enableExtensions: true, userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 }, protocolTimeout: 120000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--js-flags=--expose-gc'],
  });
  const extId = extDir ? await browser.installExtension(extDir) : null;
  await new Promise((r) => setTimeout(r, 600));
  return { browser, extId, close: async () => { await browser.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

const countMarks = () => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0);
async function settle(page, ms = 15000) {
  const t0 = Date.now();
  let last = -1, since = Date.now();
  while (Date.now() - t0 < ms) {
    const n = await page.evaluate(countMarks);
    if (n !== last) { last = n; since = Date.now(); }
    else if (Date.now() - since > 1000 && Date.now() - t0 > 1500) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}
function extTime(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = new Map();
  const ext = (id) => {
    if (isExt.has(id)) return isExt.get(id);
    const n = byId.get(id);
    const v = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && ext(parent.get(id)));
    isExt.set(id, v);
    return v;
  };
  let t = 0;
  profile.samples.forEach((s, i) => { if (ext(s)) t += (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000; });
  return t;
}
async function profiled(page, fn) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const extra = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return { ms: extTime(profile), extra };
}
const LONGTASKS = () => {
  window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(e.duration); }).observe({ type: 'longtask', buffered: true });
};
async function heapMB(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1048576;
}
const FLOOR = () => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length;
  return [performance.now() - t0, n];
};
const REGEX = (alts) => {
  const t0 = performance.now();
  const re = new RegExp(`\\b(?:${alts.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
  const h = new Highlight();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t; t = w.nextNode()) {
    re.lastIndex = 0;
    for (let m = re.exec(t.data); m; m = re.exec(t.data)) {
      const r = new Range();
      r.setStart(t, m.index);
      r.setEnd(t, m.index + m[0].length);
      h.add(r);
    }
  }
  CSS.highlights.set('bench-regex', h);
  const ms = performance.now() - t0;
  CSS.highlights.delete('bench-regex');
  return [ms, h.size];
};

// Hover to card: ms from hover intent (pointer at rest + the 250 ms hover delay) to a visible card,
// for marks of different entities: the first includes injecting the card UI into the frame.
const HOVER_DELAY = 250;
const MARK_POINTS = (n) => {
  const seen = new Set();
  const out = [];
  for (const h of CSS.highlights.values())
    for (const sr of h) {
      const r = new Range();
      r.setStart(sr.startContainer, sr.startOffset);
      r.setEnd(sr.endContainer, sr.endOffset);
      const text = r.toString();
      const rect = r.getClientRects()[0];
      if (seen.has(text) || !rect || rect.top < 0 || rect.bottom > innerHeight) continue;
      seen.add(text);
      out.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      if (out.length === n) return out;
    }
  return out;
};
const WATCH_CARD = () =>
  new Promise((resolve) => {
    let moved = null;
    addEventListener('pointermove', (e) => (moved ??= performance.now()), { capture: true });
    const t0 = performance.now();
    const loop = () => {
      const el = document.querySelector('dramalens-card')?.shadowRoot?.querySelector('[data-entity-id]');
      if (el && el.getBoundingClientRect().width > 0 && moved !== null) return resolve(performance.now() - moved);
      if (performance.now() - t0 > 5000) return resolve(null);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
async function hoverLatency(page, n = 6) {
  const points = await page.evaluate(MARK_POINTS, n);
  const out = [];
  for (const pt of points) {
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 700)); // the card closes
    const seen = page.evaluate(WATCH_CARD);
    await page.mouse.move(pt.x, pt.y);
    const ms = await seen;
    if (ms !== null) out.push(Math.max(0, ms - HOVER_DELAY));
  }
  return out;
}

// A page that animates (a style changed on every frame, as a video player's progress bar does):
// mean ms per frame over 20 frames. Registered highlights make Chrome revalidate on such frames.
const ANIMATED_FRAME = () =>
  new Promise((resolve) => {
    const d = document.body.insertBefore(document.createElement('div'), document.body.firstChild);
    const ts = [];
    const step = (t) => {
      ts.push(t);
      d.style.transform = `translateX(${ts.length % 50}px)`;
      if (ts.length < 21) requestAnimationFrame(step);
      else {
        d.remove();
        resolve((ts[20] - ts[0]) / 20);
      }
    };
    requestAnimationFrame(step);
  });

// Scrolling through the page, one viewport every 100 ms: the renderer's main-thread time (all of
// it: the page's, Chrome's and the extension's) per step. Changing the registered highlights makes
// Chrome rebuild its markers, at a cost that grows with the page.
async function scrollCost(page, steps = 40) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const t0 = await busy();
  for (let i = 1; i <= steps; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * 900);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const ms = ((await busy()) - t0) * 1000 / steps;
  await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((r) => setTimeout(r, 500));
  await cdp.detach();
  return ms;
}

// ---- measurements ----
async function baseline(url) {
  const { browser, close } = await open(null);
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const [cold] = await page.evaluate(FLOOR);
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push((await page.evaluate(FLOOR))[0]);
  const frameMs = await page.evaluate(ANIMATED_FRAME);
  const scrollMs = await scrollCost(page);
  const [regexMs, regexHits] = await page.evaluate(REGEX, forms);
  const heap = await heapMB(page);
  await close();
  return { cold, warm: warm.sort((a, b) => a - b)[2], regexMs, regexHits, heap, baseFrameMs: frameMs, baseScrollMs: scrollMs };
}
// The whole page read on demand: a page past 20,000 elements is read near the viewport only, and
// the popup's list of what the page holds reads the rest. Extension time on the page while the
// popup (a tab of its own here) waits for that list.
async function wholeRead(browser, extId, page) {
  return profiled(page, async () => {
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=found] li').length > 0, { timeout: 60000 });
    await popup.close();
    return null;
  });
}
async function withExt(extDir, url, { append = 0, hover = false, whole = false } = {}) {
  const { browser, extId, close } = await open(extDir);
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(LONGTASKS);
  const load = await profiled(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    return settle(page);
  });
  const frameMs = hover ? await page.evaluate(ANIMATED_FRAME) : null;
  const card = hover ? await hoverLatency(page) : null;
  const scrollMs = hover ? await scrollCost(page) : null;
  let appendMs = null;
  if (append) {
    pages.set('/more', MORE(append, 99));
    const html = MORE(append, 99);
    const a = await profiled(page, async () => {
      await page.evaluate((h) => document.getElementById('c').insertAdjacentHTML('beforeend', h), html);
      return settle(page);
    });
    appendMs = a.ms;
  }
  const longTasks = await page.evaluate(() => window.__lt.filter((d) => d > 50).length);
  const heap = await heapMB(page);
  const marks = await page.evaluate(countMarks);
  const wholeMs = whole ? (await wholeRead(browser, extId, page)).ms : null;
  await close();
  return { ms: load.ms, marks, appendMs, longTasks, heap, card, frameMs, scrollMs, wholeMs };
}
const lowest = async (n, fn) => {
  const all = [];
  for (let i = 0; i < n; i++) all.push(await fn());
  return all.sort((a, b) => a.ms - b.ms)[0];
};

const rows = [];
const fmt = (x, d = 1) => (x === null || x === undefined ? '-' : Number(x).toFixed(d));
async function measurePage(name, html, opts = {}) {
  pages.set(`/${name}`, html);
  const url = `${base}/${name}`;
  const b = await baseline(url);
  const e = await lowest(runs, () => withExt(ext, url, opts));
  rows.push({ name, ...b, ...e, heapDelta: e.heap - b.heap });
  process.stderr.write(`  ${name} done\n`);
}
process.stderr.write(`bench: chromium ${chromium}, ${runs} runs each (lowest kept), ${forms.length} aliases\n`);
await measurePage('youtube-15k', ytPage(15000), { append: 500, hover: true, whole: true });
await measurePage('article', articlePage(400));
await measurePage('tiny', TINY);

const scale = [];
for (const [k, dir] of Object.entries(variants)) {
  pages.set('/yt-5k', ytPage(5000));
  const e = await lowest(runs, () => withExt(dir, `${base}/yt-5k`));
  scale.push({ what: `aliases ${k}`, ms: e.ms, marks: e.marks });
}
for (const n of [4000, 8000, 16000]) {
  pages.set(`/yt-${n}`, ytPage(n));
  const b = await baseline(`${base}/yt-${n}`);
  const e = await lowest(runs, () => withExt(ext, `${base}/yt-${n}`, { whole: true }));
  scale.push({ what: `page ${n} comments`, ms: e.ms, marks: e.marks, cold: b.cold, wholeMs: e.wholeMs });
}
server.close();

console.log('\nDramalens bench (Chromium, CPU ms; extension = lowest of runs; floor = bare TreeWalker pass over the same page)');
console.log('page            ext_ms  cold_floor  ext/cold  warm_floor  regex_ms  ext/regex  marks  regex_hits  append500_ms  longtasks>50  heap_delta_MB');
for (const r of rows)
  console.log(
    `${r.name.padEnd(14)} ${fmt(r.ms).padStart(7)} ${fmt(r.cold).padStart(11)} ${fmt(r.ms / r.cold, 2).padStart(9)} ${fmt(r.warm).padStart(11)} ${fmt(r.regexMs).padStart(9)} ${fmt(r.ms / r.regexMs, 2).padStart(10)} ${String(r.marks).padStart(6)} ${String(r.regexHits).padStart(11)} ${fmt(r.appendMs).padStart(13)} ${String(r.longTasks).padStart(13)} ${fmt(r.heapDelta, 2).padStart(14)}`,
  );
console.log('\nscaling (YouTube-like page)      ext_ms  per_1x  marks  whole_ms  per_1x');
const a1 = scale[0].ms;
const p1 = scale[3].ms;
const w1 = scale[3].wholeMs;
scale.forEach((s, i) =>
  console.log(
    `${s.what.padEnd(30)} ${fmt(s.ms).padStart(7)} ${fmt(s.ms / (i < 3 ? a1 : p1), 2).padStart(7)} ${String(s.marks).padStart(6)}` +
      (s.wholeMs == null ? '' : ` ${fmt(s.wholeMs).padStart(9)} ${fmt(s.wholeMs / w1, 2).padStart(7)}`),
  ),
);
console.log('(a page past 20,000 elements is read near the viewport; whole_ms: reading the rest, which the popup asks for)');
const tiny = rows.find((r) => r.name === 'tiny');
const yt = rows.find((r) => r.name === 'youtube-15k');
const card = yt.card ?? [];
const warmCard = card.slice(1).sort((a, b) => a - b);
console.log(
  `\nhover to card (YouTube-like page; ms after hover intent, i.e. after the ${HOVER_DELAY} ms hover delay; one frame = 16.7 ms): ` +
    `first ${fmt(card[0])} (injects the card UI), then median ${fmt(warmCard[warmCard.length >> 1])}, max ${fmt(warmCard.at(-1))} over ${warmCard.length} other names`,
);
console.log(`animating page (a style changed every frame; YouTube-like page): ${fmt(yt.baseFrameMs)} ms per frame without the extension, ${fmt(yt.frameMs)} with it`);
console.log(`scrolling (one viewport every 100 ms; YouTube-like page): ${fmt(yt.baseScrollMs)} ms of main thread per step without the extension, ${fmt(yt.scrollMs)} with it`);
console.log(`whole page on demand (the popup's list; youtube-15k): ${fmt(yt.wholeMs)} ms, ${fmt(yt.wholeMs / yt.cold, 2)} cold floors`);
console.log(`\nsummary: cold_ratio=${fmt(yt.ms / yt.cold, 2)} vs_regex=${fmt(yt.ms / yt.regexMs, 2)} append_ms=${fmt(yt.appendMs)} tax_ms=${fmt(tiny.ms)} heap_mb=${fmt(yt.heapDelta, 2)} alias_4x=${fmt(scale[2].ms / a1, 2)} page_4x=${fmt(scale[5].ms / p1, 2)} whole_4x=${fmt(scale[5].wholeMs / w1, 2)} whole_ms=${fmt(yt.wholeMs)} card_first_ms=${fmt(card[0])} card_ms=${fmt(warmCard[warmCard.length >> 1])} frame_ms=${fmt(yt.frameMs)} frame_base_ms=${fmt(yt.baseFrameMs)} scroll_ms=${fmt(yt.scrollMs)} scroll_base_ms=${fmt(yt.baseScrollMs)}`);
