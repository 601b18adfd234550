import details from '../generated/details.json';
import * as index from '../generated/content-index.js';
import { buildCard } from '../core/card-builder';
import type { Details } from '../core/details';
import { onMessage, sendMessage } from '../utils/messaging';
import type { Browser } from 'wxt/browser';
import type { BootMessage, Part } from '../utils/ext';

/** Inject a part of the content script into the sender's frame. */
async function inject(part: Part, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const frameId = sender.frameId ?? 0;
  const file = part === 'detector' ? '/detector.js' : '/card-ui.js';
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
  return true;
}

export default defineBackground(() => {
  // The content script carries the hash table itself; the alias table comes by message on a
  // page's first candidate. Earlier builds kept the hash table in storage: drop it.
  browser.runtime.onInstalled.addListener(() => void browser.storage.local.remove('indexTable'));
  // The boot content script's requests come as plain runtime messages (it carries no messaging
  // library: utils/ext.ts); the rest use @webext-core/messaging.
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as BootMessage | null;
    if (m?.dramalens === 'inject') return inject(m.part, sender);
    return undefined;
  });
  onMessage('indexRest', () => index.REST);
  onMessage('card', ({ data }) => buildCard(details as unknown as Details, data.id, data.page, data.alternatives));
  onMessage('openEntity', async ({ data, sender }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/entity.html#${encodeURIComponent(data.id)}`), index: sender.tab ? sender.tab.index + 1 : undefined });
    return true;
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-card') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('openCardAtSelection', undefined, tab.id).catch(() => false);
  });
});
