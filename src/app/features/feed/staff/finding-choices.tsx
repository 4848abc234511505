// The "How's life?" findings a draft may cite: those young people can see now on "What we found" (a withdrawn one is
// no longer listed, and cannot be ticked again).
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { listSurveyFindings } from './api';
import type { SetField } from './editor-details';
import { FeedLoading, type OnError } from './feed-parts';
import type { FeedItemForm } from './model/feed-forms';

export function FindingChoices({ form, set, onError }: { form: FeedItemForm; set: SetField; onError: OnError }) {
  const { t } = useTranslation('staff');
  const findings = useStaffData(listSurveyFindings, onError);
  const chosen = new Set(form.findingIds);
  const toggle = (id: string, on: boolean) => set('findingIds', on ? [...form.findingIds, id] : form.findingIds.filter((x) => x !== id));
  return (
    <fieldset className="staff-choices">
      <legend>{t('feed.editor.findings')}</legend>
      <p className="small">{t('feed.editor.findingsHint')}</p>
      {!findings.data ? (
        <>
          <LoadFailed load={findings} words={(reason) => t('feed.editor.findingsFailed', { reason })} />
          {findings.error === null && <FeedLoading />}
        </>
      ) : findings.data.length === 0 ? (
        <p>{t('feed.editor.noFindings')}</p>
      ) : (
        <ul className="staff-choice-list">
          {findings.data.map((f) => (
            <li key={f.id}>
              <input id={`source-finding-${f.id}`} type="checkbox" checked={chosen.has(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} />
              <label htmlFor={`source-finding-${f.id}`}>
                <span className="staff-meta">
                  <bdi>{f.round}</bdi> · {f.publishedAt.slice(0, 10)}
                </span>
                <span className="staff-post-text">{f.told.en}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
