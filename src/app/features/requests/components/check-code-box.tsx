// The check code this phone made: shown large once the council has the request, with "write this down and keep it
// safe", then behind "Show my check code" (someone else may pick up the phone).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markCodeKept, useCheckCode } from '../data/request-data';
import { groupCheckCode } from '../model/check-code';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export function CheckCodeBox({ requestId }: { requestId: string }) {
  const { t } = useTranslation('requests');
  const row = useCheckCode(requestId);
  const [shown, setShown] = useState(false);
  const kept = useKeep();
  if (!row) return null;
  const code = (
    <p className="requests-code" dir="ltr">
      {groupCheckCode(row.code)}
    </p>
  );
  if (row.keptAt === null) {
    // Kept, the code goes behind a button (the row changes); when the phone could not keep that, it stays large and says so.
    return (
      <div className="requests-code-once">
        <h3>{t('request.code.title')}</h3>
        {code}
        <p className="requests-code-keep">{t('request.code.once')}</p>
        <button type="button" className="button" onClick={() => kept.keep(() => markCodeKept(requestId))}>
          {t('request.code.kept')}
        </button>
        <NotKept shown={kept.failed()} className="requests-problem" />
      </div>
    );
  }
  return (
    <div>
      <button type="button" className="button button-secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t('request.code.hide') : t('request.code.show')}
      </button>
      {shown && (
        <>
          <h3 className="visually-hidden">{t('request.code.title')}</h3>
          {code}
        </>
      )}
    </div>
  );
}
