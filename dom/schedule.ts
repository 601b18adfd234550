// Yielding to the page between slices of work: no extension task may run long.

/** ms of work per slice before yielding (well under the 50 ms long-task line). */
export const SLICE_MS = 8;

// A message to ourselves runs in a new task without setTimeout's 4 ms clamp for nested calls.
let channel: MessageChannel | null = null;
const queue: Array<() => void> = [];

/** Run `cb` in a new task soon. */
export function nextTask(cb: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  queue.push(cb);
  channel.port2.postMessage(0);
}

/** Run `cb` when the page is idle (or after `timeout` ms at the latest). */
export function whenIdle(cb: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => cb(), { timeout });
  else setTimeout(cb, 50);
}
