// Retiring one item (admins only): why, then phones drop it at their next sync. Its history stays.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffOfferItem } from '../../../../shared/offer-staff';
import { StaffApiError } from '../../../api/request';
import { errorText } from '../../../ui/staff/error-text';
import { retireItem } from './api';
import { Modal } from './modal';

interface Props {
  item: StaffOfferItem;
  onRetired: (item: StaffOfferItem) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}

export function RetireDialog({ item, onRetired, onClose, onError }: Props) {
  const { t } = useTranslation('offer-staff');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setProblem(t('retire.reasonRequired'));
    setBusy(true);
    setProblem(null);
    try {
      onRetired(await retireItem(item.id, reason.trim()));
    } catch (err) {
      if (err instanceof StaffApiError && err.status === 401) onError(err);
      setProblem(t('retire.failed', { message: errorText(err) }));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('retire.title')} onClose={onClose}>
      <form onSubmit={(e) => void send(e)} noValidate>
        <p>{t('retire.what')}</p>
        <div className="stack">
          <label htmlFor="offer-retire-reason">{t('retire.reason')}</label>
          <textarea
            id="offer-retire-reason"
            value={reason}
            maxLength={500}
            aria-invalid={problem ? true : undefined}
            aria-describedby="offer-retire-problem"
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <p id="offer-retire-problem" role="alert" className={problem ? 'error' : undefined}>
          {problem}
        </p>
        <div className="staff-actions staff-dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('retire.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {t('retire.retire')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
