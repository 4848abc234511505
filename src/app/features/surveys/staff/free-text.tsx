// The band's free-text answers, redacted (names, phone numbers, emails and addresses removed before anyone reads
// them), for the roles the server sends them to; an answer the safety check doubted is marked.
import { useTranslation } from 'react-i18next';
import type { BandResult } from '../../../../shared/survey/results';
import { useFigures } from './figures';

export function FreeText({ band }: { band: BandResult }) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  const texts = band.freeText ?? [];
  const question = (id: string) => {
    const q = band.questions.find((x) => x.id === id);
    return q ? f.words(q.text) : id;
  };
  return (
    <section aria-labelledby="survey-free-text-title" className="survey-free-text">
      <h3 id="survey-free-text-title">{t('freeText.title')}</h3>
      <p>{t('freeText.intro')}</p>
      {texts.length === 0 && <p>{t('freeText.none')}</p>}
      <ul className="staff-list">
        {texts.map((x, i) => (
          // The answers come in the server's order and have no id of their own (they are anonymous).
          <li key={i} className={`staff-card${x.flagged ? ' survey-flagged' : ''}`}>
            <p className="staff-meta" dir="auto">
              {question(x.questionId)} · {f.month(x.month)}
            </p>
            {x.flagged && <p className="survey-flag-badge">{t('freeText.flagged')}</p>}
            <p className="staff-post-text" dir="auto">
              {x.text}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
