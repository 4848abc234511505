// The item's money (pounds typed, pence sent) and what keeps it right: languages, what the law expects it to be, when
// it was last checked and must be checked again, who keeps it right, and its place in its category.
import { useTranslation } from 'react-i18next';
import { OFFER_AMOUNT_PER, STATUTORY_KEYS, type StatutoryKey } from '../../../../shared/offer';
import type { AmountPer } from './model/editor-form';
import { FieldProblem, invalidProps, type PartProps } from './form-parts';

export function MoneyFields({ form, set, problem }: PartProps) {
  const { t } = useTranslation('offer-staff');
  const p = problem('amount.pence');
  return (
    <fieldset className="staff-fieldset">
      <legend>{t('editor.money.legend')}</legend>
      <div className="stack">
        <label htmlFor="offer-amount-pence">{t('editor.money.pounds')}</label>
        <input
          {...invalidProps('amount.pence', p)}
          inputMode="decimal"
          className="offer-short"
          value={form.pounds}
          onChange={(e) => set({ pounds: e.target.value })}
        />
        <FieldProblem path="amount.pence" problem={p} />
      </div>
      <div className="stack">
        <label htmlFor="offer-amount-per">{t('editor.money.per')}</label>
        <select id="offer-amount-per" value={form.per} onChange={(e) => set({ per: e.target.value as AmountPer })}>
          {OFFER_AMOUNT_PER.map((per) => (
            <option key={per} value={per}>
              {t(`editor.money.perOptions.${per}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

type TextKey = 'languages' | 'lastChecked' | 'checkBy' | 'owner' | 'sortOrder';
const BOXES: readonly { key: TextKey; type: 'text' | 'date'; numeric?: boolean }[] = [
  { key: 'languages', type: 'text' },
  { key: 'lastChecked', type: 'date' },
  { key: 'checkBy', type: 'date' },
  { key: 'owner', type: 'text' },
  { key: 'sortOrder', type: 'text', numeric: true },
];

export function DetailFields({ form, set, problem }: PartProps) {
  const { t } = useTranslation('offer-staff');
  return (
    <fieldset className="staff-fieldset">
      <legend>{t('editor.details.legend')}</legend>
      <div className="stack">
        <label htmlFor="offer-statutory">{t('editor.details.statutory')}</label>
        <select id="offer-statutory" value={form.statutory} onChange={(e) => set({ statutory: e.target.value as StatutoryKey | '' })}>
          <option value="">{t('editor.details.statutoryNone')}</option>
          {STATUTORY_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`editor.details.statutoryKeys.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {BOXES.map(({ key, type, numeric }) => {
        const p = problem(key);
        return (
          <div key={key} className="stack">
            <label htmlFor={`offer-${key}`}>{t(`editor.details.${key}`)}</label>
            <input
              {...invalidProps(key, p)}
              type={type}
              inputMode={numeric ? 'numeric' : undefined}
              className={numeric ? 'offer-short' : undefined}
              value={form[key]}
              onChange={(e) => set({ [key]: e.target.value })}
            />
            <FieldProblem path={key} problem={p} />
          </div>
        );
      })}
    </fieldset>
  );
}
