// Yielding to the page between slices of work: no extension task may run long.

/** ms of work per slice before yielding (well under the 50 ms long-task line). */
export const SLICE_MS = 8;

type Sched = { postTask?: (cb: () => void, o?: { priority?: string }) => Promise<void> };

/** Run `cb` in a new task soon (background priority where the browser has a scheduler). */
export function nextTask(cb: () => void): void {
  const s = (globalThis as unknown as { scheduler?: Sched }).scheduler;
  if (s?.postTask) {
    void s.postTask(cb, { priority: 'user-visible' }).catch(() => {});
    return;
  }
  setTimeout(cb, 0);
}

/** Run `cb` when the page is idle (or after `timeout` ms at the latest). */
export function whenIdle(cb: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => cb(), { timeout });
  else setTimeout(cb, 50);
}
