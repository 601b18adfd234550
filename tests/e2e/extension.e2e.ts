// End-to-end: the built extension in real Chromium and Firefox ESR on the bundled demo page.
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kind, type Session, ROOT, cardState, launch, listed, markPoint, marks, openExtensionPage, serve, settle, waitFor } from './harness';

const BROWSERS: Kind[] = (process.env.DRAMALENS_E2E_BROWSERS ?? 'chromium,firefox').split(',') as Kind[];

describe.each(BROWSERS)('%s', (kind) => {
  let s: Session;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serve(path.join(ROOT, 'demo'), {
      '/plain.html': '<!doctype html><html><body><p id="p">Nothing to see: a page about bread and weather.</p></body></html>',
      '/long.html': `<!doctype html><html><body>${Array.from({ length: 700 }, (_, i) => `<p id="p${i}">Han So-hee and Song Kang in Nevertheless, comment ${i}</p>`).join('')}</body></html>`,
      // a feed of 9,000 comments (27,000 elements): read near the viewport only
      '/feed.html': `<!doctype html><html><body>${Array.from({ length: 9000 }, (_, i) => {
        const text = i === 3 ? 'Han So-hee and Song Kang in Nevertheless' : i === 7000 ? 'Kim Soo-hyun was great' : i === 8500 ? 'Gong Yoo forever' : 'what a scene, episode ' + i;
        return `<div id="c${i}"><a href="#">@user${i}</a> <span>${text}</span></div>`;
      }).join('')}</body></html>`,
      // the same feed in a box that scrolls, not the page
      '/boxfeed.html': `<!doctype html><html><body style="margin:0"><div id="box" style="height:100vh;overflow:auto">${Array.from({ length: 9000 }, (_, i) =>
        `<div id="c${i}"><a href="#">@user${i}</a> <span>${i === 3 ? 'Han So-hee in Nevertheless' : i === 7000 ? 'Kim Soo-hyun was great' : 'what a scene, episode ' + i}</span></div>`,
      ).join('')}</div></body></html>`,
      // a golfer who shares an actress's name: the page shows it only after the headline
      '/namesake.html': '<!doctype html><html><body><h1 id="h">김지현, KLPGA 투어 첫 우승</h1><p id="p">김지현(22·하이마트)이 우승했다. 배우 한소희도 축하했다.</p></body></html>',
      // a single-page app: a K-drama page, then (pushState) a page about phones
      '/spa2.html': `<!doctype html><html><body><div id="app"><p id="a">Song Kang and Han So-hee in Nevertheless, the K-drama with Kim Soo-hyun cameo.</p></div>
        <script>window.go = () => { history.pushState({}, '', '/phones'); document.getElementById('app').innerHTML = '<p id="b">I watched Signal for an hour: the signal bars on my phone never moved.</p>'; };</script></body></html>`,
      // names only inside open shadow roots: one built before the content script runs, one when
      // its custom element is defined 1.5 s after load (no change to the light DOM)
      '/shadow.html':
        '<!doctype html><html><body><x-post id="post"></x-post><script>customElements.define("x-post", class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: "open" }).innerHTML = \'<p id="sp">Han So-hee and Song Kang in Nevertheless</p>\'; } });</script></body></html>',
      '/shadow-late.html':
        '<!doctype html><html><body><p id="p">Nothing yet.</p><x-late id="late"></x-late><script>setTimeout(() => customElements.define("x-late", class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: "open" }).innerHTML = \'<p id="sl">Kim Soo-hyun in Queen of Tears</p>\'; } }), 1500);</script></body></html>',
      // a single-page app: a page with no marks (common words only), then (pushState) a feed so
      // large that it is read near the viewport, whose only name is far down
      '/spa3.html': `<!doctype html><html><body><div id="app"><p id="a">Signal, Moving and Goblin were three of the quiz words.</p></div>
        <script>window.go = () => { history.pushState({}, '', '/feed2'); document.getElementById('app').innerHTML = Array.from({ length: 9000 }, (_, i) => '<div id="c' + i + '"><a href="#">@user' + i + '</a> <span>' + (i === 8500 ? 'Gong Yoo forever' : 'what a scene, episode ' + i) + '</span></div>').join(''); };</script></body></html>`,
      '/fullscreen.html':
        '<!doctype html><html><body><div id="player" style="background:#000;color:#fff;font-size:24px">' +
        '<p id="cap">Han So-hee and Song Kang in the Nevertheless finale</p></div></body></html>',
    });
    s = await launch(kind);
    page = await s.browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/index.html`);
    await settle(page, 5);
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('marks names and titles exactly as written, and none of the traps', async () => {
    const m = await marks(page);
    const texts = (block: string) => m.filter((x) => x.block === block).map((x) => x.text);
    expect(texts('headline')).toEqual(['Song Kang', 'Han So-hee', 'Nevertheless']);
    expect(texts('intro')).toEqual(['Nevertheless', 'Song Kang', 'Han So-hee', 'Song Kang-ho', 'Han So-hee', 'My Name']);
    expect(texts('korean')).toEqual(['송강', '한소희', '알고있지만', '김수현', '눈물의 여왕']);
    expect(texts('traps')).toEqual([]);
    expect(texts('more')).toEqual(['Crash Landing on You', 'Goblin', 'The Glory', 'Lee Do-hyun', "It's Okay to Not Be Okay"]);
    expect(m.every((x) => x.name.startsWith('dramalens'))).toBe(true);
  });

  it('never marks inside a textarea, an input or contenteditable', async () => {
    const m = await marks(page);
    expect(m.filter((x) => ['box', 'field', 'editable'].includes(x.block))).toEqual([]);
  });

  it('marks comments added after load', async () => {
    await waitFor(async () => (await marks(page)).some((x) => x.block === 'late'), 6000);
    const late = (await marks(page)).filter((x) => x.block === 'late').map((x) => x.text);
    expect(late).toEqual(['Queen of Tears', 'Kim Soo-hyun']);
    const c = (await marks(page)).filter((x) => x.block === 'comments').map((x) => x.text);
    expect(c).toEqual(['HanSoHee', 'SongKang']);
  });

  it('drops marks whose text left the page and marks text changed in place', async () => {
    await page.evaluate(() => {
      document.getElementById('late')!.remove();
      (document.querySelector('#traps') as HTMLElement).firstChild!.textContent = 'Now about Park Shin-hye.';
    });
    await waitFor(async () => (await marks(page)).some((x) => x.text === 'Park Shin-hye'), 4000);
    const stale = await page.evaluate(() => {
      let n = 0;
      for (const h of CSS.highlights.values()) for (const r of h as Highlight) if (!r.startContainer.isConnected) n++;
      return n;
    });
    expect(stale).toBe(0);
  });

  it('hovering a mark opens the right card, with the seed article first; Esc closes it', async () => {
    await page.mouse.move(5, 5);
    const p = await markPoint(page, 'Song Kang');
    await page.mouse.move(p.x, p.y);
    const card = await waitFor(() => cardState(page), 3000);
    expect(card.id).toBe('song-kang');
    expect(card.text).toContain('Song Kang');
    expect(card.text).toContain('송강');
    expect(card.firstLink).toContain('koreaboo.com/stories/song-kang-han-so-hee-nevertheless-flirting-chemistry');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await cardState(page)) === null, 2000);
  });

  // The keyboard path: select a name, press Alt+Shift+K. A browser shortcut cannot be pressed from
  // the test, so the extension's service worker sends the message its command handler sends.
  it.runIf(kind === 'chromium')('a name selected from the keyboard opens its card, which takes focus; Esc closes it', async () => {
    await page.mouse.move(5, 5);
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const i = (t as Text).data.indexOf('Han So-hee');
        if (i < 0) continue;
        getSelection()!.setBaseAndExtent(t, i + 1, t, i + 4);
        return;
      }
    });
    const sw = await s.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(s.extBase));
    const worker = (await sw.worker())!;
    const reply = await worker.evaluate(async (url: string) => {
      // the worker's own API (typed loosely here: the test runs in Node)
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.tabs.sendMessage(tab.id!, { id: 1, type: 'openCardAtSelection', data: undefined, timestamp: Date.now() });
    }, `${server.url}/index.html`);
    expect(reply).toEqual({ res: true });
    const card = await waitFor(() => cardState(page), 3000);
    expect(card.id).toBe('han-so-hee');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DRAMALENS-CARD');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await cardState(page)) === null, 2000);
  });

  it('the card can be hovered into and closes after the pointer leaves', async () => {
    const p = await markPoint(page, 'Goblin');
    await page.mouse.move(p.x, p.y);
    const card = await waitFor(() => cardState(page), 3000);
    expect(card.id).toBe('goblin');
    const box = await page.evaluate(() => {
      const r = document.querySelector('dramalens-card')!.shadowRoot!.querySelector('[data-entity-id]')!.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + 20 };
    });
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await new Promise((r) => setTimeout(r, 700));
    expect((await cardState(page))?.id).toBe('goblin');
    await page.mouse.move(1190, 890);
    await waitFor(async () => (await cardState(page)) === null, 2000);
  });

  it('a page without names gets no marks and no card element', async () => {
    const p2 = await s.browser.newPage();
    await p2.goto(`${server.url}/plain.html`);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await marks(p2)).toEqual([]);
    expect(await p2.evaluate(() => document.querySelector('dramalens-card'))).toBeNull();
    await p2.close();
  });

  it('the popup lists what the page shows, with counts, and searches the bundle', async () => {
    await page.bringToFront();
    const popup = await openExtensionPage(s, kind, page, '/popup.html');
    const found = await listed(popup, 'found', 5000);
    expect(found.some((t) => t.includes('Han So-hee') && /×[3-9]/.test(t))).toBe(true);
    await popup.type('input[type=search]', 'ㅎㅅㅎ');
    const results = await listed(popup, 'results', 3000);
    expect(results[0]).toContain('Han So-hee');
    // Clicking a name on the list scrolls the page to it and flashes it.
    await popup.evaluate(() => {
      const input = document.querySelector('input[type=search]') as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForSelector('[data-testid=found] li button', { timeout: 5000 });
    await popup.evaluate(() => (document.querySelector('[data-testid=found] li button') as HTMLElement).click());
    await waitFor(() => page.evaluate(() => (CSS.highlights.get('dramalens-flash')?.size ?? 0) > 0), 3000);
    await popup.close();
  });

  it('"Not this" hides a name on this site, and the options page undoes it', async () => {
    await page.bringToFront();
    await page.mouse.move(3, 3);
    const p = await markPoint(page, 'Goblin');
    await page.mouse.move(p.x, p.y);
    await waitFor(() => cardState(page), 3000);
    await page.evaluate(() => (document.querySelector('dramalens-card')!.shadowRoot!.querySelector('button.notthis') as HTMLElement).click());
    await waitFor(async () => !(await marks(page)).some((m) => m.text === 'Goblin'), 4000);
    const options = await openExtensionPage(s, kind, page, '/options.html');
    const undo = await options.waitForSelector('xpath///li[contains(., "Goblin")]/button');
    await undo!.click();
    await options.close();
    await page.bringToFront();
    await waitFor(async () => (await marks(page)).some((m) => m.text === 'Goblin'), 5000);
  });

  it('settings take effect: mark style; pause removes every mark and holds back new pages until switched on', async () => {
    const options = await openExtensionPage(s, kind, page, '/options.html');
    await options.waitForSelector('select');
    await options.select('select', 'background');
    await page.bringToFront();
    await waitFor(async () => (await marks(page)).length > 0 && (await marks(page)).every((m) => m.name === 'dramalens-background'), 4000);
    await options.bringToFront();
    await options.click('input[type=checkbox]');
    await page.bringToFront();
    await waitFor(async () => (await marks(page)).length === 0, 4000);
    // A page opened while paused stays unmarked, and is marked once Dramalens is switched back on.
    const later = await s.browser.newPage();
    await later.goto(`${server.url}/fullscreen.html`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await marks(later)).toEqual([]);
    await options.bringToFront();
    await options.click('input[type=checkbox]');
    await waitFor(async () => (await marks(later)).length >= 3, 5000);
    await later.close();
    await options.select('select', 'underline');
    await options.close();
    await waitFor(async () => (await marks(page)).length > 5, 5000);
  });

  it('a very long page registers only the marks near the viewport, and they follow the scroll', async () => {
    // Every registered range costs the page on each frame that changes the DOM (dom/detector.ts):
    // 2,100 mentions must not all be registered.
    const long = await s.browser.newPage();
    await long.goto(`${server.url}/long.html`);
    await settle(long, 3);
    const first = await marks(long);
    expect(first.length).toBeGreaterThan(20);
    expect(first.length).toBeLessThan(1050);
    expect(first.some((m) => m.block === 'p0')).toBe(true);
    expect(first.some((m) => m.block === 'p699')).toBe(false);
    // Changing what is registered costs Chrome a rebuild of its markers: a short scroll changes nothing.
    const key = (ms: Array<{ block: string; text: string }>) => ms.map((m) => `${m.block}:${m.text}`).sort().join('|');
    await long.evaluate(() => window.scrollBy(0, innerHeight / 2));
    await new Promise((r) => setTimeout(r, 800));
    expect(key(await marks(long))).toBe(key(first));
    await long.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitFor(async () => (await marks(long)).some((m) => m.block === 'p699'), 4000);
    const last = await marks(long);
    expect(last.some((m) => m.block === 'p0')).toBe(false);
    expect(last.filter((m) => m.block === 'p699').map((m) => m.text)).toEqual(['Han So-hee', 'Song Kang', 'Nevertheless']);
    const pt = await markPoint(long, 'Han So-hee', last.filter((m) => m.text === 'Han So-hee').length - 1);
    await long.mouse.move(pt.x, pt.y);
    await waitFor(async () => (await cardState(long))?.id === 'han-so-hee', 4000);
    await long.close();
  });

  it('a very large page is read where the reader is, and the popup reads the rest', async () => {
    const feed = await s.browser.newPage();
    await feed.goto(`${server.url}/feed.html`);
    await settle(feed, 2);
    const first = await marks(feed);
    expect(first.filter((m) => m.block === 'c3').map((m) => m.text)).toEqual(['Han So-hee', 'Song Kang', 'Nevertheless']);
    expect(first.some((m) => m.block === 'c7000' || m.block === 'c8500')).toBe(false);
    // scrolled there, the part in view is read once the scrolling stops
    await feed.evaluate(() => document.getElementById('c7000')!.scrollIntoView({ block: 'center' }));
    await waitFor(async () => (await marks(feed)).some((m) => m.block === 'c7000' && m.text === 'Kim Soo-hyun'), 4000);
    expect((await marks(feed)).some((m) => m.block === 'c8500')).toBe(false);
    // the popup lists the whole page, so it reads the rest first
    await feed.evaluate(() => window.scrollTo(0, 0));
    await feed.bringToFront();
    const popup = await openExtensionPage(s, kind, feed, '/popup.html');
    const found = await listed(popup, 'found', 8000);
    expect(found.some((t) => t.includes('Gong Yoo'))).toBe(true);
    expect(found.some((t) => t.includes('Kim Soo-hyun'))).toBe(true);
    await popup.close();
    await feed.close();
    // a feed in a scrolling box: read where the box stops
    const box = await s.browser.newPage();
    await box.goto(`${server.url}/boxfeed.html`);
    await settle(box, 2);
    expect((await marks(box)).some((m) => m.block === 'c3')).toBe(true);
    expect((await marks(box)).some((m) => m.block === 'c7000')).toBe(false);
    await box.evaluate(() => document.getElementById('c7000')!.scrollIntoView({ block: 'center' }));
    await waitFor(async () => (await marks(box)).some((m) => m.block === 'c7000' && m.text === 'Kim Soo-hyun'), 4000);
    await box.close();
  });

  it('a name the page later shows to be someone else\'s loses the marks it had', async () => {
    const p2 = await s.browser.newPage();
    await p2.goto(`${server.url}/namesake.html`);
    await settle(p2, 1);
    const ms = await marks(p2);
    expect(ms.map((m) => m.text)).toEqual(['한소희']);
    await p2.close();
  });

  it('a single-page app\'s next page is judged on its own (the last page\'s context does not carry over)', async () => {
    const p2 = await s.browser.newPage();
    await p2.goto(`${server.url}/spa2.html`);
    await settle(p2, 3);
    expect((await marks(p2)).map((m) => m.text)).toContain('Song Kang');
    await p2.evaluate(() => (window as unknown as { go: () => void }).go());
    await new Promise((r) => setTimeout(r, 1500));
    expect(await marks(p2)).toEqual([]);
    await p2.close();
  });

  it('names inside open shadow roots are found, also in one that appears after load', async () => {
    for (const [url, want] of [
      ['/shadow.html', ['Han So-hee', 'Song Kang', 'Nevertheless']],
      ['/shadow-late.html', ['Kim Soo-hyun', 'Queen of Tears']],
    ] as const) {
      const p2 = await s.browser.newPage();
      await p2.goto(`${server.url}${url}`);
      await waitFor(async () => (await marks(p2)).length >= want.length, 6000).catch(() => {});
      expect((await marks(p2)).map((m) => m.text)).toEqual(want);
      await p2.close();
    }
  });

  // Chromium only: in Firefox the harness reaches the popup through a card's link, which needs a
  // mark on the page, and this page has none where the reader is (the code path is the same).
  it.runIf(kind === 'chromium')('after a single-page app moves to a very large page, the popup still lists its names', async () => {
    const p2 = await s.browser.newPage();
    await p2.goto(`${server.url}/spa3.html`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await marks(p2)).toEqual([]);
    await p2.evaluate(() => (window as unknown as { go: () => void }).go());
    await new Promise((r) => setTimeout(r, 1500));
    expect(await marks(p2)).toEqual([]);
    await p2.bringToFront();
    const popup = await openExtensionPage(s, kind, p2, '/popup.html');
    const found = await listed(popup, 'found', 8000).catch(() => []);
    expect(found.some((t) => t.includes('Gong Yoo'))).toBe(true);
    await popup.close();
    await p2.close();
  });

  it('the card shows above a fullscreen player', async () => {
    const p2 = await s.browser.newPage();
    await p2.goto(`${server.url}/fullscreen.html`);
    await settle(p2, 2);
    const ok = await p2.evaluate(() => document.getElementById('player')!.requestFullscreen().then(() => true, () => false));
    if (!ok) return; // this headless browser refuses fullscreen: nothing to check
    await new Promise((r) => setTimeout(r, 300));
    const pt = await markPoint(p2, 'Han So-hee');
    await p2.mouse.move(pt.x, pt.y);
    const card = await waitFor(() => cardState(p2), 3000);
    expect(card.id).toBe('han-so-hee');
    const onTop = await p2.evaluate(() => {
      const host = document.querySelector('dramalens-card')!;
      const r = host.shadowRoot!.querySelector('[data-entity-id]')!.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host;
    });
    expect(onTop).toBe(true);
    await p2.close();
  });

  it('left no errors in the page console', () => {
    expect(errors).toEqual([]);
  });
});
