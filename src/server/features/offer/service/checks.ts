// The law's minimums for a local offer, checked on the offer as it would stand after a publish: the admin sees these
// before publishing (and must acknowledge them), and the staff list shows them for the offer as it stands.
import type { OfferItemFields, OfferCheck } from '../../../../shared/offer-staff';
import { REQUIRED_CATEGORIES, SETTING_UP_HOME_MINIMUM_PENCE } from '../../../../shared/offer-staff';
import type { Nation } from '../../../../shared/requests/request';

export interface CheckedItem {
  id: string;
  fields: OfferItemFields;
}

export interface OfferCheckInput {
  nation: Nation;
  /** Every item phones would have: published items, with the one about to be published as its draft. */
  items: readonly CheckedItem[];
  /** Today in England and Wales (YYYY-MM-DD). */
  today: string;
}

const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: pence % 100 === 0 ? 0 : 2 })}`;

export function offerChecks({ nation, items, today }: OfferCheckInput): OfferCheck[] {
  const checks: OfferCheck[] = [];
  const settingUpHome = items.filter((i) => i.fields.statutory === 'setting-up-home');
  if (settingUpHome.length === 0) {
    checks.push({ code: 'setting-up-home-missing', itemId: null, category: null, message: 'No item is marked as the setting-up-home allowance.' });
  }
  // The £3,000 minimum is England's (since April 2023); Welsh councils set their own.
  if (nation === 'england') {
    for (const item of settingUpHome) {
      const amount = item.fields.amount;
      if (amount && amount.pence >= SETTING_UP_HOME_MINIMUM_PENCE) continue;
      const said = amount ? `${pounds(amount.pence)} is below` : 'No amount is given; it must be at least';
      checks.push({
        code: 'setting-up-home-below-minimum',
        itemId: item.id,
        category: item.fields.category,
        message: `${said} the ${pounds(SETTING_UP_HOME_MINIMUM_PENCE)} minimum for the setting-up-home allowance in England.`,
      });
    }
  }
  if (!items.some((i) => i.fields.statutory === 'council-tax')) {
    checks.push({ code: 'council-tax-missing', itemId: null, category: null, message: 'No item is marked as the council tax exemption.' });
  }
  for (const category of REQUIRED_CATEGORIES) {
    if (items.some((i) => i.fields.category === category)) continue;
    checks.push({ code: 'category-empty', itemId: null, category, message: `The law asks the offer to cover "${category}", and it has no item.` });
  }
  for (const item of items) {
    if (item.fields.checkBy >= today) continue;
    checks.push({
      code: 'check-overdue',
      itemId: item.id,
      category: item.fields.category,
      message: `"${item.fields.title.en}" was due to be checked by ${item.fields.checkBy}.`,
    });
  }
  return checks;
}
