// "Acknowledge": one tap that tells the young person their request has been received. The button waits for the
// server's answer; when the server could not take it, the screen says why and the button stays to try again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestCase } from '../../../../shared/requests/staff';
import { actOnCase } from '../../../api/staff/requests';
import { errorText } from '../../../ui/staff/error-text';

interface Props {
  caseId: string;
  onChanged: (c: RequestCase) => void;
  onError: (e: unknown) => void;
}

export function AcknowledgeButton({ caseId, onChanged, onError }: Props) {
  const { t } = useTranslation('requests-staff');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const acknowledge = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await actOnCase(caseId, { path: 'acknowledge' }));
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void acknowledge()}>
        {t('actions.acknowledge')}
      </button>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
