// Items for the offer staff screens' tests (tests only): the demo's setting-up-home allowance as staff see it.
import type { OfferItemInput, StaffOfferItem } from '../../../../shared/offer-staff';

export const input = (): OfferItemInput => ({
  category: 'money',
  title: { en: 'Setting up home allowance', cy: 'Lwfans sefydlu cartref' },
  summary: { en: 'Money to buy what you need for your first home.' },
  body: { en: 'You can get at least £3,000.\n\nAsk your personal adviser.' },
  amount: { pence: 300_000, per: 'once', note: null },
  howToClaim: null,
  whoToAsk: { en: 'Your personal adviser' },
  eligibility: { minAge: 16, maxAge: 24, statuses: ['relevant', 'former-relevant'], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [] },
  languages: ['en'],
  statutory: 'setting-up-home',
  lastChecked: '2026-01-10',
  checkBy: '2027-01-10',
  owner: 'Leaving care team',
  sortOrder: 0,
});

export const staffItem = (over: Partial<StaffOfferItem> = {}): StaffOfferItem => ({
  id: 'offer-setting-up-home',
  state: 'published',
  fields: {
    ...input(),
    amount: input().amount ?? null,
    languages: ['en'],
    sortOrder: 0,
    howToClaim: null,
    whoToAsk: { en: 'Your personal adviser' },
    statutory: 'setting-up-home',
  },
  publishedVersion: 1,
  publishedAt: '2026-01-10T10:00:00.000Z',
  unpublishedChanges: false,
  updatedAt: '2026-01-10T10:00:00.000Z',
  updatedBy: 'Ada Admin',
  checkOverdue: false,
  ...over,
});
