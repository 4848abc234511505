// The young person's shell: a compact header with help and quick exit on every screen, the screen, the tab bar and
// the connection state.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCouncil, useDevice } from '../council/use-council';
import { applyVocabulary } from '../i18n/i18n';
import { youngPersonPage } from '../routes';
import { Link, matchPath, navigate, usePath } from '../ui/router';
import { ScreenErrorBoundary } from '../ui/screen-error';
import { ScreenHeading } from '../ui/screen-heading';
import { useBarHeights } from '../ui/use-bar-heights';
import { JoinScreen, preloadHomeOffers } from './areas';
import { LanguagePicker } from './language-picker';
import { listenForQuickExitKeys, quickExit } from './quick-exit';
import { QuickExitButton } from './quick-exit-button';
import { SafetyHelp } from './safety-help';
import { StatusBar } from './status-bar';
import { TabBar } from './tab-bar';
import { startSync } from '../sync/runtime';

const StaffApp = lazy(() => import('./staff/staff-app'));
// The service worker's registration and update prompt load after the first screen (they are not needed to show it).
const UpdatePrompt = lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })));

export function App() {
  const path = usePath();
  if (matchPath('/staff/*', path)) {
    return (
      <ScreenErrorBoundary>
        <Suspense fallback={<p className="loading">…</p>}>
          <StaffApp />
        </Suspense>
      </ScreenErrorBoundary>
    );
  }
  return <YoungPersonShell path={path} />;
}

function YoungPersonShell({ path }: { path: string }) {
  const { t } = useTranslation();
  const device = useDevice();
  const council = useCouncil();
  const main = useRef<HTMLElement>(null);

  useEffect(() => listenForQuickExitKeys(() => quickExit()), []);
  useEffect(() => {
    if (device) startSync();
  }, [device]);
  useEffect(() => applyVocabulary(council?.vocabulary), [council]);
  // While the join screen shows, home's cards load, so home is drawn as soon as the phone has joined.
  useEffect(() => {
    if (device === undefined) void preloadHomeOffers();
  }, [device]);
  const header = useRef<HTMLElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  useBarHeights(header, bottom);

  const joinMatch = matchPath('/join/:code', path);
  const joined = Boolean(device);
  const atJoin = Boolean(joinMatch || matchPath('/join', path));
  // A joined phone at a join address shows home, at home's address: whether it joined long ago, or a link's join
  // ended between the app's start and this first drawing (the join screen, which would move on, is never drawn then).
  useEffect(() => {
    if (joined && atJoin) navigate('/');
  }, [joined, atJoin]);
  let page;
  if (device === null)
    page = null; // still reading IndexedDB
  else if (!joined || atJoin) {
    page = joined ? youngPersonPage('/', council?.name) : JoinScreen && <JoinScreen initialCode={joinMatch?.code} onJoined={() => navigate('/')} />;
  } else page = youngPersonPage(path, council?.name);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {/* Compact, and always there: "I don't feel safe" and quick exit on every screen. */}
      <header className="app-header on-brand" ref={header}>
        {/* "Heard" is a Latin name: its dot stays after it in right-to-left languages too. */}
        <Link href="/" className="brand">
          <span dir="ltr">
            {t('appName')}
            <span className="brand-mark" aria-hidden="true" />
          </span>
        </Link>
        <div className="header-actions">
          <SafetyHelp outOfHoursPhone={council?.outOfHoursPhone} />
          <QuickExitButton />
        </div>
      </header>
      {/* What scrolls between the header and the tab bar (so neither bar ever covers any of it). */}
      <div className="app-scroll">
        <StatusBar />
        <main id="main" ref={main} className="app-main">
          <ScreenErrorBoundary resetKey={path}>
            <Suspense fallback={<p className="loading">…</p>}>
              <ScreenHeading main={main} path={path} appName={t('appName')} focusFirstScreen={false} />
              {page}
            </Suspense>
          </ScreenErrorBoundary>
        </main>
        {!joined && (
          // Before joining there is no tab bar: the language is chosen here, under the join screen.
          <footer className="app-footer">
            <LanguagePicker offered={council?.languages} />
          </footer>
        )}
      </div>
      {/* Held at the bottom together, so "a new version is ready" sits above the tab bar, never under it. */}
      <div className="app-bottom" ref={bottom}>
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
        {joined && <TabBar path={path} offeredLanguages={council?.languages} />}
      </div>
    </div>
  );
}
