// Wires the content script together: settings, detector, hover intent, card, popup requests.
import type { Life } from './life';
import { browser } from 'wxt/browser';
import { Kind } from '../core/index-format';
import { Matcher, type IndexRest } from '../core/matcher';
import { foldKey } from '../core/text';
import { onMessage, sendMessage, type PageEntity } from '../utils/messaging';
import { type Settings, type Suppressions, siteEnabled, updateSuppressions, watchForPage } from '../utils/settings';
import type { CardHost } from './card-host';
import { load } from './inject';
import { Detector, type Mention, SCROLL_OPTS, rangeFor } from './detector';
import { mentionAt, rangeOf } from './hit-test';
import type { CardData } from '../core/card-data';

const HIGHLIGHT: Record<Settings['markStyle'], string> = {
  underline: 'dramalens',
  background: 'dramalens-background',
  none: 'dramalens-plain',
};
const CLOSE_GRACE_MS = 300;
const FAR_SCROLL_PX = 160;

/** What the bootstrap (dom/bootstrap.ts) already read. */
export interface StartState {
  settings: Settings;
  suppressions: Suppressions;
  table: string;
}

/** The full detector: started by the bootstrap once a page has a candidate name. */
export async function startDramalens(ctx: Life, state: StartState): Promise<void> {
  if (ctx.isInvalid) return;
  const host = location.hostname;
  let { settings, suppressions } = state;
  const { table } = state;

  let rest: IndexRest | null = null;
  let restAsked = false;
  const matcher = new Matcher(table, () => rest);
  const askRest = () => {
    if (restAsked) return;
    restAsked = true;
    void sendMessage('indexRest', undefined).then((json) => {
      if (ctx.isInvalid) return;
      rest = JSON.parse(json) as IndexRest;
      detector.retryMissed();
    });
  };
  // The card UI arrives on the first hover (dom/card-ui.ts); until then a stand-in.
  let card: Pick<CardHost, 'host' | 'open' | 'show' | 'hide' | 'focus' | 'destroy'> = {
    host: null, open: false, show() {}, hide() {}, focus() {}, destroy() {},
  };
  const ensureCard = async () => {
    if ('contains' in card) return true;
    const ui = await load<{ CardHost: typeof CardHost }>('card-ui');
    if (!ui || ctx.isInvalid) return false;
    if (!('contains' in card)) card = new ui.CardHost();
    return true;
  };
  const suppressedAliases = () => new Set(suppressions.aliases.map(foldKey));
  let suppressedAliasKeys = suppressedAliases();
  let suppressedHere = new Set(suppressions.entitiesBySite[host] ?? []);
  const detector = new Detector(matcher, {
    highlightName: HIGHLIGHT[settings.markStyle],
    ownHost: () => card.host,
    suppressed: (id, form) => (suppressedHere.size > 0 && suppressedHere.has(id)) || (suppressedAliasKeys.size > 0 && suppressedAliasKeys.has(foldKey(form))),
    onChange: () => {
      if (matcher.missedRest) askRest();
      // the first mark; or a very large page that the popup may ask about beyond what is read
      // (also after a single-page app moves to one)
      if (!wired && (detector.mentions.size > 0 || detector.partial)) wire();
    },
  });

  const apply = () => {
    detector.highlightName = HIGHLIGHT[settings.markStyle];
    if (siteEnabled(settings, host)) {
      detector.start();
      // the popup may ask a very large page for names that lie beyond what has been read
      if (detector.partial) wire();
    }
    else {
      detector.stop();
      closeCard();
      watch(); // to start again when switched back on
    }
  };

  // ---- hover intent and card ----
  let hovered: Mention | null = null;
  let shown: Mention | null = null;
  let shownId: string | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let anchorTop = 0;
  let lastX = -1;
  let lastY = -1;
  let frame = 0;
  const cache = new Map<string, Promise<CardData | null>>();

  const pageIds = () =>
    [...detector.ctx.counts.keys()].filter((e) => matcher.data.entities[e][2] !== Kind.Cue).map((e) => matcher.data.entities[e][0]);

  const cardData = (m: Mention, id?: string): Promise<CardData | null> => {
    const { aliases, entities } = matcher.data;
    const ent = aliases[m.alias][1];
    const cands = (typeof ent === 'number' ? [ent] : ent).map((e) => entities[e][0]);
    // an uncertain choice is made again with the whole page, which may now tell them apart
    const again = m.ambiguous && !id ? detector.resolver.rechoose(m.alias, m.entity) : null;
    const target = id ?? entities[again ? again.entity : m.entity][0];
    const alternatives = (again ? again.ambiguous : m.ambiguous) || id ? cands.filter((c) => c !== target) : [];
    const page = pageIds();
    const key = `${target}|${alternatives.join(',')}|${page.length}`;
    let p = cache.get(key);
    if (!p) {
      p = sendMessage('card', { id: target, page, alternatives }).catch(() => null);
      cache.set(key, p);
      if (cache.size > 50) cache.delete(cache.keys().next().value!);
    }
    return p;
  };

  // Scrolling the mark away closes the card. Listened to only while a card is open: a scroll
  // listener is called on every frame of every scroll, which a long page does a lot.
  const onScroll = () => {
    if (!card.open || !shown) return;
    const r = rangeOf(shown).getClientRects()[0];
    if (!r || Math.abs(r.top - anchorTop) > FAR_SCROLL_PX || r.bottom < 0 || r.top > innerHeight) closeCard();
  };

  function closeCard() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    card.hide();
    shown = null;
    shownId = null;
    removeEventListener('scroll', onScroll, SCROLL_OPTS);
  }

  async function openCard(m: Mention, id?: string, focus = false) {
    const [data, ui] = await Promise.all([cardData(m, id), ensureCard()]);
    if (!data || !ui || ctx.isInvalid) return;
    if (!id && hovered !== m && !focus) return; // the pointer left while we waited
    shown = m;
    shownId = data.detail.id;
    addEventListener('scroll', onScroll, SCROLL_OPTS);
    const first = rangeOf(m).getClientRects()[0];
    anchorTop = first?.top ?? 0;
    card.show(() => rangeOf(m).getClientRects()[0] ?? rangeOf(m).getBoundingClientRect(), {
      data,
      entityPageUrl: (eid) => browser.runtime.getURL(`/entity.html#${encodeURIComponent(eid)}`),
      onOpenEntity: (eid) => void sendMessage('openEntity', { id: eid }).catch(() => false),
      onChoose: (eid) => void openCard(m, eid, true),
      onNotThis: () => void notThis(shownId),
      alias: m.node.data.slice(m.start, m.end),
      onHideAlias: () => void hideAlias(matcher.data.aliases[m.alias][0]),
      onClose: closeCard,
    }, focus);
  }

  async function notThis(id: string | null) {
    if (!id) return;
    await updateSuppressions((s) => {
      const list = s.entitiesBySite[host] ?? [];
      return list.includes(id) ? s : { ...s, entitiesBySite: { ...s.entitiesBySite, [host]: [...list, id] } };
    });
    closeCard();
  }

  async function hideAlias(form: string) {
    await updateSuppressions((s) => (s.aliases.includes(form) ? s : { ...s, aliases: [...s.aliases, form] }));
    closeCard();
  }

  const onPointerFrame = () => {
    frame = 0;
    if (card.open && shown && card.host && isOverHost(lastX, lastY)) {
      clearTimeout(closeTimer);
      return;
    }
    const m = mentionAt(lastX, lastY, detector);
    if (m !== hovered) {
      hovered = m;
      clearTimeout(openTimer);
      if (m) {
        void cardData(m); // prefetch during the hover delay so the card shows at once
        void ensureCard();
        openTimer = window.setTimeout(() => void openCard(m), settings.hoverDelay);
      }
    }
    if (card.open) {
      if (m && m === shown) clearTimeout(closeTimer);
      else if (!closeTimer || m) {
        clearTimeout(closeTimer);
        closeTimer = window.setTimeout(() => {
          closeTimer = 0;
          if (hovered !== shown) closeCard();
        }, CLOSE_GRACE_MS);
      }
    }
  };

  function isOverHost(x: number, y: number): boolean {
    const r = card.host!.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  // Pointer, keyboard and popup wiring costs a little on every page, so it waits for the first mark.
  let wired = false;
  const removers: Array<() => void> = [];
  const wire = () => {
    if (wired || ctx.isInvalid) return;
    wired = true;
    watch();
    ctx.addEventListener(
      document,
      'pointermove',
      (e: PointerEvent) => {
        if (e.pointerType === 'touch') return;
        lastX = e.clientX;
        lastY = e.clientY;
        if (detector.mentions.size === 0 && !card.open) return;
        if (!frame) frame = requestAnimationFrame(onPointerFrame);
      },
      { capture: true, passive: true },
    );
    ctx.addEventListener(document, 'pointerleave', () => {
      hovered = null;
      clearTimeout(openTimer);
      if (card.open) closeTimer = window.setTimeout(closeCard, CLOSE_GRACE_MS);
    });
    ctx.addEventListener(
      window,
      'keydown',
      (e: KeyboardEvent) => {
        if (e.key === 'Escape' && card.open) closeCard();
      },
      { capture: true },
    );

    // ---- popup requests ----
    removers.push(
      onMessage('pageEntities', async () => {
        await detector.complete(); // a very large page is read near the viewport only, until asked
        const out: PageEntity[] = [];
        for (const [e, count] of detector.ctx.counts) {
          const [id, name, kind] = matcher.data.entities[e];
          if (kind === Kind.Cue) continue;
          out.push({ id, name, kind: kind === Kind.Actor ? 'actor' : 'drama', count });
        }
        return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      }),
      onMessage('reveal', async ({ data }) => {
        await detector.complete();
        return reveal(data.id);
      }),
      onMessage('openCardAtSelection', () => {
        const sel = getSelection();
        const node = sel?.anchorNode;
        const list = node && node.nodeType === Node.TEXT_NODE ? detector.mentions.get(node as Text) : undefined;
        const m = list?.find((x) => sel!.anchorOffset >= x.start && sel!.anchorOffset <= x.end) ?? list?.[0];
        if (!m) return false;
        void openCard(m, undefined, true);
        return true;
      }),
    );
  };

  function reveal(id: string): boolean {
    let first: Mention | null = null;
    for (const list of detector.mentions.values()) {
      for (const m of list) {
        if (matcher.data.entities[m.entity][0] !== id) continue;
        if (!first || first.node.compareDocumentPosition(m.node) & Node.DOCUMENT_POSITION_PRECEDING) first = m;
      }
    }
    if (!first) return false;
    first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const flash = new Highlight(rangeFor(first));
    CSS.highlights.set('dramalens-flash', flash);
    setTimeout(() => {
      if (CSS.highlights.get('dramalens-flash') === flash) CSS.highlights.delete('dramalens-flash');
    }, 1600);
    return true;
  }

  // ---- settings ----
  // Settings changes matter to a page that is switched off (it may be switched on) or has marks
  // (style, pause, "Not this"); a running page without marks starts watching with its first mark.
  const unwatch: Array<() => void> = [];
  const watch = () => {
    if (unwatch.length || ctx.isInvalid) return;
    unwatch.push(
      watchForPage((c) => {
        if (c.settings) {
          settings = c.settings;
          apply();
        }
        if (c.suppressions) {
          suppressions = c.suppressions;
          suppressedAliasKeys = suppressedAliases();
          suppressedHere = new Set(suppressions.entitiesBySite[host] ?? []);
          detector.rescanAll();
        }
      }),
    );
  };

  ctx.onInvalidated(() => {
    removeEventListener('scroll', onScroll, SCROLL_OPTS);
    detector.stop();
    card.destroy();
    CSS.highlights.delete('dramalens-flash');
    for (const r of removers) r();
    for (const u of unwatch) u();
  });

  apply();
}
