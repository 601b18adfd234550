// Typed messages between content scripts, the background and extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardData } from '../core/card-data';

export interface PageEntity {
  id: string;
  name: string;
  kind: 'actor' | 'drama';
  count: number;
}

interface Protocol {
  /** content -> background: the alias table (JSON), asked for on a page's first candidate */
  indexRest(): string;
  /** content -> background: everything a card shows, articles ranked for this page */
  card(req: { id: string; page: string[]; alternatives: string[] }): CardData | null;
  /** content -> background: open an entity page in a new tab */
  openEntity(req: { id: string }): boolean;
  /** popup -> content (tab): entities marked on the page */
  pageEntities(): PageEntity[];
  /** popup -> content (tab): scroll to the first mention of an entity and flash it */
  reveal(req: { id: string }): boolean;
  /** background -> content: keyboard command */
  openCardAtSelection(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
