// Who an item is for: ages (both ends included), care leaver statuses, and the any / only / not conditions.
import { useTranslation } from 'react-i18next';
import { CARE_LEAVER_STATUSES, CONDITION, type Condition } from '../../../../shared/offer';
import { NATIONS } from '../../../../shared/requests/request';
import { FieldProblem, invalidProps, type PartProps } from './form-parts';

const CONDITIONS = ['outOfArea', 'inEducation', 'uasc'] as const;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function EligibilityFields({ form, set, problem }: PartProps) {
  const { t } = useTranslation('offer-staff');
  const minP = problem('eligibility.minAge');
  const maxP = problem('eligibility.maxAge');
  return (
    <fieldset className="staff-fieldset">
      <legend>{t('editor.eligibility.legend')}</legend>
      <p className="small" id="offer-ages-hint">
        {t('editor.eligibility.agesHint')}
      </p>
      <div className="stack">
        <label htmlFor="offer-eligibility-minAge">{t('editor.eligibility.minAge')}</label>
        <input
          {...invalidProps('eligibility.minAge', minP, 'offer-ages-hint')}
          inputMode="numeric"
          className="offer-short"
          value={form.minAge}
          onChange={(e) => set({ minAge: e.target.value })}
        />
        <FieldProblem path="eligibility.minAge" problem={minP} />
      </div>
      <div className="stack">
        <label htmlFor="offer-eligibility-maxAge">{t('editor.eligibility.maxAge')}</label>
        <input
          {...invalidProps('eligibility.maxAge', maxP, 'offer-ages-hint')}
          inputMode="numeric"
          className="offer-short"
          value={form.maxAge}
          onChange={(e) => set({ maxAge: e.target.value })}
        />
        <FieldProblem path="eligibility.maxAge" problem={maxP} />
      </div>
      <fieldset className="staff-choices">
        <legend>{t('editor.eligibility.statuses')}</legend>
        {CARE_LEAVER_STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={form.statuses.includes(s)}
              onChange={(e) => set({ statuses: toggle(form.statuses, s, e.target.checked) })}
            />{' '}
            {t(`editor.eligibility.statusNames.${s}`)}
          </label>
        ))}
        <FieldProblem path="eligibility.statuses" problem={problem('eligibility.statuses')} />
      </fieldset>
      {CONDITIONS.map((c) => (
        <fieldset key={c} className="staff-choices">
          <legend>{t(`editor.eligibility.${c}`)}</legend>
          {CONDITION.map((v) => (
            <label key={v}>
              <input type="radio" name={`offer-${c}`} checked={form[c] === v} onChange={() => set({ [c]: v as Condition })} />{' '}
              {t(`editor.eligibility.conditions.${v}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset className="staff-choices">
        <legend>{t('editor.eligibility.nations')}</legend>
        {NATIONS.map((n) => (
          <label key={n}>
            <input type="checkbox" checked={form.nations.includes(n)} onChange={(e) => set({ nations: toggle(form.nations, n, e.target.checked) })} />{' '}
            {t(`editor.eligibility.nationNames.${n}`)}
          </label>
        ))}
      </fieldset>
      <FieldProblem path="eligibility" problem={problem('eligibility')} />
    </fieldset>
  );
}
