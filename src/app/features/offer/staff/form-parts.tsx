// What every part of the offer editor is given, and a field's problem said beside it (tied to its box by
// aria-describedby, so a screen reader reads it with the field).
import type { EditorForm } from './model/editor-form';

export interface PartProps {
  form: EditorForm;
  set: (patch: Partial<EditorForm>) => void;
  /** The problem with a field (by its path in the item input), in words, or undefined. */
  problem: (path: string) => string | undefined;
}

/** The box's id for a field path ("eligibility.maxAge" → "offer-eligibility-maxAge"). */
export const fieldId = (path: string) => `offer-${path.replace(/\./g, '-')}`;
const problemId = (path: string) => `${fieldId(path)}-problem`;

/** The attributes that mark a box invalid and point it at its problem. */
export function invalidProps(path: string, problem: string | undefined, hint?: string) {
  const describedBy = [problem ? problemId(path) : '', hint ?? ''].filter(Boolean).join(' ');
  return { id: fieldId(path), 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldProblem({ path, problem }: { path: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p id={problemId(path)} className="error offer-problem">
      {problem}
    </p>
  );
}
