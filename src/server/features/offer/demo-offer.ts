// Demoshire's local offer for care leavers: what the demo council gives, in English, Welsh and Arabic. Each category
// is written in its own file under demo-offer/; this is the one list, in the order staff see it.
import { EDUCATION_WORK } from './demo-offer/education-work';
import { HEALTH } from './demo-offer/health';
import { HOUSING } from './demo-offer/housing';
import { MONEY } from './demo-offer/money';
import { PERSONAL_ADVISER } from './demo-offer/personal-adviser';
import { RELATIONSHIPS } from './demo-offer/relationships';
import type { DemoOfferItem } from './demo-offer/demo-item';

export type { DemoOfferItem } from './demo-offer/demo-item';

export const DEMO_OFFER: readonly DemoOfferItem[] = [...MONEY, ...HOUSING, ...PERSONAL_ADVISER, ...EDUCATION_WORK, ...HEALTH, ...RELATIONSHIPS];
