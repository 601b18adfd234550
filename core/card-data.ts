// What the background sends a content script to render a card.
import type { EntityDetail } from './details';
import type { Article } from './schema';

export interface CardData {
  detail: EntityDetail;
  /** best first, at most 3 */
  articles: Article[];
  /** other entities this name could mean, when the page could not decide */
  alternatives: Array<{ id: string; name: string; kind: 'actor' | 'drama'; hint: string }>;
}
