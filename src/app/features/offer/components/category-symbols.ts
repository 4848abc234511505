// A symbol for each topic of the offer, beside its words (never instead of them).
import type { OfferCategory } from '../../../../shared/offer';
import {
  AdviserSymbol,
  HealthSymbol,
  HousingSymbol,
  IdSymbol,
  LearningSymbol,
  MoneySymbol,
  NightSymbol,
  PeopleSymbol,
  SavingsSymbol,
  type Symbol,
} from '../../../ui/icons';

export const CATEGORY_SYMBOL: Record<OfferCategory, Symbol> = {
  money: MoneySymbol,
  housing: HousingSymbol,
  'education-work': LearningSymbol,
  health: HealthSymbol,
  relationships: PeopleSymbol,
  'id-legal': IdSymbol,
  'personal-adviser': AdviserSymbol,
  'out-of-hours': NightSymbol,
  'financial-skills': SavingsSymbol,
};
