// A council's own words for the safety check. Safeguarding leads know the local slang for harm ("plugging", a
// nickname for a dealer): a word added here sends posts that use it to the safeguarding queue and shows help on the
// phone at once — on every phone of the council after its next sync. "Try a sentence" shows what the check would do.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assessText } from '../../../../shared/safety/assess-text';
import { SAFETY_CATEGORIES, SAFETY_LANGUAGES, type SafetyCategory, type SafetyLanguage } from '../../../../shared/safety/categories';
import type { SafetyTermRecord } from '../../../../shared/safety-terms';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { addSafetyTerm, listSafetyTerms, removeSafetyTerm } from './api';

export function SafetyWordsPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const ids = useId();
  const words = useStaffData(listSafetyTerms, onError);
  const terms = words.data;
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<SafetyCategory>('physical-harm');
  const [language, setLanguage] = useState<SafetyLanguage>('en');
  // A word the server did not add or remove (the list's own load failing is said by LoadFailed, under its heading).
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [sample, setSample] = useState('');
  const [ask, confirmDialog] = useConfirm();

  const fail = (e: unknown) => {
    onError(e);
    setError(errorText(e));
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const added = await addSafetyTerm({ term, category, language });
      setTerm('');
      setStatus(t('safetyWords.added', { term: added.term }));
      words.reload();
    } catch (err) {
      fail(err);
    }
  };
  const remove = async (record: SafetyTermRecord) => {
    const yes = await ask({
      title: t('confirm.removeWord.title'),
      what: t('safetyWords.confirmRemove', { term: record.term }),
      confirm: t('safetyWords.remove'),
      irreversible: false,
    });
    if (!yes) return;
    setError(null);
    try {
      await removeSafetyTerm(record.id);
      setStatus(t('safetyWords.removed', { term: record.term }));
      words.reload();
    } catch (err) {
      fail(err);
    }
  };

  const extraTerms = (terms ?? []).map(({ term: w, category: c, language: l }) => ({ term: w, category: c, language: l }));
  const tried = sample.trim() ? assessText(sample, { extraTerms }) : null;

  return (
    <>
      <h1>{t('safetyWords.title')}</h1>
      <p>{t('safetyWords.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p role="status">{status}</p>

      <h2>{t('safetyWords.add')}</h2>
      <form className="stack" onSubmit={(e) => void add(e)}>
        <label htmlFor={`${ids}-term`}>{t('safetyWords.term')}</label>
        <input
          id={`${ids}-term`}
          required
          minLength={2}
          maxLength={60}
          value={term}
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          onChange={(e) => setTerm(e.target.value)}
        />
        <label htmlFor={`${ids}-category`}>{t('safetyWords.category')}</label>
        <select id={`${ids}-category`} value={category} onChange={(e) => setCategory(e.target.value as SafetyCategory)}>
          {SAFETY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`safetyWords.categories.${c}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-language`}>{t('safetyWords.language')}</label>
        <select id={`${ids}-language`} value={language} onChange={(e) => setLanguage(e.target.value as SafetyLanguage)}>
          {SAFETY_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`safetyWords.languages.${l}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t('safetyWords.submit')}
        </button>
      </form>

      <h2>{t('safetyWords.listTitle')}</h2>
      <LoadFailed load={words} />
      {!words.data && words.error === null && <p className="loading">{t('loading')}</p>}
      {terms?.length === 0 && <p>{t('safetyWords.none')}</p>}
      <ul className="staff-list">
        {terms?.map((r) => (
          <li key={r.id} className="staff-card">
            <p className="staff-post-text" lang={r.language} dir={r.language === 'ar' ? 'rtl' : 'ltr'}>
              {r.term}
            </p>
            <p className="staff-meta">
              {t(`safetyWords.categories.${r.category}`)} · {t(`safetyWords.languages.${r.language}`)} ·{' '}
              {t('safetyWords.addedBy', { name: r.addedBy, date: r.addedAt.slice(0, 10) })}
            </p>
            <button type="button" className="button button-secondary" onClick={() => void remove(r)}>
              {t('safetyWords.remove')}
              <span className="visually-hidden"> {r.term}</span>
            </button>
          </li>
        ))}
      </ul>

      <h2>{t('safetyWords.tryTitle')}</h2>
      <label htmlFor={`${ids}-try`}>{t('safetyWords.tryLabel')}</label>
      <textarea id={`${ids}-try`} rows={3} value={sample} onChange={(e) => setSample(e.target.value)} />
      <p role="status" aria-live="polite">
        {tried &&
          (tried.disclosure
            ? t('safetyWords.tryDisclosure', { categories: tried.categories.map((c) => t(`safetyWords.categories.${c}`)).join(', ') })
            : tried.doubt !== 'none'
              ? t('safetyWords.tryDoubt')
              : t('safetyWords.tryNone'))}
      </p>
      {confirmDialog}
    </>
  );
}
