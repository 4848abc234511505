// A staff action (a save, an assignment, an acknowledgement) waits for the server's answer: busy while it runs, and
// when the server could not take it, the failure goes to the staff area (401 → sign-in) and its words to the screen.
import { useCallback, useState } from 'react';
import { errorText } from './error-text';

/**
 * `run(work)` clears the last problem, is busy until `work` settles, and resolves true when it worked; on a failure
 * it resolves false, passes the failure to `onError` and keeps its words in `problem`, for the screen to show where
 * the person acted (with role="alert"). `setProblem` is for what the form itself finds wrong before sending.
 */
export function useStaffAction(onError: (e: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setProblem(null);
      setBusy(true);
      try {
        await work();
        return true;
      } catch (err) {
        onError(err);
        setProblem(errorText(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );
  return { busy, problem, setProblem, run };
}
