// The staff area's sections, built from the feature list: the home first (for every role), each feature's staff
// screens in navigation order, and "My password" (the staff frame's own screen, for every role) at the end.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { ROLES, type Role } from '../../../shared/staff';
import { FEATURES } from '../../features/index';
import type { StaffScreenProps, StaffSection } from '../../ui/feature-manifest';

/** A staff section with its screen, loaded with the rest of its domain's staff screens when first opened. */
export interface StaffSectionScreen extends StaffSection {
  screen: LazyExoticComponent<ComponentType<StaffScreenProps>>;
}

export const HOME_KEY = 'home';

/** The home screen, first for every role: what this member can do here. */
const HOME: StaffSectionScreen = {
  path: '/staff/home',
  key: HOME_KEY,
  roles: ROLES,
  order: 0,
  screen: lazy(() => import('./home-page').then((m) => ({ default: m.HomePage }))),
};

const MY_PASSWORD: StaffSectionScreen = {
  path: '/staff/my-password',
  key: 'myPassword',
  roles: ROLES,
  order: Number.MAX_SAFE_INTEGER,
  screen: lazy(() => import('./my-password-page').then((m) => ({ default: m.MyPasswordPage }))),
};

function withScreens(load: () => Promise<{ default: Readonly<Record<string, ComponentType<StaffScreenProps>>> }>, sections: readonly StaffSection[]) {
  return sections.map((s) => ({
    ...s,
    screen: lazy(() =>
      load().then((m) => {
        const screen = m.default[s.key];
        if (!screen) throw new Error(`No staff screen for the section ${s.key}.`);
        return { default: screen };
      }),
    ),
  }));
}

export const SECTIONS: readonly StaffSectionScreen[] = [
  HOME,
  ...FEATURES.flatMap((f) => (f.staff && f.staffScreens ? withScreens(f.staffScreens, f.staff) : [])),
  MY_PASSWORD,
].sort((a, b) => a.order - b.order);

export const allowedSections = (roles: readonly Role[]) => SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r)));

/** A path is in a section when it is the section's path or below it ("/staff/safeguarding/…", never "/staff/safeguarding-settings"). */
const isIn = (path: string, sectionPath: string) => path === sectionPath || path.startsWith(`${sectionPath}/`);

/** The section a path is in (the deepest one, should sections ever nest), or the first one allowed. */
export const currentSection = (sections: readonly StaffSectionScreen[], path: string) =>
  sections.filter((s) => isIn(path, s.path)).sort((a, b) => b.path.length - a.path.length)[0] ?? sections[0];
