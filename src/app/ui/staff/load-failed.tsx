// A list a staff screen could not load: why, read out at once, and "Try again", so nobody has to reload the page (which
// would lose what they were writing, such as a feed draft).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** A load as LoadFailed needs it: a useStaffData answer, or loads said as one (`asOne`). */
export interface Attempt {
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Props {
  load: Attempt;
  /** The alert's words, given the failure's own (which are the words when this is left out). */
  words?: (reason: string) => string;
}

/**
 * Draws nothing until `load` fails, then its words as an alert and "Try again". While a retry started here runs, the
 * alert is gone (a second failure is a new alert, read out again) and the button stays where it was, disabled and
 * saying "Trying again…". So a screen draws this wherever the list would be, not only when there is an error.
 */
export function LoadFailed({ load, words = (reason) => reason }: Props) {
  const { t } = useTranslation('staff');
  const [retried, setRetried] = useState(false);
  // Once the retry has settled, a later load (after a save, say) is the screen's own, not "Trying again…".
  if (retried && !load.loading) setRetried(false);
  const trying = retried && load.loading;
  if (load.error === null && !trying) return null;
  const retry = () => {
    if (trying) return;
    setRetried(true);
    load.reload();
  };
  return (
    <>
      {load.error !== null && (
        <p className="error" role="alert">
          {words(errorText(load.error))}
        </p>
      )}
      <div className="staff-actions">
        {/* aria-disabled, not disabled, while trying: a disabled button drops the keyboard focus the person clicked it with. */}
        <button type="button" className="button button-secondary" aria-disabled={trying || undefined} onClick={retry}>
          {trying ? t('retry.trying') : t('retry.action')}
        </button>
      </div>
    </>
  );
}

/** Several loads that make one list (posts published and waiting): failed if any failed; a retry loads those again. */
export const asOne = (...loads: readonly Attempt[]): Attempt => ({
  error: loads.find((l) => l.error !== null)?.error ?? null,
  loading: loads.some((l) => l.loading),
  reload: () => loads.filter((l) => l.error !== null).forEach((l) => l.reload()),
});
