// The staff area (a lazy chunk young people never download): sign-in, then the screens the staff member's roles
// allow. The sections come from the feature list (sections.ts); this frame knows no feature. Without a signal it
// opens as the member this device last saw (who.ts), saying so, until the server can be asked again.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import type { StaffMe } from '../../../shared/staff';
import { StaffApiError } from '../../api/request';
import { forgetStaff, rememberStaff } from '../../council/remembered-staff';
import { Link, usePath } from '../../ui/router';
import { ScreenErrorBoundary } from '../../ui/screen-error';
import { ScreenHeading } from '../../ui/screen-heading';
import '../../ui/staff/staff.css';
import { loadMe, signOut } from './api';
import { allowedSections, currentSection } from './sections';
import { SignIn } from './sign-in';
import { useWaiting, WaitingNote } from './waiting';
import { whoIsSignedIn, type Who } from './who';

export default function StaffApp() {
  const { t } = useTranslation('staff');
  const path = usePath();
  const [me, setMe] = useState<StaffMe | null | undefined>(undefined);
  const [offline, setOffline] = useState(false);
  const [signedOutNote, setSignedOutNote] = useState(false);
  const main = useRef<HTMLElement>(null);
  const waiting = useWaiting(Boolean(me) && !offline);
  // The service worker keeps the app (this area included) on the device, so a reload without a signal still opens it.
  // The staff area only registers it: a new version takes over once the app's tabs were all closed.
  useRegisterSW();

  const show = useCallback((who: Who | null) => {
    setMe(who?.me ?? null);
    setOffline(who?.offline ?? false);
  }, []);
  useEffect(() => {
    void whoIsSignedIn().then(show);
  }, [show]);
  // Shown from what the device kept: once the signal is back, the server says who is signed in.
  useEffect(() => {
    if (!offline) return;
    const retry = () => void whoIsSignedIn().then(show);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline, show]);

  /** Any 401 from a screen means the session ended (idle or absolute timeout): back to sign-in, saying why. */
  const onError = useCallback((e: unknown) => {
    if (e instanceof StaffApiError && e.status === 401) {
      void forgetStaff().catch(() => undefined);
      setSignedOutNote(true);
      setMe(null);
      setOffline(false);
    }
  }, []);

  /** After the council's settings change, the header and the screens read the council (name, districts) afresh. */
  const onCouncilChanged = useCallback(() => {
    loadMe().then((m) => {
      void rememberStaff(m).catch(() => undefined);
      setMe(m);
      setOffline(false);
    }, onError);
  }, [onError]);

  if (me === undefined) return <p className="loading">{t('loading')}</p>;
  if (me === null) {
    return (
      <div className="staff">
        <SignIn
          signedOutNote={signedOutNote}
          onSignedIn={(m) => {
            setSignedOutNote(false);
            void rememberStaff(m).catch(() => undefined);
            setMe(m);
            setOffline(false);
          }}
        />
      </div>
    );
  }
  const sections = allowedSections(me.roles);
  const current = currentSection(sections, path);
  const leave = async () => {
    await signOut().catch(() => undefined);
    await forgetStaff().catch(() => undefined);
    setMe(null);
    setOffline(false);
  };

  return (
    <div className="staff">
      <header className="staff-header">
        <p className="staff-brand">{t('brand', { council: me.council.name })}</p>
        <p className="staff-who">
          {me.name} ·{' '}
          <button type="button" className="link-button" onClick={() => void leave()}>
            {t('signOut')}
          </button>
        </p>
      </header>
      {offline && (
        <p className="staff-note" role="status">
          {t('offlineKept')}
        </p>
      )}
      <nav aria-label={t('navLabel')} className="staff-nav">
        <ul>
          {sections.map((s) => (
            <li key={s.key}>
              <Link href={s.path} aria-current={s === current ? 'page' : undefined}>
                {t(`sections.${s.key}`)}
                {s.waitingKind && <WaitingNote summary={waiting?.[s.waitingKind]} />}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="staff-main" id="main" ref={main}>
        {!current && <p>{t('noSections')}</p>}
        {current && (
          <ScreenErrorBoundary key={current.key}>
            <Suspense fallback={<p className="loading">{t('loading')}</p>}>
              <current.screen me={me} onError={onError} onCouncilChanged={onCouncilChanged} />
              <ScreenHeading main={main} path={path} appName={t('common:appName')} focusFirstScreen />
            </Suspense>
          </ScreenErrorBoundary>
        )}
      </main>
    </div>
  );
}
