// Publishing a finding to young people: the round, "What you told us" and "What we will do" in English, Welsh and
// Arabic (every phone shows it in its own language), after a confirm step, since a published finding never changes.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { emptyText, type LocalizedInput } from '../../../ui/staff/localized-input';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { publishFinding } from './api';

const whole = (w: LocalizedInput) => ({ en: w.en.trim(), cy: w.cy.trim(), ar: w.ar.trim() });
const complete = (w: LocalizedInput) => Object.values(whole(w)).every((x) => x.length > 0);

export function FindingForm({ rounds, onError, onPublished }: { rounds: readonly string[]; onError: (e: unknown) => void; onPublished: () => void }) {
  const { t } = useTranslation('survey-authoring');
  const [round, setRound] = useState(rounds[0] ?? '');
  const [told, setTold] = useState(emptyText);
  const [willDo, setWillDo] = useState(emptyText);
  const [problems, setProblems] = useState<string[]>([]);
  const [ask, confirmDialog] = useConfirm();
  const [busy, setBusy] = useState(false);

  const check = (e: FormEvent) => {
    e.preventDefault();
    const found = [
      ...(round ? [] : [t('findings.needRound')]),
      ...(complete(told) ? [] : [t('findings.needTold')]),
      ...(complete(willDo) ? [] : [t('findings.needWillDo')]),
    ];
    setProblems(found);
    if (found.length === 0) void publish();
  };
  const publish = async () => {
    if (!(await ask({ title: t('findings.confirmTitle'), what: t('findings.confirmText'), confirm: t('findings.publish') }))) return;
    setBusy(true);
    try {
      await publishFinding({ round, told: whole(told), willDo: whole(willDo) });
      setTold(emptyText());
      setWillDo(emptyText());
      onPublished();
    } catch (err) {
      onError(err);
      setProblems([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="finding-new-title">
      <h2 id="finding-new-title">{t('findings.new')}</h2>
      <p>{t('findings.hint')}</p>
      <form className="stack staff-wide-form" onSubmit={check} noValidate>
        <label htmlFor="finding-round">{t('findings.round')}</label>
        <select id="finding-round" value={round} onChange={(e) => setRound(e.target.value)}>
          {rounds.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <LocalizedFields id="finding-told" field={t('findings.told')} value={told} onChange={setTold} multiline describedBy="finding-problems" />
        <LocalizedFields
          id="finding-will-do"
          field={t('findings.willDo')}
          value={willDo}
          onChange={setWillDo}
          multiline
          describedBy="finding-problems"
        />
        <ProblemSummary id="finding-problems" messages={problems} />
        <button type="submit" className="button" disabled={busy}>
          {t('findings.publish')}
        </button>
      </form>
      {confirmDialog}
    </section>
  );
}
