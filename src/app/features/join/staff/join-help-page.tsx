// "Help a young person join": for every staff role (an IRO at a review, a worker on a visit). The council's join link
// as a QR code to scan, as text to read out or type, a button to copy it, and a printable page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { joinUrl, loadJoinLink } from './api';
import { QrCode } from './qr-code';

export function JoinHelpPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const joinLink = useStaffData(loadJoinLink, onError);
  const { data, error } = joinLink;
  const [status, setStatus] = useState('');

  const link = data ? joinUrl(window.location.origin, data.joinCode) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('joinHelp.copied'));
    } catch {
      setStatus(t('joinHelp.copyFailed'));
    }
  };

  return (
    <div className="staff-join">
      <h1>{t('joinHelp.title')}</h1>
      <LoadFailed load={joinLink} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && (
        <>
          <p className="staff-print-heading">{t('joinHelp.printHeading', { council: data.councilName })}</p>
          <ol className="staff-join-steps">
            <li>{t('joinHelp.stepScan')}</li>
            <li>{t('joinHelp.stepType')}</li>
            <li>{t('joinHelp.stepPrivacy')}</li>
          </ol>
          <QrCode text={link} label={t('joinHelp.qrLabel', { link })} />
          <dl className="staff-join-facts">
            <div>
              <dt>{t('joinHelp.link')}</dt>
              <dd>
                <bdi dir="ltr" className="staff-join-link">
                  {link}
                </bdi>
              </dd>
            </div>
            <div>
              <dt>{t('joinHelp.code')}</dt>
              <dd>
                <bdi dir="ltr" className="staff-join-code">
                  {data.joinCode}
                </bdi>
              </dd>
            </div>
          </dl>
          <div className="staff-actions no-print">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('joinHelp.copy')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('joinHelp.print')}
            </button>
          </div>
          <p role="status" className="staff-notice no-print">
            {status}
          </p>
        </>
      )}
    </div>
  );
}
