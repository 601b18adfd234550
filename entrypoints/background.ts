import details from '../generated/details.json';
import { buildCard } from '../core/card-builder';
import type { Details } from '../core/details';
import { onMessage, sendMessage } from '../utils/messaging';

export default defineBackground(() => {
  onMessage('card', ({ data }) => buildCard(details as unknown as Details, data.id, data.page, data.alternatives));
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-card') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('openCardAtSelection', undefined, tab.id).catch(() => false);
  });
});
