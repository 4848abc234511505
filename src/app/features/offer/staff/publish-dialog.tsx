// Publishing one item (admins only): say what changed (English required, Welsh and Arabic optional); when the server
// answers that checks fail, show them and ask the admin to confirm they have read them before sending again; once
// published, show what changed field by field and any checks that still fail.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferCheck, StaffOfferItem } from '../../../../shared/offer-staff';
import { StaffApiError } from '../../../api/request';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { emptyText, toLocalized } from '../../../ui/staff/localized-input';
import { publishItem, type PublishResult } from './api';
import { CheckList } from './check-list';
import { FieldChanges } from './field-changes';
import { Modal } from './modal';

type Published = Extract<PublishResult, { kind: 'published' }>['answer'];

interface Props {
  item: StaffOfferItem;
  items: readonly StaffOfferItem[];
  onPublished: (answer: Published) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}

export function PublishDialog({ item, items, onPublished, onClose, onError }: Props) {
  const { t } = useTranslation('offer-staff');
  const [note, setNote] = useState(emptyText);
  const [checks, setChecks] = useState<OfferCheck[] | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Published | null>(null);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const changeNote = toLocalized(note);
    if (!changeNote) return setProblem(t('publish.noteRequired'));
    if (checks && !acknowledged) return setProblem(t('publish.acknowledgeFirst'));
    setBusy(true);
    setProblem(null);
    try {
      const result = await publishItem(item.id, changeNote, checks !== null && acknowledged);
      if (result.kind === 'checks') setChecks(result.checks);
      else {
        setDone(result.answer);
        onPublished(result.answer);
      }
    } catch (err) {
      if (err instanceof StaffApiError && err.status === 401) onError(err);
      setProblem(
        err instanceof StaffApiError && err.code === 'nothing-to-publish' ? t('publish.nothing') : t('publish.failed', { message: errorText(err) }),
      );
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Modal title={t('publish.done', { n: done.item.publishedVersion ?? 1 })} onClose={onClose}>
        <>
          <h3 className="staff-small-heading">{t('publish.changesHeading')}</h3>
          <FieldChanges changes={done.changes} version={done.item.publishedVersion} />
          {done.checks.length > 0 && (
            <>
              <h3 className="staff-small-heading">{t('publish.stillFailing')}</h3>
              <CheckList checks={done.checks} items={items} />
            </>
          )}
          <div className="staff-actions staff-dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('publish.close')}
            </button>
          </div>
        </>
      </Modal>
    );
  }

  return (
    <Modal title={t('publish.title')} onClose={onClose}>
      <form onSubmit={(e) => void send(e)} noValidate>
        <p>{t('publish.what')}</p>
        <LocalizedFields
          id="offer-change-note"
          field={t('publish.changeNote')}
          value={note}
          onChange={setNote}
          multiline
          invalid={problem === t('publish.noteRequired')}
          describedBy="offer-publish-problem"
        />
        {checks && (
          <section aria-labelledby="offer-publish-checks" className="offer-publish-checks">
            <h3 id="offer-publish-checks" className="staff-small-heading">
              {t('publish.checksHeading')}
            </h3>
            <p>{t('publish.checksWhat')}</p>
            <CheckList checks={checks} items={items} />
            <label>
              <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} /> {t('publish.acknowledge')}
            </label>
          </section>
        )}
        <p id="offer-publish-problem" role="alert" className={problem ? 'error' : undefined}>
          {problem}
        </p>
        <div className="staff-actions staff-dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('publish.cancel')}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('publish.publishing') : checks ? t('publish.publishAnyway') : t('publish.publish')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
