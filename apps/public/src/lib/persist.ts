import { useEffect, useState } from 'react';

/** State that survives a reload or a closed tab: what people type is never lost to a bad signal. */
export function usePersistentState<T>(key: string, initial: () => T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw ? { ...initial(), ...(JSON.parse(raw) as T) } : initial();
    } catch {
      return initial();
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or blocked: kept for this visit only.
    }
  }, [key, value]);
  const clear = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  };
  return [value, setValue, clear] as const;
}
