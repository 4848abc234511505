// Give a queue item to a named member of the team (or to nobody). The server checks the person works the queue in
// this council, audits the change and emails that person that an item is theirs.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardingItemView, SafeguardingPeople } from '../../../../shared/safeguarding';
import { useStaffAction } from '../../../ui/staff/use-staff-action';
import { assignItem } from './api';

type Person = SafeguardingPeople['people'][number];
const NOBODY = '';

interface Props {
  item: SafeguardingItemView;
  people: readonly Person[] | null;
  onDone: (name: string | null) => void;
  onError: (e: unknown) => void;
}

export function AssignForm({ item, people, onDone, onError }: Props) {
  const { t } = useTranslation('staff');
  const current = item.assignedTo?.id ?? NOBODY;
  const [chosen, setChosen] = useState(current);
  const { busy, problem, run } = useStaffAction(onError);
  const id = `sg-assign-${item.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const answer = await assignItem({ kind: item.kind, id: item.id, staffId: chosen === NOBODY ? null : chosen });
      onDone(answer.assignedTo?.name ?? null);
    });
  };

  return (
    <form className="safeguarding-assign" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{t('safeguarding.assignLabel')}</label>
      <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={!people}>
        <option value={NOBODY}>{t('safeguarding.nobody')}</option>
        {people?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary" disabled={busy || !people || chosen === current}>
        {t('safeguarding.assign')}
      </button>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
