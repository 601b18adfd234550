// The content script's lifetime: invalid once the extension is disabled, removed or updated (the
// old script's `runtime.id` goes away). A small stand-in for WXT's ContentScriptContext, which the
// boot script does without (see utils/ext.ts); same names for the parts used here.
import { ext } from '../utils/ext';

export class Life {
  // made on first use: the boot script runs on every page, and most never need it
  private controller: AbortController | null = null;
  private get ac(): AbortController {
    return (this.controller ??= new AbortController());
  }

  get isInvalid(): boolean {
    if (!this.ac.signal.aborted && ext().runtime?.id == null) this.ac.abort();
    return this.ac.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.ac.signal.addEventListener('abort', cb);
    return () => this.ac.signal.removeEventListener('abort', cb);
  }

  /** A listener that is removed when the script becomes invalid. */
  addEventListener<K extends keyof DocumentEventMap>(
    target: Document | Window | Element,
    type: K | string,
    handler: (e: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.ac.signal });
  }
}
