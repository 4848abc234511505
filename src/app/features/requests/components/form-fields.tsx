// The form's fields: big radio and tick-box choices with read-aloud beside each, and labelled text boxes.
import { useId } from 'react';
import { Choice } from '../../../ui/read-aloud';

export interface Option<V extends string> {
  value: V;
  text: string;
}

/** One choice from a few, as big radios. `labelId` names the group (the step's question). */
export function RadioChoices<V extends string>(props: {
  labelId: string;
  options: readonly Option<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  describedBy?: string;
}) {
  const name = useId();
  return (
    <fieldset className="requests-choices" aria-labelledby={props.labelId} aria-describedby={props.describedBy}>
      {props.options.map((o) => (
        <Choice key={o.value} text={o.text} className="requests-choice">
          <label className="requests-option">
            <input type="radio" name={name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
            <span>{o.text}</span>
          </label>
        </Choice>
      ))}
    </fieldset>
  );
}

/** Several choices, as big tick boxes, under a legend. */
export function TickChoices<V extends string>(props: {
  legend: string;
  hint?: string;
  options: readonly Option<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}) {
  const hintId = useId();
  const toggle = (v: V, on: boolean) => props.onChange(on ? [...props.value.filter((x) => x !== v), v] : props.value.filter((x) => x !== v));
  return (
    <fieldset className="requests-choices" aria-describedby={props.hint ? hintId : undefined}>
      <legend className="requests-legend">{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="requests-hint">
          {props.hint}
        </p>
      )}
      {props.options.map((o) => (
        <Choice key={o.value} text={o.text} className="requests-choice">
          <label className="requests-option">
            <input type="checkbox" checked={props.value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.text}</span>
          </label>
        </Choice>
      ))}
    </fieldset>
  );
}

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
