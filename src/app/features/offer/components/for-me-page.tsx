// /offer/for-me — "What is for me?": a few plain questions (every one can be "I'm not sure"), kept on this phone only,
// then the items for them, each saying why. The answers can be changed or cleared at any time.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCouncil } from '../../../council/use-council';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { clearForMeAnswers, saveForMeAnswers, useForMeAnswers, useOfferItems, useSeenVersions } from '../data/offer-data';
import { appliesTo, hasAnswers, NO_ANSWERS, WHERE, YES_NO, type OfferAnswers } from '../model/for-me';
import { RadioChoices } from '../../../ui/kit/choices';
import { OfferCard } from './offer-card';
import './offer.css';

export default function ForMePage() {
  const { t } = useTranslation('offer');
  const saved = useForMeAnswers();
  const [editing, setEditing] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!saved) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  const answered = hasAnswers(saved);
  const clear = () =>
    clearForMeAnswers().then(
      () => {
        setCleared(true);
        setEditing(false);
      },
      () => setFailed(true),
    );
  return (
    <>
      <BackLink href="/offer">{t('back')}</BackLink>
      <ScreenTitle>{t('forMe.title')}</ScreenTitle>
      <p>{t('forMe.intro')}</p>
      {answered && !editing ? (
        <>
          <ForMeList answers={saved} />
          <div className="offer-actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('forMe.change')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void clear()}>
              {t('forMe.clear')}
            </button>
          </div>
        </>
      ) : (
        <Questions
          initial={saved}
          onDone={(a) =>
            saveForMeAnswers(a).then(
              () => {
                setFailed(false);
                setCleared(false);
                setEditing(false);
              },
              () => setFailed(true),
            )
          }
        />
      )}
      {failed && (
        <p className="offer-problem" role="alert">
          {t('forMe.saveFailed')}
        </p>
      )}
      <p role="status" className="offer-hint">
        {cleared ? t('forMe.cleared') : ''}
      </p>
    </>
  );
}

function ForMeList({ answers }: { answers: OfferAnswers }) {
  const { t } = useTranslation('offer');
  const items = useOfferItems();
  const seen = useSeenVersions();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!items) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  const mine = items.map((item) => ({ item, forMe: appliesTo(item.eligibility, answers) })).filter((x) => x.forMe.applies);
  return (
    <section aria-labelledby="offer-for-me">
      <h2 className="offer-heading" id="offer-for-me" ref={heading} tabIndex={-1}>
        {t('forMe.results')}
      </h2>
      {mine.length === 0 ? (
        <p>{t('forMe.none')}</p>
      ) : (
        <>
          <p>{t('forMe.resultsIntro')}</p>
          <ul className="offer-list" aria-labelledby="offer-for-me">
            {mine.map(({ item, forMe }) => (
              <OfferCard key={item.id} item={item} seen={seen} forMe={forMe} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type YesNoKey = 'inCareNow' | 'inCareAfter16' | 'thirteenWeeks' | 'outOfArea' | 'inEducation' | 'uasc';

function Questions({ initial, onDone }: { initial: OfferAnswers; onDone: (a: OfferAnswers) => void }) {
  const { t } = useTranslation('offer');
  const council = useCouncil()?.name;
  const [a, setA] = useState<OfferAnswers>(initial);
  const [ageText, setAgeText] = useState(initial.age === null ? '' : String(initial.age));
  const [problem, setProblem] = useState(false);
  const ageId = useId();
  const set = (patch: Partial<OfferAnswers>) => setA((x) => ({ ...x, ...patch }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const typed = ageText.trim();
    const age = typed === '' ? null : /^\d{1,2}$/.test(typed) ? Number(typed) : NaN;
    if (Number.isNaN(age)) return setProblem(true);
    setProblem(false);
    onDone({ ...NO_ANSWERS, ...a, age });
  };
  const ageNumber = /^\d{1,2}$/.test(ageText.trim()) ? Number(ageText.trim()) : null;
  const questions: Array<[YesNoKey, string]> = [
    // From 18 nobody is in care in law (staying put is not care): not asked.
    ...(ageNumber === null || ageNumber < 18 ? [['inCareNow', t('forMe.inCareNow')] as [YesNoKey, string]] : []),
    ['inCareAfter16', t('forMe.inCareAfter16')],
    ['thirteenWeeks', t('forMe.thirteenWeeks')],
    ['outOfArea', council ? t('forMe.outOfArea', { council }) : t('forMe.outOfAreaNoCouncil')],
    ['inEducation', t('forMe.inEducation')],
    ['uasc', t('forMe.uasc')],
  ];
  return (
    <form className="offer-questions" onSubmit={submit} noValidate>
      <div className="offer-field">
        <label htmlFor={ageId}>{t('forMe.age')}</label>
        <p id={`${ageId}-hint`} className="offer-hint">
          {t('forMe.ageHint')}
        </p>
        <input
          id={ageId}
          inputMode="numeric"
          autoComplete="off"
          maxLength={2}
          value={ageText}
          aria-describedby={`${ageId}-hint${problem ? ` ${ageId}-problem` : ''}`}
          aria-invalid={problem || undefined}
          onChange={(e) => setAgeText(e.target.value)}
        />
        {problem && (
          <p id={`${ageId}-problem`} className="offer-problem" role="alert">
            {t('forMe.ageProblem')}
          </p>
        )}
      </div>
      {questions.map(([key, question]) => (
        <RadioChoices
          key={key}
          legend={question}
          options={YES_NO.map((v) => ({ value: v, text: t(`forMe.answers.${v}`) }))}
          value={a[key]}
          onChange={(v) => set({ [key]: v })}
        />
      ))}
      <RadioChoices
        legend={t('forMe.where')}
        options={WHERE.map((v) => ({ value: v, text: t(`forMe.places.${v}`) }))}
        value={a.where}
        onChange={(where) => set({ where })}
      />
      <button type="submit" className="button offer-show">
        {t('forMe.show')}
      </button>
    </form>
  );
}
