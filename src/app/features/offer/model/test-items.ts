// Offer items for the feature's tests: a few of Demoshire's, in English, Welsh and Arabic.
import type { OfferEligibility, OfferItem } from '../../../../shared/offer';

const everyone: OfferEligibility = { minAge: null, maxAge: null, statuses: [], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [] };

export function testItem(id: string, over: Partial<OfferItem> = {}): OfferItem {
  return {
    id,
    category: 'money',
    title: { en: id },
    summary: { en: `About ${id}.` },
    body: { en: `More about ${id}.` },
    amount: null,
    howToClaim: null,
    whoToAsk: null,
    eligibility: everyone,
    languages: ['en'],
    statutory: null,
    lastChecked: '2026-11-01',
    version: 1,
    publishedAt: '2026-11-01T10:00:00.000Z',
    changeNote: null,
    sortOrder: 10,
    ...over,
  };
}

export const SETTING_UP_HOME = testItem('offer-setting-up-home', {
  title: { en: 'Setting up home allowance', cy: 'Lwfans sefydlu cartref', ar: 'منحة تأسيس المنزل' },
  summary: {
    en: 'Money to buy what you need for your first home.',
    cy: 'Arian i brynu beth sydd ei angen arnoch ar gyfer eich cartref cyntaf.',
    ar: 'مال لشراء ما تحتاجه لمنزلك الأول.',
  },
  body: {
    en: 'You can use it for:\n- a bed\n- a **cooker**\n\nAsk your PA before you buy.',
    cy: 'Gallwch ei ddefnyddio ar gyfer:\n- gwely\n- **popty**',
    ar: 'يمكنك استخدامه من أجل:\n- سرير\n- **فرن**',
  },
  amount: { pence: 300000, per: 'once', note: null },
  howToClaim: { en: 'Make a list with your PA.', cy: 'Gwnewch restr gyda’ch PA.', ar: 'اكتب قائمة مع مستشارك.' },
  whoToAsk: { en: 'Your personal adviser', cy: 'Eich cynghorydd personol', ar: 'مستشارك الشخصي' },
  eligibility: { ...everyone, minAge: 16, maxAge: 24, statuses: ['former-relevant', 'relevant'] },
  statutory: 'setting-up-home',
  sortOrder: 1,
});

export const COUNCIL_TAX = testItem('offer-council-tax', {
  title: { en: 'No council tax until you are 25', cy: 'Dim treth gyngor nes eich bod yn 25', ar: 'لا ضريبة مجلس حتى سن 25' },
  summary: { en: 'You do not pay council tax on your home.', cy: 'Nid ydych yn talu treth gyngor.', ar: 'لا تدفع ضريبة المجلس على منزلك.' },
  eligibility: { ...everyone, minAge: 18, maxAge: 24, statuses: ['former-relevant'], outOfArea: 'not' },
  statutory: 'council-tax',
  sortOrder: 2,
});

export const DRIVING = testItem('offer-driving-lessons', {
  category: 'education-work',
  title: { en: 'Driving lessons', cy: 'Gwersi gyrru', ar: 'دروس القيادة' },
  summary: { en: 'We pay for ten driving lessons.', cy: 'Rydym yn talu am ddeg gwers yrru.', ar: 'ندفع ثمن عشرة دروس قيادة.' },
  body: { en: 'Your provisional licence and theory test are paid for too.' },
  amount: { pence: 50000, per: 'once', note: { en: 'Up to' } },
  sortOrder: 3,
});

export const HOUSING = testItem('offer-housing-bidding', {
  category: 'housing',
  title: { en: 'Help to bid for a home', cy: 'Help i wneud cais am gartref', ar: 'مساعدة في طلب سكن' },
  summary: { en: 'Extra points when you bid for council housing.' },
  sortOrder: 4,
});

export const TEST_ITEMS = [SETTING_UP_HOME, COUNCIL_TAX, DRIVING, HOUSING];
