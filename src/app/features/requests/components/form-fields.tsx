// The form's labelled text boxes (its big choices are the kit's, ui/kit/choices.tsx).
import { useId } from 'react';

/** A labelled text box (one line, or several with `multiline`). */
export function TextField(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  maxLength: number;
  multiline?: boolean;
  hint?: string;
  type?: 'text' | 'tel' | 'email';
  autoComplete?: string;
}) {
  const id = useId();
  const hintId = useId();
  const common = {
    id,
    value: props.value ?? '',
    maxLength: props.maxLength,
    'aria-describedby': props.hint ? hintId : undefined,
    dir: 'auto' as const,
  };
  return (
    <div className="requests-field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="requests-hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} autoComplete={props.autoComplete ?? 'off'} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </div>
  );
}
