import { describe, expect, it } from 'vitest';
import type { StaffFeedItemView } from '../../../../../shared/feed-staff';
import { feedItemCreateSchema, feedItemUpdateCreateSchema } from '../../../../../shared/feed-staff';
import {
  emptyFeedForm,
  emptyUpdateForm,
  feedFormBody,
  feedFormFromItem,
  feedFormProblems,
  updateFormBody,
  updateFormProblems,
  type FeedItemForm,
} from './feed-forms';

const THEME = '0b9d2f0e-7c1a-4d55-9d0a-2f5e8f1c3a01';
const POST = '0b9d2f0e-7c1a-4d55-9d0a-2f5e8f1c3a02';
const OPTION = '0b9d2f0e-7c1a-4d55-9d0a-2f5e8f1c3a03';
const FINDING = '0b9d2f0e-7c1a-4d55-9d0a-2f5e8f1c3a04';
const GONE = '0b9d2f0e-7c1a-4d55-9d0a-2f5e8f1c3a05';

const filled = (over: Partial<FeedItemForm> = {}): FeedItemForm => ({
  ...emptyFeedForm(),
  said: { en: 'Too many changes of social worker', cy: '', ar: '' },
  did: { en: 'New teams keep the same worker', cy: 'Timau newydd', ar: '' },
  responsible: 'Head of Service, Children in Care',
  ...over,
});

describe('feed item form', () => {
  it('needs what young people said, what the council did and a role', () => {
    expect(feedFormProblems(emptyFeedForm())).toEqual(['said-required', 'did-required', 'responsible-required']);
    expect(feedFormProblems(filled())).toEqual([]);
    expect(feedFormProblems(filled({ responsible: 'x' }))).toEqual(['responsible-required']);
  });
  it("needs a reason for can't do, in English", () => {
    expect(feedFormProblems(filled({ status: 'cant-do' }))).toEqual(['reason-required']);
    expect(feedFormProblems(filled({ status: 'cant-do', cantDoReason: { en: '', cy: 'Oherwydd', ar: '' } }))).toEqual(['reason-required']);
    expect(feedFormProblems(filled({ status: 'cant-do', cantDoReason: { en: 'A court decides', cy: '', ar: '' } }))).toEqual([]);
  });
  it('does not let the due date come before the start', () => {
    expect(feedFormProblems(filled({ startOn: '2026-05-01', dueOn: '2026-04-30' }))).toEqual(['due-before-start']);
    expect(feedFormProblems(filled({ startOn: '2026-05-01', dueOn: '2026-05-01' }))).toEqual([]);
    expect(feedFormProblems(filled({ dueOn: '2026-04-30' }))).toEqual([]);
  });
  it('makes a body the shared contract accepts, with sources deduplicated and quotes kept', () => {
    const body = feedFormBody(
      filled({
        districtId: 'north',
        startOn: '2026-01-05',
        themeIds: [THEME, THEME],
        posts: [{ id: POST, quote: '  same worker please ' }, { id: POST }],
        findingIds: [FINDING, FINDING],
        otherSources: [{ kind: 'poll', id: OPTION }],
        cantDoReason: { en: 'left over', cy: '', ar: '' },
      }),
    );
    expect(body.sources).toEqual([
      { kind: 'theme', id: THEME },
      { kind: 'post', id: POST, quote: 'same worker please' },
      { kind: 'survey-question', id: FINDING },
      { kind: 'poll', id: OPTION },
    ]);
    expect(body.cantDoReason).toBeNull();
    expect(body.districtId).toBe('north');
    expect(body.dueOn).toBeNull();
    expect(body.did).toEqual({ en: 'New teams keep the same worker', cy: 'Timau newydd' });
    expect(feedItemCreateSchema.safeParse(body).success).toBe(true);
  });
  it("sends the reason only for can't do, and whole council as null", () => {
    const body = feedFormBody(filled({ status: 'cant-do', cantDoReason: { en: 'A court decides', cy: '', ar: 'المحكمة' } }));
    expect(body.cantDoReason).toEqual({ en: 'A court decides', ar: 'المحكمة' });
    expect(body.districtId).toBeNull();
    expect(feedItemCreateSchema.safeParse(body).success).toBe(true);
  });
  it('reads a draft back into the form without losing sources it does not edit', () => {
    const item: StaffFeedItemView = {
      id: 'i1',
      state: 'draft',
      said: { en: 'said' },
      did: { en: 'did', ar: 'فعلنا' },
      status: 'in-progress',
      cantDoReason: null,
      districtId: null,
      districtName: null,
      responsible: 'Participation lead',
      startOn: '2026-01-01',
      dueOn: null,
      createdAt: '2026-01-01T00:00:00Z',
      publishedAt: null,
      updatedAt: '2026-01-01T00:00:00Z',
      sources: [
        { kind: 'theme', id: THEME },
        { kind: 'post', id: POST, quote: 'words' },
        { kind: 'survey-question', id: FINDING },
        { kind: 'request-theme', id: 'where-i-live' },
        { kind: 'poll', id: OPTION },
        { kind: 'survey-question', id: GONE, withdrawn: true },
      ],
      updates: [],
      reactions: { helps: 0, notEnough: 0 },
    };
    const form = feedFormFromItem(item);
    expect(form.did).toEqual({ en: 'did', cy: '', ar: 'فعلنا' });
    expect(form.themeIds).toEqual([THEME]);
    expect(form.posts).toEqual([{ id: POST, quote: 'words' }]);
    // A finding can be unticked; one withdrawn since is kept as it is, and cannot be ticked again.
    expect(form.findingIds).toEqual([FINDING]);
    // A request topic is cited by its name only, and can be unticked.
    expect(form.requestTopics).toEqual(['where-i-live']);
    expect(feedFormBody({ ...form, requestTopics: [] }).sources.some((s) => s.kind === 'request-theme')).toBe(false);
    expect(form.otherSources).toEqual([
      { kind: 'poll', id: OPTION },
      { kind: 'survey-question', id: GONE, withdrawn: true },
    ]);
    expect(feedFormBody(form).sources).toEqual(item.sources);
    expect(feedFormBody({ ...form, findingIds: [] }).sources.filter((s) => s.kind === 'survey-question')).toEqual([
      { kind: 'survey-question', id: GONE, withdrawn: true },
    ]);
    expect(feedFormBody(form).startOn).toBe('2026-01-01');
  });
});

describe('update form', () => {
  it("needs words in English, and a reason for can't do", () => {
    expect(updateFormProblems(emptyUpdateForm('planned'))).toEqual(['text-required']);
    const cant = { ...emptyUpdateForm('cant-do'), text: { en: 'We tried', cy: '', ar: '' } };
    expect(updateFormProblems(cant)).toEqual(['reason-required']);
    const ok = { ...cant, cantDoReason: { en: 'No money this year', cy: '', ar: '' } };
    expect(updateFormProblems(ok)).toEqual([]);
    expect(feedItemUpdateCreateSchema.safeParse(updateFormBody(ok)).success).toBe(true);
  });
  it('sends a new due date only when one is given', () => {
    const form = { ...emptyUpdateForm('in-progress'), text: { en: 'Started', cy: '', ar: '' } };
    expect(updateFormBody(form)).toEqual({ text: { en: 'Started' }, status: 'in-progress', cantDoReason: null });
    expect(updateFormBody({ ...form, dueOn: '2026-09-01' }).dueOn).toBe('2026-09-01');
  });
});
