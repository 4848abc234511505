// The local offer's staff section: the list at /staff/offer, a new item at /staff/offer/new, an item at
// /staff/offer/<id> (its editor, publishing, retiring and history).
import { useRoute } from '../../../ui/router';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { ItemPage } from './item-page';
import { OfferList } from './offer-list';
import './offer-staff.css';

export function OfferPage(props: StaffScreenProps) {
  const route = useRoute('/staff/offer/:id');
  const id = route?.['id'];
  if (id === 'new') return <ItemPage key="new" id={null} {...props} />;
  return id ? <ItemPage key={id} id={id} {...props} /> : <OfferList {...props} />;
}
