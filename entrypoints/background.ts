import details from '../generated/details.json';
import { buildCard } from '../core/card-builder';
import type { Details } from '../core/details';
import { onMessage, sendMessage } from '../utils/messaging';

export default defineBackground(() => {
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
