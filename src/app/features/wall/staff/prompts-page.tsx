// Wall prompts: "Yes more…", "No more…" and sentence starters, for the whole council or one district; open or closed.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromptKind, WallPrompt } from '../../../../shared/wall';
import { PROMPT_KINDS } from '../../../../shared/wall';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { createPrompt, listPrompts, setPromptOpen } from './api';

export function PromptsPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const prompts = useStaffData(listPrompts, onError);
  const [kind, setKind] = useState<PromptKind>('yes-more');
  const [en, setEn] = useState('');
  const [cy, setCy] = useState('');
  const [ar, setAr] = useState('');
  // A prompt the server did not create or open or close (the list's own load failing is said by LoadFailed).
  const [error, setError] = useState<string | null>(null);

  const fail = (e: unknown) => {
    onError(e);
    setError(errorText(e));
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const text = { en, ...(cy.trim() ? { cy } : {}), ...(ar.trim() ? { ar } : {}) };
    try {
      await createPrompt({ kind, text, districtId: null, open: true });
      setEn('');
      setCy('');
      setAr('');
      prompts.reload();
    } catch (err) {
      fail(err);
    }
  };
  const toggle = async (p: WallPrompt) => {
    try {
      await setPromptOpen(p.id, !p.open);
      prompts.reload();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <>
      <h1>{t('prompts.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <LoadFailed load={prompts} />
      {!prompts.data && prompts.error === null && <p className="loading">{t('loading')}</p>}
      <ul className="staff-list">
        {prompts.data?.map((p) => (
          <li key={p.id} className="staff-card">
            <p className="staff-meta">
              {t(`prompts.kinds.${p.kind}`)} · {p.open ? t('prompts.open') : t('prompts.closed')}
            </p>
            <p className="staff-post-text">{p.text.en}</p>
            <button type="button" className="button button-secondary" onClick={() => void toggle(p)}>
              {p.open ? t('prompts.close') : t('prompts.reopen')}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('prompts.new')}</h2>
      <form className="stack" onSubmit={(e) => void create(e)}>
        <label htmlFor="prompt-kind">{t('prompts.kind')}</label>
        <select id="prompt-kind" value={kind} onChange={(e) => setKind(e.target.value as PromptKind)}>
          {PROMPT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`prompts.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="prompt-en">{t('prompts.textEn')}</label>
        <input id="prompt-en" required value={en} onChange={(e) => setEn(e.target.value)} />
        <label htmlFor="prompt-cy">{t('prompts.textCy')}</label>
        <input id="prompt-cy" lang="cy" value={cy} onChange={(e) => setCy(e.target.value)} />
        <label htmlFor="prompt-ar">{t('prompts.textAr')}</label>
        <input id="prompt-ar" lang="ar" dir="rtl" value={ar} onChange={(e) => setAr(e.target.value)} />
        <button type="submit" className="button">
          {t('prompts.create')}
        </button>
      </form>
    </>
  );
}
