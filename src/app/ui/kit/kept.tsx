// A tap that writes to this phone (IndexedDB) and what the kit says when the phone could not keep it: the young
// person sees it where they acted, never only a log line, and nothing is taken for kept that was not.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Keep {
  /**
   * Runs `write`; `then` gets its answer once kept. When it rejects, `failed(key)` is true until the next write (the
   * key tells apart the items of a list, each with its own button).
   */
  keep<T>(write: () => Promise<T>, then?: (value: T) => void, key?: string): void;
  failed(key?: string): boolean;
}

export function useKeep(): Keep {
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const keep = useCallback(<T,>(write: () => Promise<T>, then?: (value: T) => void, key = '') => {
    setFailedKey(null);
    write().then(
      (value) => then?.(value),
      () => setFailedKey(key),
    );
  }, []);
  const failed = useCallback((key = '') => failedKey === key, [failedKey]);
  return { keep, failed };
}

/** "This could not be saved on this phone. Please try again." (or `children`), as an alert, when `shown`. */
export function NotKept({ shown, className, children }: { shown: boolean; className?: string; children?: string }) {
  const { t } = useTranslation('common');
  if (!shown) return null;
  return (
    <p className={className} role="alert">
      {children ?? t('notSaved')}
    </p>
  );
}
