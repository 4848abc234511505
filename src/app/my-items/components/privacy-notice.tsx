// What happens to what a young person writes, said up front (ICO Children's Code, standard 4): shown once before the
// first post or name idea on this phone, acknowledged and remembered, and always one tap away at /privacy.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloud, screenText } from '../../ui/read-aloud';
import { Link } from '../../ui/router';
import { acknowledgePrivacy, usePrivacyAcknowledged } from '../data/privacy';
import './privacy.css';
import { NotKept, useKeep } from '../../ui/kit/kept';

const POINTS = ['read', 'safeguarding', 'quoted', 'anonymous', 'takeBack', 'forget'] as const;

/** The notice itself: short sentences, normal-size text, one idea each. */
export function PrivacyPoints() {
  const { t } = useTranslation('privacy');
  return (
    <ul className="privacy-points">
      {POINTS.map((p) => (
        <li key={p}>{t(`notice.${p}`)}</li>
      ))}
    </ul>
  );
}

/**
 * "I understand": remembered on this phone, which then shows what the notice stood in front of. When the phone could
 * not remember it, the notice stays and says so.
 */
export function AcknowledgeButton() {
  const { t } = useTranslation('privacy');
  const acknowledge = useKeep();
  return (
    <>
      <button type="button" className="button" onClick={() => acknowledge.keep(acknowledgePrivacy)}>
        {t('notice.ok')}
      </button>
      <NotKept shown={acknowledge.failed()} className="error" />
    </>
  );
}

/** A link to the notice, for the wall, the name polls and the footer. */
export function PrivacyLink({ className }: { className?: string }) {
  const { t } = useTranslation('privacy');
  return (
    <Link href="/privacy" className={className ?? 'privacy-link'}>
      {t('notice.link')}
    </Link>
  );
}

/**
 * Before the first thing this phone sends: the notice and "I understand" in place of the write box. After that the
 * write box shows, with the notice a tap away.
 */
export function PrivacyGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('privacy');
  const acknowledged = usePrivacyAcknowledged();
  const gateId = useId();
  if (acknowledged === undefined) return null;
  if (acknowledged) return <>{children}</>;
  return (
    <section className="privacy-gate" aria-labelledby="privacy-gate-title" id={gateId}>
      <div className="privacy-gate-head">
        <h2 id="privacy-gate-title">{t('notice.title')}</h2>
        <ReadAloud text={() => screenText(document.getElementById(gateId))} label={t('common:readAloud.choice', { text: t('notice.title') })} />
      </div>
      <p>{t('notice.before')}</p>
      <PrivacyPoints />
      <AcknowledgeButton />
    </section>
  );
}
