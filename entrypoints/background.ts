import details from '../generated/details.json';
import * as index from '../generated/content-index.js';
import { buildCard } from '../core/card-builder';
import type { Details } from '../core/details';
import { onMessage, sendMessage } from '../utils/messaging';
import { publishIndexTable } from '../utils/settings';

export default defineBackground(() => {
  // Content scripts read the hash table from storage together with their settings (one read,
  // no message); the alias table comes by message on a page's first candidate.
  void publishIndexTable(index.TABLE);
  onMessage('indexTable', () => index.TABLE);
  onMessage('indexRest', () => index.REST);
  onMessage('card', ({ data }) => buildCard(details as unknown as Details, data.id, data.page, data.alternatives));
  onMessage('inject', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const frameId = sender.frameId ?? 0;
    const file = data.part === 'detector' ? '/detector.js' : '/card-ui.js';
    if (import.meta.env.MANIFEST_VERSION === 3) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    } else {
      await browser.tabs.executeScript(tabId, { file, frameId });
    }
    return true;
  });
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
