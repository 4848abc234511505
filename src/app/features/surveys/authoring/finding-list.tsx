// The findings young people can see now, each with a box for why and a button to withdraw it after a confirm step:
// phones drop it, a "you said, we did" item citing it keeps its words but says the finding was withdrawn, and the
// results page lists it with who withdrew it, when and why. No reason, no withdrawal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyFinding } from '../../../../shared/survey/authoring';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed, type Attempt } from '../../../ui/staff/load-failed';
import { withdrawFinding } from './api';

interface Props {
  /** null while loading, or when they could not be loaded. */
  findings: readonly SurveyFinding[] | null;
  /** Their load: when it failed, said under the heading with "Try again", never as an empty list. */
  load: Attempt;
  onError: (e: unknown) => void;
  onWithdrawn: () => void;
}

export function FindingList({ findings, load, onError, onWithdrawn }: Props) {
  const { t } = useTranslation('survey-authoring');
  const [ask, confirmDialog] = useConfirm();
  const [problem, setProblem] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const withdraw = async (f: SurveyFinding) => {
    const reason = (reasons[f.id] ?? '').trim();
    if (!reason) {
      setProblem(t('findings.needReason'));
      return;
    }
    setProblem(null);
    if (!(await ask({ title: t('findings.withdrawTitle'), what: t('findings.withdrawText'), confirm: t('findings.withdraw') }))) return;
    try {
      await withdrawFinding(f.id, reason);
      setProblem(null);
      onWithdrawn();
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
    }
  };
  return (
    <>
      <h2>{t('findings.title')}</h2>
      {!findings && <LoadFailed load={load} />}
      {findings?.length === 0 && <p>{t('findings.none')}</p>}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <ul className="stack">
        {findings?.map((f) => (
          <li key={f.id} className="stack">
            <span className="staff-meta">
              {f.round} · {f.publishedAt.slice(0, 10)}
            </span>
            <p>
              <strong>{t('found.told')}:</strong> {f.told.en}
            </p>
            <p>
              <strong>{t('found.willDo')}:</strong> {f.willDo.en}
            </p>
            <label htmlFor={`withdraw-why-${f.id}`}>{t('findings.reason', { told: f.told.en.slice(0, 60) })}</label>
            <textarea
              id={`withdraw-why-${f.id}`}
              maxLength={500}
              rows={2}
              value={reasons[f.id] ?? ''}
              onChange={(e) => setReasons({ ...reasons, [f.id]: e.target.value })}
            />
            <button type="button" className="button button-secondary" onClick={() => void withdraw(f)}>
              {t('findings.withdrawOne', { told: f.told.en.slice(0, 60) })}
            </button>
          </li>
        ))}
      </ul>
      {confirmDialog}
    </>
  );
}
