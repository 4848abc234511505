// The fields a published version changed, each said as "Title: was …, now …" (the first version changed none: it is new).
import { useTranslation } from 'react-i18next';
import type { OfferFieldChange } from '../../../../shared/offer-staff';
import { describeValue } from './model/describe-value';

export function FieldChanges({ changes, version }: { changes: readonly OfferFieldChange[]; version: number | null }) {
  const { t } = useTranslation('offer-staff');
  const words = { empty: t('empty'), per: (per: string) => t(`editor.money.perOptions.${per}`, { defaultValue: per }) };
  if (changes.length === 0) return <p className="staff-meta">{t(version === 1 ? 'publish.firstVersion' : 'publish.noChanges')}</p>;
  return (
    <ul className="offer-plain-list offer-changes">
      {changes.map((c) => {
        const top = c.field.split('.')[0] ?? c.field;
        return (
          <li key={c.field}>
            {t('history.change', {
              field: t(`fieldNames.${top}`, { defaultValue: c.field }),
              before: describeValue(c.before, words),
              after: describeValue(c.after, words),
            })}
          </li>
        );
      })}
    </ul>
  );
}
