// The staff area (a lazy chunk young people never download): sign-in, then the screens the staff member's roles allow.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type StaffMe } from '../../../../shared/staff';
import { StaffApiError, staffFetch } from '../../../api/staff';
import { Link, usePath } from '../../../shell/router';
import { AccountsPage } from './accounts-page';
import { AuditPage } from './audit-page';
import { CouncilPage } from './council-page';
import { FeedPage } from './feed-page';
import { LogPage } from './log-page';
import { ModerationPage } from './moderation-page';
import { MyPasswordPage } from './my-password-page';
import { SafeguardingPage } from './safeguarding-page';
import { SafetyWordsPage } from './safety-words-page';
import { PollsPage } from './polls-page';
import { PromptsPage } from './prompts-page';
import { ThemesPage } from './themes-page';
import { SignIn } from './sign-in';
import './staff.css';

interface Section {
  path: string;
  key: string;
  roles: readonly Role[];
}
const WALL: readonly Role[] = ['moderator', 'participation', 'admin'];
export const SECTIONS: readonly Section[] = [
  { path: '/staff/moderation', key: 'moderation', roles: WALL },
  { path: '/staff/safeguarding', key: 'safeguarding', roles: WALL },
  { path: '/staff/safety-words', key: 'safetyWords', roles: WALL },
  { path: '/staff/prompts', key: 'prompts', roles: WALL },
  { path: '/staff/themes', key: 'themes', roles: WALL },
  { path: '/staff/feed', key: 'feed', roles: WALL },
  // Independent Reviewing Officers may read the district log too (the server allows them).
  { path: '/staff/log', key: 'log', roles: [...WALL, 'iro'] },
  { path: '/staff/polls', key: 'polls', roles: WALL },
  { path: '/staff/accounts', key: 'accounts', roles: ['admin'] },
  { path: '/staff/council', key: 'council', roles: ['admin'] },
  { path: '/staff/audit', key: 'audit', roles: ['admin'] },
  // Every member of staff can change their own password.
  { path: '/staff/my-password', key: 'myPassword', roles: ROLES },
];

export const allowedSections = (roles: readonly Role[]) => SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r)));

export default function StaffApp() {
  const { t } = useTranslation('staff');
  const path = usePath();
  const [me, setMe] = useState<StaffMe | null | undefined>(undefined);
  const [signedOutNote, setSignedOutNote] = useState(false);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    staffFetch<StaffMe>('GET', '/api/v1/staff/me').then(setMe, () => setMe(null));
  }, []);

  // A move to another screen (a theme opened, a draft saved) puts focus on the new screen's heading, so keyboard and
  // screen-reader users start from the top of it rather than from a button that is no longer there.
  const signedIn = Boolean(me);
  useEffect(() => {
    if (!signedIn) return;
    const target = main.current?.querySelector<HTMLElement>('h1') ?? main.current;
    if (!target || target.contains(document.activeElement)) return;
    target.tabIndex = -1;
    target.focus({ preventScroll: false });
  }, [path, signedIn]);

  /** Any 401 from a screen means the session ended (idle or absolute timeout): back to sign-in, saying why. */
  const onError = useCallback((e: unknown) => {
    if (e instanceof StaffApiError && e.status === 401) {
      setSignedOutNote(true);
      setMe(null);
    }
  }, []);

  /** After the council's settings change, the header and the screens read the council (name, districts) afresh. */
  const refreshMe = useCallback(() => {
    staffFetch<StaffMe>('GET', '/api/v1/staff/me').then(setMe, onError);
  }, [onError]);

  if (me === undefined) return <p className="loading">{t('loading')}</p>;
  if (me === null) {
    return (
      <div className="staff">
        <SignIn
          signedOutNote={signedOutNote}
          onSignedIn={(m) => {
            setSignedOutNote(false);
            setMe(m);
          }}
        />
      </div>
    );
  }
  const sections = allowedSections(me.roles);
  const current = sections.find((s) => path.startsWith(s.path)) ?? sections[0];
  const signOut = async () => {
    await staffFetch('DELETE', '/api/v1/staff/session').catch(() => undefined);
    setMe(null);
  };

  return (
    <div className="staff">
      <header className="staff-header">
        <p className="staff-brand">{t('brand', { council: me.council.name })}</p>
        <p className="staff-who">
          {me.name} · <button type="button" className="link-button" onClick={() => void signOut()}>{t('signOut')}</button>
        </p>
      </header>
      <nav aria-label={t('navLabel')} className="staff-nav">
        <ul>
          {sections.map((s) => (
            <li key={s.key}>
              <Link href={s.path} aria-current={s === current ? 'page' : undefined}>
                {t(`sections.${s.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="staff-main" id="main" ref={main}>
        {!current && <p>{t('noSections')}</p>}
        {current?.key === 'moderation' && <ModerationPage onError={onError} />}
        {current?.key === 'safeguarding' && <SafeguardingPage onError={onError} />}
        {current?.key === 'safetyWords' && <SafetyWordsPage onError={onError} />}
        {current?.key === 'prompts' && <PromptsPage onError={onError} />}
        {current?.key === 'themes' && <ThemesPage onError={onError} />}
        {current?.key === 'feed' && <FeedPage onError={onError} districts={me.council.districts} />}
        {current?.key === 'log' && <LogPage me={me} onError={onError} />}
        {current?.key === 'polls' && <PollsPage onError={onError} />}
        {current?.key === 'accounts' && <AccountsPage me={me} onError={onError} />}
        {current?.key === 'council' && <CouncilPage onError={onError} onSaved={refreshMe} />}
        {current?.key === 'audit' && <AuditPage onError={onError} />}
        {current?.key === 'myPassword' && <MyPasswordPage onError={onError} />}
      </main>
    </div>
  );
}
