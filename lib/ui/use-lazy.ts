import { useEffect, useState } from 'preact/hooks';

/** Loaded values by their loader: once loaded, later users have them at their first render. */
const loaded = new Map<() => Promise<unknown>, unknown>();
const loading = new Map<() => Promise<unknown>, Promise<unknown>>();

/** Runs `load` once per page and remembers its value (a failed load is tried again next time). */
export function loadOnce<T>(load: () => Promise<T>): Promise<T> {
  let p = loading.get(load) as Promise<T> | undefined;
  if (!p) {
    p = load().then(
      (v) => (loaded.set(load, v), v),
      (e: unknown) => {
        loading.delete(load);
        throw e;
      },
    );
    loading.set(load, p);
  }
  return p;
}

/**
 * A value (usually a component) whose code loads on first use: undefined until `when` is true
 * and `load` has answered. `load` must be a stable function (defined at module level).
 */
export function useLazy<T>(load: () => Promise<T>, when = true): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => loaded.get(load) as T | undefined);
  useEffect(() => {
    if (!when || value !== undefined) return;
    let live = true;
    loadOnce(load).then((v) => live && setValue(() => v), () => undefined);
    return () => {
      live = false;
    };
  }, [when]);
  return value;
}
