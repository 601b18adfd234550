// Launches Debian's Chromium or Firefox ESR with the built extension (puppeteer-core; never
// downloads a browser) and serves demo/ and test pages over http on 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type Kind = 'chromium' | 'firefox';
export const ROOT = path.resolve(__dirname, '../..');
export const FIREFOX_UUID = '6d1f3a52-9a0e-4c1b-8f55-0d4a2b7c9e31';
const EXE: Record<Kind, string> = {
  chromium: process.env.DRAMALENS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.DRAMALENS_FIREFOX ?? '/usr/bin/firefox-esr',
};

export function extensionDir(kind: Kind): string {
  const dirs = kind === 'chromium' ? ['chrome-mv3'] : ['firefox-mv2', 'firefox-mv3'];
  for (const d of dirs) {
    const p = path.join(ROOT, '.output', d);
    if (fs.existsSync(path.join(p, 'manifest.json'))) return p;
  }
  throw new Error(`no ${kind} build in .output/: run npm run build first`);
}

export interface Session {
  browser: Browser;
  extBase: string;
  close(): Promise<void>;
}

export async function launch(kind: Kind): Promise<Session> {
  let profile: string | null = null;
  let browser: Browser;
  if (kind === 'chromium') {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dramalens-e2e-'));
    browser = await puppeteer.launch({
      browser: 'chrome', executablePath: EXE.chromium, headless: true, pipe: true, enableExtensions: true,
      userDataDir: profile, defaultViewport: { width: 1200, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: EXE.firefox, headless: true, defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ 'dramalens@example.org': FIREFOX_UUID }),
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    });
  }
  const id = await browser.installExtension(extensionDir(kind));
  await new Promise((r) => setTimeout(r, 500));
  const extBase = kind === 'chromium' ? `chrome-extension://${id}` : `moz-extension://${FIREFOX_UUID}`;
  return {
    browser,
    extBase,
    async close() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serve a folder on 127.0.0.1; extra pages can be added by path. */
export async function serve(dir: string, extra: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[p] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(extra[p]);
    }
    const file = path.join(dir, p.endsWith('/') ? `${p}index.html` : p);
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Marked texts on the page, in document order, with the block id they are in. */
export async function marks(page: Page): Promise<Array<{ text: string; block: string; name: string }>> {
  return page.evaluate(() => {
    const out: Array<{ text: string; block: string; name: string; r: AbstractRange }> = [];
    for (const [name, h] of CSS.highlights) {
      for (const r of h as Highlight) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const el = r.startContainer.parentElement?.closest('[id]');
        out.push({ text: live.toString(), block: el?.id ?? '', name, r });
      }
    }
    out.sort((a, b) => (a.r.startContainer === b.r.startContainer ? a.r.startOffset - b.r.startOffset : a.r.startContainer.compareDocumentPosition(b.r.startContainer) & 4 ? -1 : 1));
    return out.map(({ text, block, name }) => ({ text, block, name }));
  });
}

/** Wait until the number of marks stops changing. */
export async function settle(page: Page, min = 1, ms = 8000): Promise<void> {
  const t0 = Date.now();
  let last = -1;
  let stable = 0;
  while (Date.now() - t0 < ms) {
    const n = await page.evaluate(() => [...CSS.highlights.values()].reduce((s, h) => s + (h as Highlight).size, 0));
    if (n === last && n >= min) {
      if (++stable >= 4) return;
    } else stable = 0;
    last = n;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Centre of the first client rect of the n-th mark with this text. */
export async function markPoint(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    (t, k) => {
      let i = 0;
      for (const h of CSS.highlights.values()) {
        for (const r of h as Highlight) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== t) continue;
          if (i++ < k) continue;
          (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const rect = live.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    text,
    nth,
  );
  if (!p) throw new Error(`no mark "${text}"`);
  return p;
}

/** The open card: entity id, text and first link, or null. */
export async function cardState(page: Page): Promise<{ id: string; text: string; firstLink: string | null } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('dramalens-card');
    const card = host?.shadowRoot?.querySelector('[data-entity-id]') as HTMLElement | null;
    if (!host || !card) return null;
    const cs = getComputedStyle(host);
    const rect = card.getBoundingClientRect();
    if (cs.visibility === 'hidden' || cs.display === 'none' || rect.width === 0) return null;
    return { id: card.dataset.entityId!, text: card.textContent ?? '', firstLink: card.querySelector('a[href]')?.getAttribute('href') ?? null };
  });
}

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, ms = 4000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 80));
  }
}

/** The texts of a popup list (`data-testid` found or results), once it has any. */
export function listed(popup: Page, testid: 'found' | 'results', ms = 4000): Promise<string[]> {
  return waitFor(
    () => popup.evaluate((id) => [...document.querySelectorAll(`[data-testid=${id}] li`)].map((li) => li.textContent ?? ''), testid).then((x) => (x.length ? x : null)),
    ms,
  );
}

/**
 * Open an extension page in a tab. Chromium navigates there directly; Firefox's WebDriver BiDi
 * refuses moz-extension:// navigations, so the test goes the way a user does: hover a name,
 * click "Open in Dramalens" (the background opens the entity page), then move within the
 * extension's own origin.
 */
export async function openExtensionPage(s: Session, kind: Kind, from: Page, pathAndQuery: string): Promise<Page> {
  if (kind === 'chromium') {
    const p = await s.browser.newPage();
    await p.goto(`${s.extBase}${pathAndQuery}`);
    return p;
  }
  await from.bringToFront();
  await from.mouse.move(2, 2);
  const pt = await markPoint(from, 'Han So-hee');
  await from.mouse.move(pt.x, pt.y);
  await waitFor(() => cardState(from), 3000);
  const before = new Set(await s.browser.pages());
  await from.evaluate(() => (document.querySelector('dramalens-card')!.shadowRoot!.querySelector('a.more') as HTMLElement).click());
  // Firefox reports moz-extension pages as about:blank to WebDriver BiDi; ask the page itself.
  const p = await waitFor(async () => {
    for (const q of await s.browser.pages()) {
      if (before.has(q)) continue;
      const href = await q.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(s.extBase)) return q;
    }
    return null;
  }, 8000);
  await p.evaluate((u) => location.assign(u), pathAndQuery);
  await p.waitForFunction((u) => location.pathname === u.split('#')[0].split('?')[0], {}, pathAndQuery);
  await from.keyboard.press('Escape');
  return p;
}
