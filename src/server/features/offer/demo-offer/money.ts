// Demoshire's offer: money (the setting-up-home allowance, birthdays and festivals, bills, savings, travel), in two files.
import type { DemoOfferItem } from './demo-item';
import { MONEY_GRANTS } from './money-grants';
import { MONEY_SUPPORT } from './money-support';

export const MONEY: readonly DemoOfferItem[] = [...MONEY_GRANTS, ...MONEY_SUPPORT];
