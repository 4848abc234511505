// The "Ask for help" request topics a draft may cite, with how many requests each had in a period the editor picks
// (the year to today at first). Counts only: a topic with fewer than 5 requests in the period says so without a
// number, and only topics the council has had at least 5 requests on can be ticked, so no answer points at one
// young person. A topic cited already stays listed, so it can be unticked.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_TOPICS } from '../../../../shared/requests/request';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { listRequestTopics } from './api';
import type { SetField } from './editor-details';
import { FeedLoading, type OnError } from './feed-parts';
import type { FeedItemForm } from './model/feed-forms';

const today = () => new Date().toISOString().slice(0, 10);
const yearAgo = () => new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function RequestTopicChoices({ form, set, onError }: { form: FeedItemForm; set: SetField; onError: OnError }) {
  const { t } = useTranslation('staff');
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(today);
  const ready = isDate(from) && isDate(to) && from <= to;
  // Each answer keeps the period it counts, so counts for another period are never shown as this one's (while the
  // new period loads, or when it could not be loaded).
  const load = useCallback(() => listRequestTopics(from, to).then((counts) => ({ from, to, counts })), [from, to]);
  const topics = useStaffData(ready ? load : null, onError);
  const counts = topics.data && topics.data.from === from && topics.data.to === to ? topics.data.counts : null;
  const chosen = new Set(form.requestTopics);
  const toggle = (id: string, on: boolean) => set('requestTopics', on ? [...form.requestTopics, id] : form.requestTopics.filter((x) => x !== id));
  return (
    <fieldset className="staff-choices">
      <legend>{t('feed.editor.requestTopics')}</legend>
      <p className="small">{t('feed.editor.requestTopicsHint')}</p>
      <div className="staff-actions">
        <label htmlFor="topics-from">{t('feed.editor.topicsFrom')}</label>
        <input id="topics-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor="topics-to">{t('feed.editor.topicsTo')}</label>
        <input id="topics-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {!ready ? (
        <p className="error">{t('feed.editor.topicsPeriodProblem')}</p>
      ) : !counts ? (
        <>
          <LoadFailed load={topics} words={(reason) => t('feed.editor.topicsFailed', { reason })} />
          {topics.error === null && <FeedLoading />}
        </>
      ) : (
        <ul className="staff-choice-list">
          {REQUEST_TOPICS.map((topic) => {
            const row = counts.topics.find((r) => r.topic === topic);
            const on = chosen.has(topic);
            if (!row) return null;
            return (
              <li key={topic}>
                <input
                  id={`source-topic-${topic}`}
                  type="checkbox"
                  checked={on}
                  disabled={!row.citable && !on}
                  aria-describedby={`source-topic-${topic}-count`}
                  onChange={(e) => toggle(topic, e.target.checked)}
                />
                <label htmlFor={`source-topic-${topic}`}>{t(`feed.requestTopics.${topic}`)}</label>{' '}
                <span id={`source-topic-${topic}-count`} className="staff-meta">
                  {row.count === null ? t('feed.editor.topicFew', { n: counts.minimum }) : t('feed.editor.topicCount', { n: row.count })}
                  {!row.citable && ` · ${t('feed.editor.topicNotCitable', { n: counts.minimum })}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
