import './highlight.css';
import { bootstrap } from '../../dom/bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage on start: pages with careless message listeners see nothing of us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void bootstrap(ctx).catch(() => {
      /* never let an error reach the page's console */
    });
  },
});
