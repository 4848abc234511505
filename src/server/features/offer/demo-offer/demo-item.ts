// The shape every Demoshire offer item is written in: all three languages required by the type (so a missing
// translation fails the build, not a young person's screen), who it is for with "everyone" as the starting point, and
// the Demoshire teams that keep each item right.
import type { CareLeaverStatus, OFFER_AMOUNT_PER, OfferEligibility } from '../../../../shared/offer';
import type { OfferItemInput } from '../../../../shared/offer-staff';

/** A demo item: the staff input, with a stable id so the seed is the same on every machine. */
export interface DemoOfferItem {
  id: string;
  input: OfferItemInput;
}

/** Text in English, Welsh and Arabic, all three required. */
export interface Text3 {
  en: string;
  cy: string;
  ar: string;
}

type Translated = 'title' | 'summary' | 'body' | 'howToClaim' | 'whoToAsk' | 'amount';
/** OfferItemInput with every piece of text in all three languages. */
export interface DemoOfferInput extends Omit<OfferItemInput, Translated> {
  title: Text3;
  summary: Text3;
  body: Text3;
  howToClaim: Text3;
  whoToAsk: Text3;
  amount?: { pence: number; per: (typeof OFFER_AMOUNT_PER)[number]; note: Text3 | null } | null;
}

export function offerItem(id: `offer-${string}`, input: DemoOfferInput): DemoOfferItem {
  return { id, input };
}

/** Markdown from its lines ('' between paragraphs), so bodies read as they render. */
export function markdown(...lines: string[]): string {
  return lines.join('\n');
}

/** Who an item is for, starting from everyone. */
export function forWhom(limits: Partial<OfferEligibility> = {}): OfferEligibility {
  return { minAge: null, maxAge: null, statuses: [], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [], ...limits };
}

/** Eligible, relevant and former relevant: the young people the leaving care duties are owed to in full. */
export function careLeavers(): CareLeaverStatus[] {
  return ['eligible', 'relevant', 'former-relevant'];
}

/** The teams that keep items right (staff only: never sent to phones). */
export const TEAM = {
  leavingCare: 'Leaving care team',
  housing: 'Housing pathway team',
  revenues: 'Council tax and benefits team',
  virtualSchool: 'Virtual School (post-16)',
  employment: 'Employment and skills team',
  health: 'Care leavers health team',
  participation: 'Participation team',
  emergencyDuty: 'Emergency duty team',
  youthJustice: 'Youth justice service',
  uasc: 'UASC and migration team',
} as const;

/** "Who to ask" lines shared by many items. Phone numbers are in Ofcom's drama range; none is real. */
export const ASK = {
  pa: {
    en: 'Your personal adviser (PA). Or call the leaving care team on 01632 960 100, Monday to Friday, 9am to 5pm.',
    cy: 'Eich cynghorydd personol (PA). Neu ffoniwch y tîm gadael gofal ar 01632 960 100, dydd Llun i ddydd Gwener, 9am i 5pm.',
    ar: 'مستشارك الشخصي (PA). أو اتصل بفريق مغادري الرعاية على الرقم 01632 960 100، من الاثنين إلى الجمعة، من 9 صباحاً إلى 5 مساءً.',
  },
  housing: {
    en: 'Your PA, or the housing pathway team on 01632 960 210.',
    cy: 'Eich PA, neu’r tîm llwybr tai ar 01632 960 210.',
    ar: 'مستشارك الشخصي، أو فريق مسار السكن على الرقم 01632 960 210.',
  },
  education: {
    en: 'Your PA, or the Virtual School (post-16) on 01632 960 440.',
    cy: 'Eich PA, neu’r Ysgol Rithwir (ôl-16) ar 01632 960 440.',
    ar: 'مستشارك الشخصي، أو المدرسة الافتراضية (ما بعد 16) على الرقم 01632 960 440.',
  },
  work: {
    en: 'Your PA, or the employment and skills team on 01632 960 550.',
    cy: 'Eich PA, neu’r tîm cyflogaeth a sgiliau ar 01632 960 550.',
    ar: 'مستشارك الشخصي، أو فريق التوظيف والمهارات على الرقم 01632 960 550.',
  },
  health: {
    en: 'Your PA, or the care leavers health team on 01632 960 660.',
    cy: 'Eich PA, neu’r tîm iechyd pobl sy’n gadael gofal ar 01632 960 660.',
    ar: 'مستشارك الشخصي، أو فريق صحة مغادري الرعاية على الرقم 01632 960 660.',
  },
  participation: {
    en: 'The participation team on 01632 960 770 or 07700 900 770 (text is fine).',
    cy: 'Y tîm cyfranogiad ar 01632 960 770 neu 07700 900 770 (mae tecstio’n iawn).',
    ar: 'فريق المشاركة على الرقم 01632 960 770 أو 07700 900 770 (يمكنك إرسال رسالة نصية).',
  },
  emergency: {
    en: 'The emergency duty team on 01632 960 999, when the office is closed. In danger now: call 999.',
    cy: 'Y tîm dyletswydd brys ar 01632 960 999, pan fydd y swyddfa ar gau. Mewn perygl nawr: ffoniwch 999.',
    ar: 'فريق الطوارئ على الرقم 01632 960 999 عندما يكون المكتب مغلقاً. إذا كنت في خطر الآن: اتصل بالرقم 999.',
  },
} as const satisfies Record<string, Text3>;
