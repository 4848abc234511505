// Big choices a thumb can hit, each with read-aloud beside it: one from a few (radios) or several (tick boxes).
import { useId } from 'react';
import { Choice } from '../read-aloud';
import './kit.css';

export interface Option<V extends string> {
  value: V;
  text: string;
}

/** One choice from a few, as big radios, named by a `legend` or by the element `labelId` (a step's question). */
export function RadioChoices<V extends string>(props: {
  labelId?: string;
  legend?: string;
  options: readonly Option<V>[];
  value: V | null | undefined;
  onChange: (value: V) => void;
  describedBy?: string;
}) {
  const name = useId();
  return (
    <fieldset className="kit-choices" aria-labelledby={props.labelId} aria-describedby={props.describedBy}>
      {props.legend !== undefined && <legend className="kit-legend">{props.legend}</legend>}
      {props.options.map((o) => (
        <Choice key={o.value} text={o.text} className="kit-choice">
          <label className="kit-option">
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
    <fieldset className="kit-choices" aria-describedby={props.hint ? hintId : undefined}>
      <legend className="kit-legend">{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="kit-hint">
          {props.hint}
        </p>
      )}
      {props.options.map((o) => (
        <Choice key={o.value} text={o.text} className="kit-choice">
          <label className="kit-option">
            <input type="checkbox" checked={props.value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.text}</span>
          </label>
        </Choice>
      ))}
    </fieldset>
  );
}
