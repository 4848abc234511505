// Demoshire's local offer for care leavers: what the demo council gives, in English, Welsh and Arabic. Each category
// is written in its own file under demo-offer/; this is the one list, in the order the phone shows the categories.
import type { DemoOfferItem } from './demo-offer/demo-item';
import { COUNCIL_TAX } from './demo-offer/council-tax';
import { EDUCATION } from './demo-offer/education';
import { FINANCIAL_SKILLS } from './demo-offer/financial-skills';
import { HEALTH } from './demo-offer/health';
import { HOUSING } from './demo-offer/housing';
import { ID_LEGAL } from './demo-offer/id-legal';
import { MONEY } from './demo-offer/money';
import { OUT_OF_HOURS } from './demo-offer/out-of-hours';
import { PERSONAL_ADVISER } from './demo-offer/personal-adviser';
import { RELATIONSHIPS } from './demo-offer/relationships';
import { WORK } from './demo-offer/work';

export type { DemoOfferItem } from './demo-offer/demo-item';

export const DEMO_OFFER: readonly DemoOfferItem[] = [
  ...MONEY,
  ...COUNCIL_TAX,
  ...HOUSING,
  ...EDUCATION,
  ...WORK,
  ...HEALTH,
  ...RELATIONSHIPS,
  ...ID_LEGAL,
  ...PERSONAL_ADVISER,
  ...OUT_OF_HOURS,
  ...FINANCIAL_SKILLS,
];
