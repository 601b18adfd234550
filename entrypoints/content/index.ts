import './highlight.css';
import * as index from '../../generated/content-index.js';
import { startDramalens } from '../../dom/dramalens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void startDramalens(ctx, index).catch(() => {
      /* never let an error reach the page's console */
    });
  },
});
