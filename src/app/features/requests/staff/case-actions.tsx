// What staff can do on a case, each a small form: who has it, acknowledging, contact made, advocacy, a message the
// young person reads, a staff note, the stage's answer, an extension, the clock, England's stage 3 milestones,
// closing and the learning. Only what fits the request's state is offered.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids';
import { STAGE_OUTCOMES } from '../../../../shared/requests/request';
import type { RequestCase } from '../../../../shared/requests/staff';
import { loadAssignees } from '../../../api/staff/requests';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { AcknowledgeButton } from './acknowledge-button';
import { ActionForm } from './action-form';

interface Props {
  c: RequestCase;
  onChanged: (c: RequestCase) => void;
  onError: (e: unknown) => void;
}

export function CaseActions({ c, onChanged, onError }: Props) {
  const { t } = useTranslation('requests-staff');
  const date = useDate();
  const assignees = useStaffData(loadAssignees, onError);
  // A message keeps its id until it is sent, so sending again after a lost answer stores it once.
  const messageId = useRef(newId());
  const open = c.status !== 'closed';
  const stage = c.stages.find((s) => s.stage === c.stage);
  const waiting = open && stage !== undefined && stage.respondedOn === null;
  const outcomes = STAGE_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }));
  const common = { caseId: c.id, onChanged, onError };
  const reason = { name: 'reason', label: t('actions.reason'), kind: 'textarea' } as const;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="case-actions" className="requests-actions">
      <h2 id="case-actions">{t('actions.heading')}</h2>
      {open && c.acknowledgedAt === null && <AcknowledgeButton caseId={c.id} onChanged={onChanged} onError={onError} />}
      {c.acknowledgedAt && <p>{t('actions.acknowledged', { date: date(c.acknowledgedAt) })}</p>}
      {open && (
        // Without the team list there is no one to choose: say why, rather than leave the form out unexplained.
        <LoadFailed load={assignees} words={(reason) => t('actions.assigneesFailed', { reason })} />
      )}
      {open && assignees.data && (
        <ActionForm
          {...common}
          title={t('actions.assign')}
          submit={t('actions.assignSave')}
          fields={[
            {
              name: 'staffId',
              label: t('actions.assign'),
              kind: 'select',
              initial: c.assignedTo?.id ?? '',
              options: [{ value: '', label: t('actions.nobody') }, ...assignees.data.map((m) => ({ value: m.id, label: m.name }))],
              optional: true,
            },
          ]}
          toAction={(v) => ({ path: 'assign', body: { staffId: v['staffId'] || null } })}
        />
      )}
      {open && (
        <ActionForm
          {...common}
          title={t('actions.message')}
          submit={t('actions.send')}
          fields={[
            { name: 'text', label: t('actions.messageText'), kind: 'textarea' },
            { name: 'signedAs', label: t('actions.signedAs'), kind: 'text', optional: true },
          ]}
          confirm={{ title: t('actions.confirmTitle'), what: t('actions.confirmWhat'), confirm: t('actions.send') }}
          toAction={(v) => ({
            path: 'messages',
            body: { id: messageId.current, text: v['text'] ?? '', ...(v['signedAs'] ? { signedAs: v['signedAs'] } : {}) },
          })}
          onChanged={(changed) => {
            messageId.current = newId();
            onChanged(changed);
          }}
        />
      )}
      {waiting && (
        <ActionForm
          {...common}
          title={t('actions.respond', { n: c.stage })}
          submit={t('actions.send')}
          fields={[
            { name: 'outcome', label: t('actions.outcome'), kind: 'select', options: outcomes },
            { name: 'text', label: t('actions.answerText'), kind: 'textarea' },
          ]}
          confirm={{ title: t('actions.confirmTitle'), what: t('actions.confirmWhat'), confirm: t('actions.send') }}
          toAction={(v) => ({ path: 'respond', body: { stage: c.stage, outcome: v['outcome'] ?? '', text: v['text'] ?? '' } })}
        />
      )}
      {open && (
        <ActionForm
          {...common}
          title={t('actions.contacted')}
          submit={t('actions.save')}
          fields={[{ name: 'note', label: t('actions.contactNote'), kind: 'textarea' }]}
          toAction={(v) => ({ path: 'contacted', body: { note: v['note'] ?? '' } })}
        />
      )}
      {open && (
        <ActionForm
          {...common}
          title={t('actions.advocacy')}
          submit={t('actions.save')}
          fields={[
            {
              name: 'state',
              label: t('actions.advocacyState'),
              kind: 'select',
              options: (['referred', 'allocated', 'closed'] as const).map((s) => ({ value: s, label: t(`advocacyStates.${s}`) })),
            },
            { name: 'note', label: t('actions.note'), kind: 'textarea', optional: true },
          ]}
          toAction={(v) => ({
            path: 'advocacy',
            body: { state: v['state'] as 'referred' | 'allocated' | 'closed', ...(v['note'] ? { note: v['note'] } : {}) },
          })}
        />
      )}
      {waiting && stage.stoppedSince === null && !(c.nation === 'england' && c.stage === 3) && (
        <ActionForm
          {...common}
          title={t('actions.extend', { n: c.stage })}
          submit={t('actions.save')}
          fields={[{ name: 'to', label: t('actions.extendTo', { date: date(stage.maxDueOn) }), kind: 'date', max: stage.maxDueOn }, reason]}
          toAction={(v) => ({ path: 'extend', body: { stage: c.stage, to: v['to'] ?? '', reason: v['reason'] ?? '' } })}
        />
      )}
      {waiting && (
        <ActionForm
          {...common}
          title={t(stage.stoppedSince === null ? 'actions.stopClock' : 'actions.restartClock')}
          submit={t('actions.save')}
          fields={[reason]}
          toAction={(v) => ({
            path: 'clock',
            body: { stage: c.stage, action: stage.stoppedSince === null ? 'stop' : 'restart', reason: v['reason'] ?? '' },
          })}
        />
      )}
      {waiting && c.nation === 'england' && c.stage === 3 && stage.panelOn === null && (
        <ActionForm
          {...common}
          title={t('actions.panel')}
          submit={t('actions.save')}
          fields={[{ name: 'on', label: t('actions.panelOn'), kind: 'date', max: today }]}
          toAction={(v) => ({ path: 'panel', body: { panelOn: v['on'] ?? '' } })}
        />
      )}
      {waiting && c.nation === 'england' && c.stage === 3 && stage.panelOn !== null && stage.reportOn === null && (
        <ActionForm
          {...common}
          title={t('actions.report')}
          submit={t('actions.save')}
          fields={[{ name: 'on', label: t('actions.reportOn'), kind: 'date', max: today }]}
          toAction={(v) => ({ path: 'report', body: { reportOn: v['on'] ?? '' } })}
        />
      )}
      <ActionForm
        {...common}
        title={t('actions.addNote')}
        submit={t('actions.save')}
        fields={[{ name: 'text', label: t('actions.noteText'), kind: 'textarea' }]}
        toAction={(v) => ({ path: 'notes', body: { text: v['text'] ?? '' } })}
      />
      <ActionForm
        {...common}
        title={t('actions.learning')}
        submit={t('actions.save')}
        fields={[
          {
            name: 'stage',
            label: t('actions.learningStage'),
            kind: 'select',
            options: c.stages.map((s) => ({ value: String(s.stage), label: String(s.stage) })),
          },
          { name: 'text', label: t('actions.learningText'), kind: 'textarea' },
        ]}
        toAction={(v) => ({ path: 'learning', body: { stage: Number(v['stage']), learning: v['text'] ?? '' } })}
      />
      {open && (
        <ActionForm
          {...common}
          title={t('actions.close')}
          submit={t('actions.close')}
          fields={[
            reason,
            {
              name: 'outcome',
              label: t('actions.closeOutcome'),
              kind: 'select',
              optional: true,
              options: [{ value: '', label: t('actions.noOutcome') }, ...outcomes],
            },
          ]}
          toAction={(v) => ({ path: 'close', body: { reason: v['reason'] ?? '', ...(v['outcome'] ? { outcome: v['outcome'] } : {}) } })}
        />
      )}
    </section>
  );
}
