// A draft's details: status (with the reason when it can't be done), district, who is responsible, and dates.
import { useTranslation } from 'react-i18next';
import { DistrictSelect, type DistrictOption } from '../../../ui/staff/district-select';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import type { FeedFormProblem, FeedItemForm } from './model/feed-forms';
import { StatusSelect } from './status';

export type SetField = <K extends keyof FeedItemForm>(key: K, value: FeedItemForm[K]) => void;

interface Props {
  form: FeedItemForm;
  set: SetField;
  has: (p: FeedFormProblem) => boolean;
  districts: readonly DistrictOption[];
}

export function EditorDetails({ form, set, has, districts }: Props) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h2>{t('feed.editor.details')}</h2>
      <StatusSelect id="status" label={t('feed.status')} value={form.status} onChange={(s) => set('status', s)} />
      {form.status === 'cant-do' && (
        <fieldset className="staff-fieldset">
          <legend>{t('feed.editor.reasonLegend')}</legend>
          <p className="small">{t('feed.editor.reasonHint')}</p>
          <LocalizedFields
            id="reason"
            field={t('feed.because')}
            value={form.cantDoReason}
            onChange={(v) => set('cantDoReason', v)}
            multiline
            invalid={has('reason-required')}
            describedBy="feed-problems"
          />
        </fieldset>
      )}
      <DistrictSelect id="district" label={t('feed.district')} value={form.districtId} onChange={(v) => set('districtId', v)} districts={districts} />
      <label htmlFor="responsible">{t('feed.responsible')}</label>
      <input
        id="responsible"
        value={form.responsible}
        onChange={(e) => set('responsible', e.target.value)}
        aria-describedby="responsible-hint feed-problems"
        aria-invalid={has('responsible-required') || undefined}
      />
      <p id="responsible-hint" className="small">
        {t('feed.editor.responsibleHint')}
      </p>
      <label htmlFor="start-on">{t('feed.editor.startOn')}</label>
      <input id="start-on" type="date" value={form.startOn} onChange={(e) => set('startOn', e.target.value)} />
      <label htmlFor="due-on">{t('feed.editor.dueOn')}</label>
      <input
        id="due-on"
        type="date"
        value={form.dueOn}
        onChange={(e) => set('dueOn', e.target.value)}
        aria-invalid={has('due-before-start') || undefined}
        aria-describedby="feed-problems"
      />
    </>
  );
}
