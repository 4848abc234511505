// One item in the safeguarding queue: the young person's words, where they wrote them, when it is due, who has it,
// what staff did about them so far, a form to give it to someone and a form to record what was done next.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardingActionView, SafeguardingItemView, SafeguardingPeople } from '../../../../shared/safeguarding';
import { useDate } from '../../../ui/staff/dates';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { useStaffAction } from '../../../ui/staff/use-staff-action';
import { recordAction } from './api';
import { AssignForm } from './assign-form';
import { ItemMarks } from './item-marks';

type OnError = (e: unknown) => void;

export interface ItemCardProps {
  item: SafeguardingItemView;
  /** The queue's team, to give the item to (null while loading). */
  people: readonly SafeguardingPeople['people'][number][] | null;
  now: Date;
  onDone: () => void;
  onAssigned: (name: string | null) => void;
  onError: OnError;
}

export function ItemCard({ item, people, now, onDone, onAssigned, onError }: ItemCardProps) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const [note, setNote] = useState('');
  const { busy, problem, setProblem, run } = useStaffAction(onError);
  const [ask, confirmDialog] = useConfirm();
  const id = `sg-${item.id}`;
  const first = item.actions.length === 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') return setProblem(t('safeguarding.noteRequired'));
    setProblem(null);
    // A note in the safeguarding record is kept for good, with the staff member's name.
    if (
      !(await ask({
        title: t('confirm.record.title'),
        what: t('confirm.record.what'),
        confirm: t(first ? 'safeguarding.record' : 'safeguarding.addNote'),
      }))
    )
      return;
    await run(async () => {
      await recordAction({ kind: item.kind, id: item.id, note });
      setNote('');
      onDone();
    });
  };

  return (
    <li className="staff-card">
      <p className="staff-meta">
        {t(item.kind === 'wall-post' ? 'safeguarding.kindWallPost' : 'safeguarding.kindSuggestion')} ·{' '}
        {t(item.kind === 'wall-post' ? 'safeguarding.onWall' : 'safeguarding.forPoll', { where: item.context })}
        {item.districtName && (
          <>
            {' '}
            · <bdi>{item.districtName}</bdi>
          </>
        )}{' '}
        · {t('safeguarding.sentOn', { date: date(item.createdAt) })}
      </p>
      <p className="staff-post-text" dir="auto">
        {item.text}
      </p>
      <ItemMarks item={item} now={now} />
      {item.samePhone !== null && <p className="staff-flag">{t('safeguarding.samePhone', { count: item.samePhone })}</p>}
      {item.takenBackAt && <p className="staff-flag">{t('safeguarding.takenBack', { date: date(item.takenBackAt) })}</p>}
      <AssignForm key={item.assignedTo?.id ?? ''} item={item} people={people} onDone={onAssigned} onError={onError} />
      {item.actions.length > 0 && <Actions actions={item.actions} />}
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-note`}>{t(first ? 'safeguarding.actionLabel' : 'safeguarding.followUpLabel')}</label>
        <p id={`${id}-hint`} className="small">
          {t('safeguarding.actionHint')}
        </p>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        {problem && (
          <p id={`${id}-problem`} className="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className={first ? 'button' : 'button button-secondary'} disabled={busy}>
          {t(first ? 'safeguarding.record' : 'safeguarding.addNote')}
        </button>
      </form>
      {confirmDialog}
    </li>
  );
}

function Actions({ actions }: { actions: readonly SafeguardingActionView[] }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  return (
    <div>
      <h3 className="staff-small-heading">{t('safeguarding.whatWasDone')}</h3>
      <ol className="staff-timeline">
        {actions.map((a) => (
          <li key={a.id}>
            <p className="staff-meta">{t('safeguarding.actionBy', { date: date(a.at), name: a.staffName })}</p>
            <p className="staff-post-text" dir="auto">
              {a.note}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
