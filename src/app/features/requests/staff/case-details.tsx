// The parts of a case that are read, not done: how to reach the young person, the stages and their clocks, and
// everything that happened (messages both ways, staff actions and notes).
import { useTranslation } from 'react-i18next';
import type { RequestCase } from '../../../../shared/requests/staff';
import { useDate } from '../../../ui/staff/dates';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import { ClockBadge } from './clock-badge';

const EVENT_TYPES = new Set([
  'message-in',
  'message-out',
  'note',
  'escalated',
  'assigned',
  'contacted',
  'advocacy',
  'acknowledged',
  'extended',
  'clock-stopped',
  'clock-restarted',
  'stage-response',
  'panel',
  'report',
  'closed',
  'learning',
]);

export function CaseContact({ c }: { c: RequestCase }) {
  const { t } = useTranslation('requests-staff');
  const yesNo = (v: boolean) => t(v ? 'case.yes' : 'case.no');
  const contact = c.contact;
  return (
    <section aria-labelledby="case-contact">
      <h2 id="case-contact">{t('case.contact')}</h2>
      {contact && (
        <dl className="requests-contact">
          <dt>{t('case.method')}</dt>
          <dd>
            {t(`case.methods.${contact.method}`)}
            {contact.value && (
              <>
                : <bdi dir="ltr">{contact.value}</bdi>
              </>
            )}
            {contact.worker && <> ({t(`case.workers.${contact.worker}`)})</>}
          </dd>
          <dt>{t('case.safeToCall')}</dt>
          <dd>{yesNo(contact.safeToCall)}</dd>
          <dt>{t('case.safeToText')}</dt>
          <dd>{yesNo(contact.safeToText)}</dd>
          <dt>{t('case.safeToLeaveMessage')}</dt>
          <dd>{yesNo(contact.safeToLeaveMessage)}</dd>
          <dt>{t('case.bestTimes')}</dt>
          <dd>{contact.bestTimes?.length ? contact.bestTimes.map((b) => t(`case.times.${b}`)).join(', ') : t('case.anyTime')}</dd>
        </dl>
      )}
      {c.onBehalf && <p>{t('case.onBehalf', { name: c.onBehalf.name, relationship: c.onBehalf.relationship })}</p>}
      {c.language && <p>{t('case.language', { language: c.language })}</p>}
      <p>{t('case.advocacy', { state: t(`advocacyStates.${c.advocacy}`) })}</p>
    </section>
  );
}

export function CaseStages({ c }: { c: RequestCase }) {
  const { t } = useTranslation('requests-staff');
  const date = useDate();
  return (
    <section aria-labelledby="case-stages">
      <h2 id="case-stages">{t('case.stages')}</h2>
      <ScrollTable label={t('case.stages')}>
        <table className="staff-table">
          <thead>
            <tr>
              {(['stage', 'opened', 'due', 'max', 'clock', 'answered', 'outcome'] as const).map((k) => (
                <th key={k} scope="col">
                  {t(`case.stageCols.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{s.stage}</th>
                <td>{date(s.openedOn)}</td>
                <td>{date(s.currentDueOn)}</td>
                <td>{date(s.maxDueOn)}</td>
                <td>
                  <ClockBadge state={s.clock} />
                </td>
                <td>{date(s.respondedOn)}</td>
                <td>{s.outcome ? t(`outcomes.${s.outcome}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {c.stages.map((s) => {
        const notes = [
          s.extendedTo && t('case.extended', { date: date(s.extendedTo), reason: s.extensionReason ?? '' }),
          s.stoppedSince && t('case.stopped', { date: date(s.stoppedSince), reason: s.stopReason ?? '' }),
          s.stoppedDays > 0 && t('case.stoppedDays', { n: s.stoppedDays }),
          s.nextStageBy && t('case.nextStageBy', { date: date(s.nextStageBy) }),
          s.learning && t('case.learning', { text: s.learning }),
        ].filter((n): n is string => Boolean(n));
        return notes.length === 0 ? null : (
          <ul key={s.stage} aria-label={t('item.stage', { n: s.stage })}>
            {notes.map((n) => (
              <li key={n}>
                {t('item.stage', { n: s.stage })}: {n}
              </li>
            ))}
          </ul>
        );
      })}
    </section>
  );
}

export function CaseHistory({ c }: { c: RequestCase }) {
  const { t } = useTranslation('requests-staff');
  const date = useDate();
  return (
    <section aria-labelledby="case-history">
      <h2 id="case-history">{t('case.history')}</h2>
      <ol className="staff-timeline">
        {[...c.events].reverse().map((e) => (
          <li key={e.id}>
            <p className="staff-meta">
              <strong>{t(`case.events.${EVENT_TYPES.has(e.type) ? e.type : 'other'}`)}</strong> · {date(e.at)}
              {e.staff && (
                <>
                  {' '}
                  · <bdi>{e.staff.name}</bdi>
                </>
              )}{' '}
              · {t(e.visible ? 'case.visible' : 'case.staffOnly')}
            </p>
            {e.text && <p className="requests-words">{e.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
