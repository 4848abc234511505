// After sending: thank you, what the council will do with the answers (the version's own words), and whether the
// answers are still waiting for a signal or have arrived. If the council refused them, the screen says why and the
// answers stay on the phone, where the young person can see them (until they let them go from the status bar).
import { useTranslation } from 'react-i18next';
import type { SurveyQuestion, SurveyVersion } from '../../../../shared/survey/definition';
import { refusalKey } from '../../../api/refusal';
import { ScreenTitle } from '../../../ui/read-aloud';
import { BackLink } from '../../../ui/kit/back-link';
import { useRefusedSurvey, useSendState } from '../data/use-surveys';
import { wordsLanguage } from '../model/survey-model';

export function ThankYou({ version }: { version: SurveyVersion }) {
  const { t, i18n } = useTranslation('surveys');
  const lang = wordsLanguage(i18n.language);
  const state = useSendState(version.id);
  return (
    <>
      <ScreenTitle>{t('thanks.title')}</ScreenTitle>
      <p>{version.afterwards[lang]}</p>
      <p className={`survey-status survey-status-${state ?? 'loading'}`} role="status">
        {state ? t(`thanks.${state}`) : ''}
      </p>
      {state === 'refused' && <RefusedAnswers version={version} />}
      <BackLink href="/">{t('thanks.home')}</BackLink>
    </>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An answer in the words the young person chose it by. */
function answerWords(q: SurveyQuestion | undefined, value: unknown, lang: 'en' | 'cy' | 'ar', t: Translate): string {
  const one = (v: unknown): string => {
    const id = String(v);
    if (!q) return id;
    if (q.type === 'single' || q.type === 'multiple') return q.choices?.find((c) => c.id === id)?.text[lang] ?? id;
    if (q.type === 'faces' || q.type === 'frequency' || q.type === 'agree' || q.type === 'yes-no') return t(`answers.${q.type}.${id}`);
    return id;
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

function RefusedAnswers({ version }: { version: SurveyVersion }) {
  const { t, i18n } = useTranslation('surveys');
  const lang = wordsLanguage(i18n.language);
  const refused = useRefusedSurvey(version.id);
  if (!refused) return null;
  const byId = new Map(version.questions.map((q) => [q.id, q]));
  const answered = Object.entries(refused.answers).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <div className="survey-refused">
      <p>{t('thanks.why', { reason: t(`common:${refusalKey(refused.code)}`) })}</p>
      <details>
        <summary>{t('thanks.seeAnswers')}</summary>
        <p className="survey-hint">{t('thanks.keptHere')}</p>
        <dl className="survey-refused-answers">
          {answered.map(([id, value]) => (
            <div key={id}>
              <dt>{byId.get(id)?.text[lang] ?? id}</dt>
              <dd>{answerWords(byId.get(id), value, lang, t as Translate)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
