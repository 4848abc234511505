// The young person's shell: header with help and quick exit on every screen, navigation, connection state.
import { lazy, Suspense, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useCouncil, useDevice } from '../council/use-council';
import { applyVocabulary } from '../i18n/i18n';
import { PrivacyLink } from '../my-items/components/privacy-notice';
import { useNewsCount } from '../my-items/data/news';
import { youngPersonPage } from '../routes';
import { Link, matchPath, navigate, usePath } from '../ui/router';
import { JoinScreen, NAV } from './areas';
import { InstallButton } from './install-button';
import { LanguagePicker } from './language-picker';
import { NewsBadge } from './pages';
import { listenForShiftThreeTimes, quickExit } from './quick-exit';
import { QuickExitButton } from './quick-exit-button';
import { SafetyHelp } from './safety-help';
import { StatusBar } from './status-bar';
import { startSync } from '../sync/runtime';

const StaffApp = lazy(() => import('./staff/staff-app'));
// The service worker's registration and update prompt load after the first screen (they are not needed to show it).
const UpdatePrompt = lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })));

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
  const device = useDevice();
  const council = useCouncil();
  const main = useRef<HTMLElement>(null);
  const news = useNewsCount();

  useEffect(() => listenForShiftThreeTimes(() => quickExit()), []);
  useEffect(() => {
    if (device) startSync();
  }, [device]);
  useEffect(() => applyVocabulary(council?.vocabulary), [council]);

  const joinMatch = matchPath('/join/:code', path);
  const joined = Boolean(device);
  let page;
  if (device === null)
    page = null; // still reading IndexedDB
  else if (!joined || matchPath('/join', path) || joinMatch) {
    page = joined ? youngPersonPage('/', council?.name) : JoinScreen && <JoinScreen initialCode={joinMatch?.code} onJoined={() => navigate('/')} />;
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
                    {n.newsBadge === 'nav' && news > 0 && <NewsBadge count={news} />}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <StatusBar />
      <main id="main" ref={main} className="app-main">
        <Suspense fallback={<p className="loading">…</p>}>
          <FocusHeading main={main} path={path}>
            {page}
          </FocusHeading>
        </Suspense>
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

/**
 * Moves focus to the new page's heading so screen readers announce the change of page. Inside the Suspense boundary,
 * so when a page's chunk is still loading the focus moves once the page (and its heading) is there.
 */
function FocusHeading({ main, path, children }: { main: RefObject<HTMLElement | null>; path: string; children: ReactNode }) {
  useEffect(() => {
    main.current?.querySelector('h1')?.focus();
  }, [main, path]);
  return <>{children}</>;
}
