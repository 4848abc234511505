// "Acknowledge": one tap that tells the young person their request has been received. The button waits for the
// server's answer; when the server could not take it, the screen says why and the button stays to try again.
import { useTranslation } from 'react-i18next';
import type { RequestCase } from '../../../../shared/requests/staff';
import { actOnCase } from '../../../api/staff/requests';
import { useStaffAction } from '../../../ui/staff/use-staff-action';

interface Props {
  caseId: string;
  onChanged: (c: RequestCase) => void;
  onError: (e: unknown) => void;
}

export function AcknowledgeButton({ caseId, onChanged, onError }: Props) {
  const { t } = useTranslation('requests-staff');
  const { busy, problem, run } = useStaffAction(onError);

  const acknowledge = () => run(async () => onChanged(await actOnCase(caseId, { path: 'acknowledge' })));

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
