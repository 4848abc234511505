// The staff home: for every role, what this member can do here, built from the sections their roles allow (the
// feature list), each with one line saying what it is for. No role ever meets an empty page.
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import type { StaffScreenProps } from '../../ui/staff/screen-props';
import { allowedSections, HOME_KEY } from './sections';

export function HomePage({ me }: Pick<StaffScreenProps, 'me'>) {
  const { t } = useTranslation('staff');
  const sections = allowedSections(me.roles).filter((s) => s.key !== HOME_KEY);
  const roles = me.roles.map((r) => t(`roles.${r}`)).join(', ');
  return (
    <>
      <h1>{t('home.title', { name: me.name })}</h1>
      <p className="staff-meta">{t('home.roles', { roles, council: me.council.name })}</p>
      <h2>{t('home.canDo')}</h2>
      <ul className="staff-home-list">
        {sections.map((s) => (
          <li key={s.key} className="staff-card">
            <Link href={s.path} className="staff-home-link">
              {t(`sections.${s.key}`)}
            </Link>
            <p className="staff-meta">{t(`home.lines.${s.key}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
