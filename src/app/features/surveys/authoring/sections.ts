// The staff sections of survey authoring (the manifest lists them): participation and admin publish findings.
import type { StaffSection } from '../../../ui/feature-manifest';

export const AUTHORING_SECTIONS: readonly StaffSection[] = [{ path: '/staff/surveys', key: 'surveys', roles: ['participation', 'admin'], order: 85 }];
