// Alert email settings (admin): the council's own mail server, who alerts come from, the inboxes they go to, and
// Heard's address for the links. The password is write-only: the screen says only whether one is saved. "Send a test
// email" really sends, through the saved settings, and says what the mail server answered.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mailSettingsInputSchema, type MailSettingsAnswer, type MailSettingsView } from '../../../../shared/alerts';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { loadMailSettings, saveMailSettings, sendTestEmail } from './api';
import { MailFields } from './mail-fields';
import { emptyMailForm, mailFormBody, mailFormFrom, type MailForm } from './model/mail-form';

type OnError = (e: unknown) => void;

export function AlertsPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const answer = useStaffData(loadMailSettings, onError);
  const [notice, setNotice] = useState('');
  return (
    <>
      <h1>{t('alerts.title')}</h1>
      <p>{t('alerts.intro')}</p>
      <p role="status" className="staff-notice">
        {notice}
      </p>
      <LoadFailed load={answer} />
      {!answer.data && answer.error === null && <p className="loading">{t('loading')}</p>}
      {answer.data && (
        <>
          <Queue answer={answer.data} />
          <SettingsForm
            key={answer.data.settings?.updatedAt ?? 'new'}
            saved={answer.data.settings}
            onSaved={(next) => {
              answer.setData(next);
              setNotice(t('alerts.saved'));
            }}
            onError={onError}
          />
          <TestEmail ready={answer.data.settings !== null} onError={onError} />
        </>
      )}
    </>
  );
}

function SettingsForm({ saved, onSaved, onError }: { saved: MailSettingsView | null; onSaved: (a: MailSettingsAnswer) => void; onError: OnError }) {
  const { t } = useTranslation('staff');
  const [form, setForm] = useState<MailForm>(() => (saved ? mailFormFrom(saved) : emptyMailForm(window.location.origin)));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const body = mailFormBody(form);
    // The same rules the server applies, said before sending; the server still checks everything.
    const checked = mailSettingsInputSchema.safeParse(body);
    if (!checked.success) {
      return setProblems(
        checked.error.issues.map((i) => `${t(`alerts.fields.${String(i.path[0])}`, { defaultValue: String(i.path[0]) })}: ${i.message}`),
      );
    }
    setProblems([]);
    setBusy(true);
    try {
      onSaved(await saveMailSettings(body));
    } catch (err) {
      onError(err);
      setProblems([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void save(e)} noValidate>
      <MailFields form={form} set={(key, value) => setForm((f) => ({ ...f, [key]: value }))} passwordSet={saved?.passwordSet ?? false} />
      <ProblemSummary id="alerts-problems" messages={problems} />
      <div className="staff-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('alerts.save')}
        </button>
      </div>
    </form>
  );
}

function TestEmail({ ready, onError }: { ready: boolean; onError: OnError }) {
  const { t } = useTranslation('staff');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const test = async () => {
    setResult(null);
    setBusy(true);
    try {
      const sent = await sendTestEmail();
      setResult({ ok: true, text: t('alerts.testSent', { to: sent.sentTo }) });
    } catch (err) {
      onError(err);
      setResult({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="alerts-test-title">
      <h2 id="alerts-test-title">{t('alerts.testTitle')}</h2>
      <p>{t('alerts.testIntro')}</p>
      <button type="button" className="button button-secondary" disabled={busy || !ready} onClick={() => void test()}>
        {t('alerts.test')}
      </button>
      <div role="status">{result && <p className={result.ok ? 'staff-notice' : 'error'}>{result.text}</p>}</div>
    </section>
  );
}

function Queue({ answer }: { answer: MailSettingsAnswer }) {
  const { t } = useTranslation('staff');
  return (
    <>
      {!answer.settings && <p className="staff-flag">{t('alerts.notSetUp')}</p>}
      {answer.queued > 0 && <p className="staff-flag">{t('alerts.queued', { n: answer.queued })}</p>}
      {answer.lastError && <p className="staff-meta">{t('alerts.lastError', { error: answer.lastError })}</p>}
    </>
  );
}
