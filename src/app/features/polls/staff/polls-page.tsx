// Language polls ("What's in a name"): staff ask young people what a thing should be called, check the words they
// suggest, and adopt the winner into the council's own words, with a feed item that records it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { listPolls } from './api';
import { NewPollForm } from './new-poll-form';
import { PollCard } from './poll-card';

export function PollsPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t, i18n } = useTranslation('staff');
  const polls = useStaffData(listPolls, onError);
  const [notice, setNotice] = useState<string | null>(null);
  const sorted = useMemo(() => [...(polls.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [polls.data]);
  // The words Heard lets a council rename (locales/<lng>/vocab.json), offered as suggestions for the term.
  const terms = Object.keys((i18n.getResourceBundle('en', 'vocab') as Record<string, string> | undefined) ?? {});
  const changed = (message: string) => {
    setNotice(message);
    polls.reload();
  };

  return (
    <>
      <h1>{t('polls.title')}</h1>
      <p>{t('polls.intro')}</p>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <LoadFailed load={polls} />
      {!polls.data && polls.error === null && <p className="loading">{t('loading')}</p>}
      {polls.data && sorted.length === 0 && <p>{t('polls.empty')}</p>}
      <ul className="staff-list">
        {sorted.map((p) => (
          <PollCard key={p.id} poll={p} onError={onError} onChanged={changed} />
        ))}
      </ul>
      <NewPollForm terms={terms} onError={onError} onCreated={() => changed(t('polls.created'))} />
    </>
  );
}
