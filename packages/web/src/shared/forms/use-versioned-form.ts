import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Form state for a record edited with optimistic concurrency. The form remembers the version it was
 * filled from (`baseVersion`, sent with the save). While untouched it follows the record as it refreshes;
 * once edited it keeps the user's text, and a stale save (409) is answered by `reset` with the current record.
 */
export const useVersionedForm = <T>(source: T, version: number) => {
  const [values, setValues] = useState<T>(source);
  const [baseVersion, setBaseVersion] = useState(version);
  const [dirty, setDirty] = useState(false);
  const latest = useRef({ source, version });
  latest.current = { source, version };

  useEffect(() => {
    if (!dirty && version !== baseVersion) {
      setValues(latest.current.source);
      setBaseVersion(version);
    }
  }, [version, dirty, baseVersion]);

  const update = useCallback((patch: Partial<T>) => {
    setValues((v) => ({ ...v, ...patch }));
    setDirty(true);
  }, []);

  const replace = useCallback((next: T) => {
    setValues(next);
    setDirty(true);
  }, []);

  const reset = useCallback((next?: T, nextVersion?: number) => {
    setValues(next ?? latest.current.source);
    setBaseVersion(nextVersion ?? latest.current.version);
    setDirty(false);
  }, []);

  return { values, update, replace, reset, dirty, baseVersion };
};
