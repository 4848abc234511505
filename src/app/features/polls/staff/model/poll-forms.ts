// The language poll forms: what the staff screens check before asking the server (which checks them again), and the
// request bodies they become.
import type { LocalizedText } from '../../../../../shared/text';
import { toLocalized, type LocalizedInput } from '../../../../ui/staff/localized-input';

export const MIN_POLL_OPTIONS = 2;
export const MAX_POLL_OPTIONS = 8;

export interface PollForm {
  term: string;
  question: LocalizedInput;
  options: string[];
}
export type PollProblem =
  'term-invalid' | 'question-required' | 'options-count' | 'options-repeat' | 'option-required' | 'did-required' | 'responsible-required';

const TERM = /^[a-zA-Z][a-zA-Z0-9]*$/;

export function pollFormProblems(form: PollForm): PollProblem[] {
  const problems: PollProblem[] = [];
  const term = form.term.trim();
  if (!TERM.test(term) || term.length > 40) problems.push('term-invalid');
  if (!form.question.en.trim()) problems.push('question-required');
  const options = form.options.map((o) => o.trim()).filter(Boolean);
  if (options.length < MIN_POLL_OPTIONS || options.length > MAX_POLL_OPTIONS) problems.push('options-count');
  if (new Set(options.map((o) => o.toLocaleLowerCase())).size !== options.length) problems.push('options-repeat');
  return problems;
}

export function pollFormBody(form: PollForm): { term: string; question: LocalizedText; options: string[] } {
  return {
    term: form.term.trim(),
    question: toLocalized(form.question) ?? { en: form.question.en },
    options: form.options.map((o) => o.trim()).filter(Boolean),
  };
}

export interface AdoptForm {
  optionId: string;
  did: LocalizedInput;
  responsible: string;
}
export function adoptFormProblems(form: AdoptForm): PollProblem[] {
  const problems: PollProblem[] = [];
  if (!form.optionId) problems.push('option-required');
  if (!form.did.en.trim()) problems.push('did-required');
  if (form.responsible.trim().length < 2) problems.push('responsible-required');
  return problems;
}
