// The young person's shell: header with help and quick exit on every screen, navigation, connection state.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyVocabulary } from '../i18n/i18n';
import { db } from '../storage/db';
import { useLiveQuery } from '../storage/live';
import { youngPersonPage } from '../routes';
import { InstallButton } from './install-button';
import { LanguagePicker } from './language-picker';
import { useNewsCount } from './news';
import { NewsBadge } from './pages';
import { PrivacyLink } from './privacy-notice';
import { listenForShiftThreeTimes, quickExit } from './quick-exit';
import { QuickExitButton } from './quick-exit-button';
import { Link, matchPath, navigate, usePath } from './router';
import { SafetyHelp } from './safety-help';
import { StatusBar } from './status-bar';
import { startSync } from './sync-runtime';

const StaffApp = lazy(() => import('./staff/staff-app'));
const JoinPage = lazy(() => import('../features/join/components/join-page'));
// The service worker's registration and update prompt load after the first screen (they are not needed to show it).
const UpdatePrompt = lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })));

const NAV = [
  { href: '/', key: 'home' },
  { href: '/wall', key: 'wall' },
  { href: '/feed', key: 'feed' },
  { href: '/survey', key: 'survey' },
  { href: '/help', key: 'help' },
  { href: '/offer', key: 'offer' },
] as const;

export function App() {
  const path = usePath();
  if (matchPath('/staff/*', path)) {
    return (
      <Suspense fallback={<p className="loading">…</p>}>
        <StaffApp />
      </Suspense>
    );
  }
  return <YoungPersonShell path={path} />;
}

function YoungPersonShell({ path }: { path: string }) {
  const { t } = useTranslation();
  const device = useLiveQuery(() => db.meta.get('device'), [], null);
  const council = useLiveQuery(() => db.council.toCollection().first(), []);
  const main = useRef<HTMLElement>(null);
  const news = useNewsCount();

  useEffect(() => listenForShiftThreeTimes(() => quickExit()), []);
  useEffect(() => {
    if (device) startSync();
  }, [device]);
  useEffect(() => applyVocabulary(council?.vocabulary), [council]);
  useEffect(() => {
    // Move focus to the new page's heading so screen readers announce the change of page.
    main.current?.querySelector('h1')?.focus();
  }, [path]);

  const joinMatch = matchPath('/join/:code', path);
  const joined = Boolean(device);
  let page;
  if (device === null) page = null; // still reading IndexedDB
  else if (!joined || matchPath('/join', path) || joinMatch) {
    page = joined ? (
      youngPersonPage('/', council?.name)
    ) : (
      <JoinPage initialCode={joinMatch?.code} onJoined={() => navigate('/')} />
    );
  } else page = youngPersonPage(path, council?.name);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {t('appName')}
        </Link>
        <div className="header-actions">
          <SafetyHelp outOfHoursPhone={council?.outOfHoursPhone} />
          <QuickExitButton />
        </div>
      </header>
      {joined && (
        <nav aria-label={t('nav.label')} className="app-nav">
          <ul>
            {NAV.map((n) => {
              const current = n.href === '/' ? path === '/' : path.startsWith(n.href);
              return (
                <li key={n.key}>
                  <Link href={n.href} aria-current={current ? 'page' : undefined}>
                    {t(`nav.${n.key}`)}
                    {n.key === 'feed' && news > 0 && <NewsBadge count={news} />}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <StatusBar />
      <main id="main" ref={main} className="app-main">
        <Suspense fallback={<p className="loading">…</p>}>{page}</Suspense>
      </main>
      <footer className="app-footer">
        {/* What happens to what you write, and "forget this phone": one tap from every screen. Its words load on their
            own, so the rest of the screen never waits for them. */}
        {joined && (
          <Suspense fallback={null}>
            <PrivacyLink />
          </Suspense>
        )}
        <LanguagePicker offered={council?.languages} />
        <InstallButton />
      </footer>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </div>
  );
}
