// How to reach the young person, and what is safe: a call, a text, a message left, and when. Nothing is assumed
// safe: a box left empty means "don't".
import { useTranslation } from 'react-i18next';
import { CONTACT_METHODS, CONTACT_TIMES, CONTACT_WORKERS } from '../../../../shared/requests/request';
import { RadioChoices, TickChoices } from '../../../ui/kit/choices';
import { TextField } from './form-fields';
import type { StepProps } from './form-steps';

const SAFE = ['safeToCall', 'safeToText', 'safeToLeaveMessage'] as const;
type Safe = (typeof SAFE)[number];

export function ContactStep({ answers, change, labelId }: StepProps) {
  const { t } = useTranslation('requests');
  const methods = CONTACT_METHODS.map((value) => ({ value, text: t(`form.contact.${value}`) }));
  const workers = CONTACT_WORKERS.map((value) => ({ value, text: t(`form.contact.workers.${value}`) }));
  const times = CONTACT_TIMES.map((value) => ({ value, text: t(`form.contact.timeNames.${value}`) }));
  const safe = SAFE.map((value) => ({ value, text: t(`form.contact.${value}`) }));
  const m = answers.method;
  const safeNow = SAFE.filter((k) => answers[k] === true);
  const setSafe = (on: Safe[]) => change(Object.fromEntries(SAFE.map((k) => [k, on.includes(k)])));
  return (
    <>
      <RadioChoices labelId={labelId} options={methods} value={m} onChange={(method) => change({ method })} />
      {(m === 'phone' || m === 'text') && (
        <TextField
          label={t('form.contact.number')}
          type="tel"
          autoComplete="tel"
          maxLength={20}
          value={answers.value}
          onChange={(value) => change({ value })}
        />
      )}
      {m === 'email' && (
        <TextField
          label={t('form.contact.address')}
          type="email"
          autoComplete="email"
          maxLength={200}
          value={answers.value}
          onChange={(value) => change({ value })}
        />
      )}
      {m === 'through-worker' && (
        <>
          <p className="kit-legend" id={`${labelId}-worker`}>
            {t('form.contact.worker')}
          </p>
          <RadioChoices labelId={`${labelId}-worker`} options={workers} value={answers.worker} onChange={(worker) => change({ worker })} />
        </>
      )}
      {m && (
        <>
          <TickChoices legend={t('form.contact.safe')} hint={t('form.contact.safeHint')} options={safe} value={safeNow} onChange={setSafe} />
          <TickChoices
            legend={t('form.contact.times')}
            options={times}
            value={answers.bestTimes ?? []}
            onChange={(bestTimes) => change({ bestTimes })}
          />
        </>
      )}
    </>
  );
}
