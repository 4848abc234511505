import { describe, expect, it } from 'vitest';
import { OFFER_EDIT_ROLES } from '../../../../shared/offer-staff';
import { offerStaffSections } from './sections';

describe('the offer staff section', () => {
  it('opens to exactly the roles the server lets write drafts', () => {
    expect([...(offerStaffSections[0]?.roles ?? [])].sort()).toEqual([...OFFER_EDIT_ROLES].sort());
  });
});
