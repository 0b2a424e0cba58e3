import { useCallback, useState } from "react";

/** A value remembered on this device (localStorage), validated when read back. */
export const useStoredState = <T extends string>(
  key: string,
  isValid: (value: string) => value is T,
  fallback: T,
): [T, (value: T) => void] => {
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = window.localStorage.getItem(key);
      return saved !== null && isValid(saved) ? saved : fallback;
    } catch {
      return fallback;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Storage unavailable: the value is kept for this visit only.
      }
    },
    [key],
  );
  return [value, update];
};
