// The staff area's sections, built from the feature list: each feature's staff screens, in navigation order, and
// "My password" (the staff frame's own screen, for every role) at the end.
import { lazy } from 'react';
import { ROLES, type Role } from '../../../shared/staff';
import { FEATURES } from '../../features/index';
import type { StaffSection } from '../../ui/feature-manifest';

const MY_PASSWORD: StaffSection = {
  path: '/staff/my-password',
  key: 'myPassword',
  roles: ROLES,
  order: Number.MAX_SAFE_INTEGER,
  screen: lazy(() => import('./my-password-page').then((m) => ({ default: m.MyPasswordPage }))),
};

export const SECTIONS: readonly StaffSection[] = [...FEATURES.flatMap((f) => f.staff ?? []), MY_PASSWORD].sort((a, b) => a.order - b.order);

export const allowedSections = (roles: readonly Role[]) => SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r)));

/** The section a path is in, or the first one allowed. */
export const currentSection = (sections: readonly StaffSection[], path: string) => sections.find((s) => path.startsWith(s.path)) ?? sections[0];
