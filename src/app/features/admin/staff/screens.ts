// The admin domain's staff screens by section key (the keys of the manifest's staff sections): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { AccountsPage } from './accounts-page';
import { CouncilPage } from './council-page';
import { AuditPage } from './audit-page';
import { AlertsPage } from './alerts-page';

const screens: StaffScreens = {
  accounts: AccountsPage,
  council: CouncilPage,
  audit: AuditPage,
  alerts: AlertsPage,
};
export default screens;
