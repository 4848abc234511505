// A feed item's status ("Planned", "In progress", "Done", "Can't do"): chosen in a form, shown as a badge.
import { useTranslation } from 'react-i18next';
import { FEED_STATUSES, type FeedStatus } from '../../../../shared/feed';

export function StatusSelect({ id, label, value, onChange }: { id: string; label: string; value: FeedStatus; onChange: (s: FeedStatus) => void }) {
  const { t } = useTranslation('staff');
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as FeedStatus)}>
        {FEED_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function StatusBadge({ status }: { status: FeedStatus }) {
  const { t } = useTranslation('staff');
  return <span className={`staff-badge staff-badge-${status}`}>{t(`statuses.${status}`)}</span>;
}
