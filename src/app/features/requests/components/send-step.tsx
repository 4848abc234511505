// "Ready to send?": what will be sent, in the young person's own words, before they press Send.
import { useTranslation } from 'react-i18next';
import type { FormKind, RequestAnswers } from '../model/request-form';

export function SendSummary({ door, answers, urgent }: { door: FormKind; answers: RequestAnswers; urgent: boolean }) {
  const { t } = useTranslation('requests');
  const none = t('form.send.none');
  const how =
    answers.method === 'through-worker' && answers.worker
      ? t(`form.contact.workers.${answers.worker}`)
      : answers.method
        ? `${t(`form.contact.${answers.method}`)}: ${answers.value ?? ''}`
        : none;
  return (
    <>
      <p>{t('form.send.intro')}</p>
      <dl className="requests-summary">
        {door !== 'contact-me' && (
          <>
            {door !== 'question' && (
              <>
                <dt>{t('form.topic.title')}</dt>
                <dd>{answers.topic ? t(`topic.${answers.topic}`) : none}</dd>
              </>
            )}
            <dt>{door === 'question' ? t('form.send.question') : t('form.send.what')}</dt>
            <dd dir="auto">{answers.details?.trim() || none}</dd>
            {door !== 'compliment' && door !== 'question' && (
              <>
                <dt>{t('form.send.wanted')}</dt>
                <dd dir="auto">{answers.wanted?.trim() || none}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('form.send.contact')}</dt>
        <dd dir="auto">{how}</dd>
      </dl>
      {urgent && <p className="requests-note">{t('form.send.urgent')}</p>}
    </>
  );
}
