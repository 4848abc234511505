// An option's Welsh and Arabic words: Welsh and Arabic phones show them instead of the option as written. Saving
// replaces both; an empty box removes that language's words.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffPollView } from '../../../../shared/feed-staff';
import { useStaffAction } from '../../../ui/staff/use-staff-action';
import { setOptionWords } from './api';

type Option = StaffPollView['options'][number];
const MAX_WORDS = 60;

export function OptionWordsForm({
  pollId,
  option,
  onError,
  onCancel,
  onSaved,
}: {
  pollId: string;
  option: Option;
  onError: (e: unknown) => void;
  onCancel: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation('staff');
  const [cy, setCy] = useState(option.translations.cy ?? '');
  const [ar, setAr] = useState(option.translations.ar ?? '');
  const { busy, problem, run } = useStaffAction(onError);
  const first = useRef<HTMLInputElement>(null);
  const base = `words-${option.id}`;
  useEffect(() => first.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await setOptionWords(pollId, option.id, { cy: cy.trim() || null, ar: ar.trim() || null });
      onSaved(t('polls.words.saved', { label: option.label }));
    });
  };

  return (
    <form id={base} className="stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} dir="auto">
        {t('polls.words.title', { label: option.label })}
      </h3>
      <p id={`${base}-hint`} className="small">
        {t('polls.words.hint')}
      </p>
      <label htmlFor={`${base}-cy`}>{t('polls.words.cy')}</label>
      <input
        ref={first}
        id={`${base}-cy`}
        lang="cy"
        value={cy}
        maxLength={MAX_WORDS}
        onChange={(e) => setCy(e.target.value)}
        aria-describedby={`${base}-hint`}
      />
      <label htmlFor={`${base}-ar`}>{t('polls.words.ar')}</label>
      <input
        id={`${base}-ar`}
        lang="ar"
        dir="rtl"
        value={ar}
        maxLength={MAX_WORDS}
        onChange={(e) => setAr(e.target.value)}
        aria-describedby={`${base}-hint`}
      />
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="staff-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('polls.words.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
