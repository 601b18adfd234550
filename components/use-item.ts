// Preact hook over a WXT storage item: current value, live updates, setter.
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from '#imports';

export function useItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T | null, (v: T) => Promise<void>] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const un = item.watch((v) => setValue(v));
    return () => {
      live = false;
      un();
    };
  }, [item]);
  return [value, (v: T) => item.setValue(v)];
}
