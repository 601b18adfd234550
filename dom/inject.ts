// Code the boot content script does not carry: injected by the background into this frame when
// first needed (the card UI on the first hover, the full detector on the first candidate name), and
// handed over through a symbol on the shared isolated world's global.
import { type BootMessage, type Part, ext } from '../utils/ext';

const key = (part: Part) => Symbol.for(`dramalens.${part}`);
const loading = new Map<Part, Promise<unknown>>();

/** Called by an injected script to hand over its exports. */
export function provide(part: Part, exports: unknown): void {
  (globalThis as Record<symbol, unknown>)[key(part)] ??= exports;
}

export function load<T>(part: Part): Promise<T | null> {
  const ready = (globalThis as Record<symbol, unknown>)[key(part)] as T | undefined;
  if (ready) return Promise.resolve(ready);
  let p = loading.get(part) as Promise<T | null> | undefined;
  if (!p) {
    // a plain runtime message: the boot script carries no messaging library (utils/ext.ts)
    const msg: BootMessage = { dramalens: 'inject', part };
    p = (ext().runtime.sendMessage(msg) as Promise<unknown>)
      .then(() => ((globalThis as Record<symbol, unknown>)[key(part)] as T | undefined) ?? null)
      .catch(() => null)
      .finally(() => loading.delete(part));
    loading.set(part, p);
  }
  return p;
}
