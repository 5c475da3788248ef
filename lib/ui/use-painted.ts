import { useEffect, useState } from 'preact/hooks';

/** How long to wait for an animation frame before assuming the page is hidden. */
const HIDDEN_PAGE_WAIT_MS = 250;

/**
 * The last non-null `value` that has been on screen for a frame: null until then, and it keeps
 * the previous value while a new one waits for its frame. The popup starts secondary work
 * (facet counts, the background's popup-opened bookkeeping) on it, so that work never
 * competes with the first page of rows for IndexedDB or the main thread.
 */
export function usePainted<T>(value: T | null): T | null {
  const [painted, setPainted] = useState<T | null>(null);
  useEffect(() => {
    if (value === null) return;
    const done = () => setPainted(() => value);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame showing `value` is produced after the next animation frame callback; the task
    // after it runs once it is out. A hidden page gets no frames: then go on after a moment.
    const frame = requestAnimationFrame(() => {
      clearTimeout(fallback);
      timer = setTimeout(done, 0);
    });
    const fallback = setTimeout(() => {
      cancelAnimationFrame(frame);
      done();
    }, HIDDEN_PAGE_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
