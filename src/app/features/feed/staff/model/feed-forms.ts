// The "you said, we did" forms: what the staff screens check before asking the server (which checks them again),
// and how the form's fields become the shared contracts' request bodies.
import type { FeedSource, FeedStatus } from '../../../../shared/feed';
import type { FeedItemCreate, FeedItemUpdateCreate, StaffFeedItemView } from '../../../../shared/feed-staff';
import type { LocalizedText } from '../../../../shared/text';

/** One text in English (required) with optional Welsh and Arabic, as typed. */
export interface LocalizedInput {
  en: string;
  cy: string;
  ar: string;
}
export const emptyText = (): LocalizedInput => ({ en: '', cy: '', ar: '' });

/** Trimmed text with empty translations left out; null when there is no English. */
export function toLocalized(input: LocalizedInput): LocalizedText | null {
  const en = input.en.trim();
  if (!en) return null;
  const cy = input.cy.trim();
  const ar = input.ar.trim();
  return { en, ...(cy ? { cy } : {}), ...(ar ? { ar } : {}) };
}
export function fromLocalized(text: LocalizedText | null | undefined): LocalizedInput {
  return { en: text?.en ?? '', cy: text?.cy ?? '', ar: text?.ar ?? '' };
}

// ---- A feed item (new draft, or a draft being edited) ------------------------------------------------------------

export interface FeedItemForm {
  said: LocalizedInput;
  did: LocalizedInput;
  status: FeedStatus;
  cantDoReason: LocalizedInput;
  /** '' is the whole council. */
  districtId: string;
  responsible: string;
  /** yyyy-mm-dd or ''. */
  startOn: string;
  dueOn: string;
  themeIds: string[];
  /** Individual posts; `quote` holds the post's words when staff chose to quote them. */
  posts: Array<{ id: string; quote?: string }>;
  /** Sources this form does not edit (a poll, later survey questions): kept as they are. */
  otherSources: FeedSource[];
}

export const emptyFeedForm = (): FeedItemForm => ({
  said: emptyText(),
  did: emptyText(),
  status: 'planned',
  cantDoReason: emptyText(),
  districtId: '',
  responsible: '',
  startOn: '',
  dueOn: '',
  themeIds: [],
  posts: [],
  otherSources: [],
});

export function feedFormFromItem(item: StaffFeedItemView): FeedItemForm {
  return {
    said: fromLocalized(item.said),
    did: fromLocalized(item.did),
    status: item.status,
    cantDoReason: fromLocalized(item.cantDoReason),
    districtId: item.districtId ?? '',
    responsible: item.responsible,
    startOn: item.startOn ?? '',
    dueOn: item.dueOn ?? '',
    themeIds: item.sources.filter((s) => s.kind === 'theme').map((s) => s.id),
    posts: item.sources.filter((s) => s.kind === 'post').map((s) => (s.quote ? { id: s.id, quote: s.quote } : { id: s.id })),
    otherSources: item.sources.filter((s) => s.kind !== 'theme' && s.kind !== 'post'),
  };
}

export type FeedFormProblem =
  | 'said-required'
  | 'did-required'
  | 'reason-required'
  | 'responsible-required'
  | 'due-before-start'
  | 'text-required';

/** The field each problem belongs to, so the screen can point at it. */
export const PROBLEM_FIELD: Record<FeedFormProblem, string> = {
  'said-required': 'said-en',
  'did-required': 'did-en',
  'reason-required': 'reason-en',
  'responsible-required': 'responsible',
  'due-before-start': 'due-on',
  'text-required': 'text-en',
};

export function feedFormProblems(form: FeedItemForm): FeedFormProblem[] {
  const problems: FeedFormProblem[] = [];
  if (!form.said.en.trim()) problems.push('said-required');
  if (!form.did.en.trim()) problems.push('did-required');
  if (form.status === 'cant-do' && !form.cantDoReason.en.trim()) problems.push('reason-required');
  if (form.responsible.trim().length < 2) problems.push('responsible-required');
  if (form.startOn && form.dueOn && form.dueOn < form.startOn) problems.push('due-before-start');
  return problems;
}

export function feedFormSources(form: FeedItemForm): FeedSource[] {
  const themes = [...new Set(form.themeIds)].map((id): FeedSource => ({ kind: 'theme', id }));
  const seen = new Set<string>();
  const posts: FeedSource[] = [];
  for (const p of form.posts) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const quote = p.quote?.trim().slice(0, 500);
    posts.push(quote ? { kind: 'post', id: p.id, quote } : { kind: 'post', id: p.id });
  }
  return [...themes, ...posts, ...form.otherSources];
}

/** The body for POST /api/v1/staff/feed and PATCH /api/v1/staff/feed/:id; call only when there are no problems. */
export function feedFormBody(form: FeedItemForm): FeedItemCreate {
  return {
    said: toLocalized(form.said) ?? { en: form.said.en },
    did: toLocalized(form.did) ?? { en: form.did.en },
    status: form.status,
    cantDoReason: form.status === 'cant-do' ? toLocalized(form.cantDoReason) : null,
    districtId: form.districtId || null,
    responsible: form.responsible.trim(),
    startOn: form.startOn || null,
    dueOn: form.dueOn || null,
    sources: feedFormSources(form),
  };
}

// ---- An update to a published item -----------------------------------------------------------------------------

export interface FeedUpdateForm {
  text: LocalizedInput;
  status: FeedStatus;
  cantDoReason: LocalizedInput;
  dueOn: string;
}
export const emptyUpdateForm = (status: FeedStatus): FeedUpdateForm => ({
  text: emptyText(),
  status,
  cantDoReason: emptyText(),
  dueOn: '',
});

export function updateFormProblems(form: FeedUpdateForm): FeedFormProblem[] {
  const problems: FeedFormProblem[] = [];
  if (!form.text.en.trim()) problems.push('text-required');
  if (form.status === 'cant-do' && !form.cantDoReason.en.trim()) problems.push('reason-required');
  return problems;
}

export function updateFormBody(form: FeedUpdateForm): FeedItemUpdateCreate {
  return {
    text: toLocalized(form.text) ?? { en: form.text.en },
    status: form.status,
    cantDoReason: form.status === 'cant-do' ? toLocalized(form.cantDoReason) : null,
    ...(form.dueOn ? { dueOn: form.dueOn } : {}),
  };
}

// ---- Language polls --------------------------------------------------------------------------------------------

export const MIN_POLL_OPTIONS = 2;
export const MAX_POLL_OPTIONS = 8;

export interface PollForm {
  term: string;
  question: LocalizedInput;
  options: string[];
}
export type PollProblem =
  | 'term-invalid'
  | 'question-required'
  | 'options-count'
  | 'options-repeat'
  | 'option-required'
  | 'did-required'
  | 'responsible-required';

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
