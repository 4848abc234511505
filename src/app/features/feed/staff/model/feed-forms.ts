// The "you said, we did" forms: what the staff screens check before asking the server (which checks them again),
// and how the form's fields become the shared contracts' request bodies.
// A feed item: a new draft, or a draft being edited.
import type { FeedSource, FeedStatus } from '../../../../../shared/feed';
import type { FeedItemCreate, FeedItemUpdateCreate, StaffFeedItemView } from '../../../../../shared/feed-staff';
import { emptyText, fromLocalized, toLocalized, type LocalizedInput } from '../../../../ui/staff/localized-input';

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
  /** "How's life?" findings published to young people (cited as `survey-question` sources). */
  findingIds: string[];
  /** Request topics ("Ask for help" requests were about this), cited as `request-theme` sources: counts, never words. */
  requestTopics: string[];
  /** Sources this form does not edit (a poll, a finding withdrawn since): kept as they are. */
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
  findingIds: [],
  requestTopics: [],
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
    findingIds: item.sources.filter((s) => s.kind === 'survey-question' && !s.withdrawn).map((s) => s.id),
    requestTopics: item.sources.filter((s) => s.kind === 'request-theme').map((s) => s.id),
    // A finding withdrawn since stays cited as it is (the server keeps it marked withdrawn); it cannot be ticked again.
    otherSources: item.sources.filter(
      (s) => s.kind !== 'theme' && s.kind !== 'post' && s.kind !== 'request-theme' && !(s.kind === 'survey-question' && !s.withdrawn),
    ),
  };
}

export type FeedFormProblem = 'said-required' | 'did-required' | 'reason-required' | 'responsible-required' | 'due-before-start' | 'text-required';

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
  const findings = [...new Set(form.findingIds)].map((id): FeedSource => ({ kind: 'survey-question', id }));
  const topics = [...new Set(form.requestTopics)].map((id): FeedSource => ({ kind: 'request-theme', id }));
  return [...themes, ...posts, ...findings, ...topics, ...form.otherSources];
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

/** An update to a published item. */
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
