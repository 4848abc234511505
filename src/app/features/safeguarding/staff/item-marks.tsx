// What a queue item's card says about time and people: when it is due (past due said in words, not only colour),
// whether it was escalated and to whom, and who it is given to.
import { useTranslation } from 'react-i18next';
import type { SafeguardingItemView } from '../../../../shared/safeguarding';
import { formatTime } from '../../../ui/staff/dates';
import { dueInfo } from './model/due';

export function ItemMarks({ item, now }: { item: SafeguardingItemView; now: Date }) {
  const { t, i18n } = useTranslation('staff');
  const when = (iso: string) => formatTime(iso, i18n.language);
  const due = dueInfo(item, now);
  return (
    <div className="safeguarding-marks">
      {due.dueAt !== null && due.state !== 'dealt-with' && (
        <p className={`staff-badge safeguarding-due safeguarding-due-${due.state}`}>
          {t(`safeguarding.due.${due.state}`, { time: when(due.dueAt) })}
        </p>
      )}
      {item.escalatedTo && (
        <p className="staff-flag staff-flag-harm">
          {t('safeguarding.escalatedTo', { name: item.escalatedTo.name, time: when(item.escalatedTo.at) })}
        </p>
      )}
      <p className="staff-meta">{item.assignedTo ? t('safeguarding.assignedTo', { name: item.assignedTo.name }) : t('safeguarding.notAssigned')}</p>
    </div>
  );
}
