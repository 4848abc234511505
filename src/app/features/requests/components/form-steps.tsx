// The form's question steps (the contact step and the last "Ready to send?" step have their own files). Each draws
// its fields under the step's heading (`labelId`) and hands every change to `change` at once, to be saved.
import { useTranslation } from 'react-i18next';
import { MAX_YOUNG_PERSON_TEXT } from '../../../../shared/text';
import { REQUEST_TOPICS, REQUEST_WHEN } from '../../../../shared/requests/request';
import type { FormKind, RequestAnswers } from '../model/request-form';
import { RadioChoices } from '../../../ui/kit/choices';
import { TextField } from './form-fields';

export interface StepProps {
  door: FormKind;
  answers: RequestAnswers;
  change: (patch: Partial<RequestAnswers>) => void;
  labelId: string;
}

export function TopicStep({ answers, change, labelId }: StepProps) {
  const { t } = useTranslation('requests');
  const options = REQUEST_TOPICS.map((value) => ({ value, text: t(`topic.${value}`) }));
  return <RadioChoices labelId={labelId} options={options} value={answers.topic} onChange={(topic) => change({ topic })} />;
}

export function WhatStep({ door, answers, change }: StepProps) {
  const { t } = useTranslation('requests');
  return (
    <>
      <p className="requests-hint">{t('form.what.private')}</p>
      <TextField
        label={door === 'question' ? t('form.what.question') : t('form.what.details')}
        multiline
        maxLength={MAX_YOUNG_PERSON_TEXT * 4}
        value={answers.details}
        onChange={(details) => change({ details })}
      />
      {door !== 'compliment' && door !== 'question' && (
        <TextField
          label={t('form.what.wanted')}
          multiline
          maxLength={MAX_YOUNG_PERSON_TEXT * 2}
          value={answers.wanted}
          onChange={(wanted) => change({ wanted })}
        />
      )}
    </>
  );
}

export function WhenStep({ answers, change, labelId }: StepProps) {
  const { t } = useTranslation('requests');
  const options = REQUEST_WHEN.map((value) => ({ value, text: t(`form.when.${value}`) }));
  return (
    <>
      <RadioChoices labelId={labelId} options={options} value={answers.when} onChange={(when) => change({ when })} />
      {/* Never refused for being old: the council is told and decides, and the young person is told that. */}
      {answers.when === 'over-a-year' && (
        <p className="requests-note" role="status">
          {t('form.when.overYear')}
        </p>
      )}
    </>
  );
}

export function WhoStep({ answers, change, labelId }: StepProps) {
  const { t } = useTranslation('requests');
  const who = [
    { value: 'me' as const, text: t('form.who.me') },
    { value: 'someone' as const, text: t('form.who.someone') },
  ];
  const groups = (['in-care', 'care-leaver', 'not-said'] as const).map((value) => ({ value, text: t(`form.who.${value}`) }));
  return (
    <>
      <RadioChoices labelId={labelId} options={who} value={answers.who} onChange={(w) => change({ who: w })} />
      {answers.who === 'me' && (
        <>
          <p className="kit-legend" id={`${labelId}-asker`}>
            {t('form.who.asker')}
          </p>
          <RadioChoices labelId={`${labelId}-asker`} options={groups} value={answers.asker} onChange={(asker) => change({ asker })} />
        </>
      )}
      {answers.who === 'someone' && (
        <>
          <TextField label={t('form.who.name')} maxLength={120} value={answers.onBehalfName} onChange={(onBehalfName) => change({ onBehalfName })} />
          <TextField
            label={t('form.who.relationship')}
            maxLength={120}
            value={answers.onBehalfRelationship}
            onChange={(onBehalfRelationship) => change({ onBehalfRelationship })}
          />
        </>
      )}
    </>
  );
}

export function AdvocateStep({ answers, change, labelId }: StepProps) {
  const { t } = useTranslation('requests');
  const options = (['yes', 'no', 'not-sure'] as const).map((value) => ({ value, text: t(`form.advocate.${value}`) }));
  return (
    <>
      <p className="requests-hint" id={`${labelId}-about`}>
        {t('form.advocate.about')}
      </p>
      <RadioChoices
        labelId={labelId}
        describedBy={`${labelId}-about`}
        options={options}
        value={answers.wantsAdvocate}
        onChange={(wantsAdvocate) => change({ wantsAdvocate })}
      />
    </>
  );
}

export function LanguageStep({ answers, change }: StepProps) {
  const { t } = useTranslation('requests');
  return (
    <TextField
      label={t('form.language.label')}
      hint={t('form.language.hint')}
      maxLength={120}
      value={answers.language}
      onChange={(language) => change({ language })}
    />
  );
}
