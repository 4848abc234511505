// The small forms a moderation card opens: words to edit or a reason to give, and a question to confirm.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TextProps {
  id: string;
  label: string;
  /** The text is kept by the card, so it is still there when the form opens again. */
  text: string;
  onText: (text: string) => void;
  submit: string;
  onSubmit: () => void;
  onCancel: () => void;
}

/** One text field with a submit and a cancel button. */
export function TextForm({ id, label, text, onText, submit, onSubmit, onCancel }: TextProps) {
  const { t } = useTranslation('staff');
  return (
    <form className="stack" onSubmit={(e) => (e.preventDefault(), onSubmit())}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={text} onChange={(e) => onText(e.target.value)} />
      <div className="staff-actions">
        <button type="submit" className="button">
          {submit}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

interface ConfirmProps {
  id: string;
  question: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Another way out, between confirm and cancel. */
  other?: ReactNode;
}

/** A question asked before approving what the safety check doubts, named by the question itself. */
export function ConfirmPanel({ id, question, confirm, busy, onConfirm, onCancel, other }: ConfirmProps) {
  const { t } = useTranslation('staff');
  return (
    <div className="staff-note" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="staff-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        {other}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
