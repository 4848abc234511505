// One action on a case as a small form that opens on demand: its fields, a check that what is needed is filled in,
// an optional confirm step, and the case as the server answers it afterwards.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestCase } from '../../../../shared/requests/staff';
import { actOnCase, type CaseAction } from '../../../api/staff/requests';
import { useConfirm, type ConfirmRequest } from '../../../ui/staff/confirm-dialog';
import { useStaffAction } from '../../../ui/staff/use-staff-action';

export interface Field {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'select';
  options?: readonly { value: string; label: string }[];
  optional?: boolean;
  initial?: string;
  max?: string;
}

interface Props {
  caseId: string;
  title: string;
  submit: string;
  fields: readonly Field[];
  /** Makes the action from the filled-in fields. */
  toAction: (values: Record<string, string>) => CaseAction;
  confirm?: ConfirmRequest;
  onChanged: (c: RequestCase) => void;
  onError: (e: unknown) => void;
}

const initialValues = (fields: readonly Field[]) => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? f.options?.[0]?.value ?? '']));

export function ActionForm({ caseId, title, submit, fields, toAction, confirm, onChanged, onError }: Props) {
  const { t } = useTranslation('requests-staff');
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(fields));
  const [notice, setNotice] = useState('');
  const { busy, problem, setProblem, run } = useStaffAction(onError);
  const [ask, confirmDialog] = useConfirm();

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    const missing = fields.find((f) => !f.optional && (values[f.name] ?? '').trim() === '');
    if (missing) return setProblem(`${missing.label}: ${t('actions.required')}`);
    setProblem(null);
    if (confirm && !(await ask(confirm))) return;
    await run(async () => {
      const changed = await actOnCase(caseId, toAction(values));
      setValues(initialValues(fields));
      setNotice(t('actions.done'));
      onChanged(changed);
    });
  };

  return (
    <details>
      <summary>{title}</summary>
      <form onSubmit={send} noValidate>
        {fields.map((f) => {
          const fieldId = `${id}-${f.name}`;
          const common = {
            id: fieldId,
            value: values[f.name] ?? '',
            onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f.name]: e.target.value })),
          };
          return (
            <div key={f.name}>
              <label htmlFor={fieldId}>{f.label}</label>
              {f.kind === 'textarea' && <textarea rows={4} {...common} />}
              {f.kind === 'text' && <input type="text" {...common} />}
              {f.kind === 'date' && <input type="date" max={f.max} {...common} />}
              {f.kind === 'select' && (
                <select {...common}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </div>
          );
        })}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <p role="status" className="staff-notice">
          {notice}
        </p>
        <button type="submit" className="button" disabled={busy}>
          {submit}
        </button>
      </form>
      {confirmDialog}
    </details>
  );
}
