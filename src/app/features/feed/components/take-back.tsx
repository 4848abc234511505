// "Take this back" on one of the young person's own items.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeBack } from '../../../my-items/data/take-back';
import type { MyItemRow } from '../../../storage/rows';
import { useKeep } from '../../../ui/kit/kept';

/** "Take this back", asked twice so a slip of the thumb does not lose anything. */
export function TakeBack({ item, titleId }: { item: MyItemRow; titleId: string }) {
  const { t } = useTranslation('privacy');
  const [asking, setAsking] = useState(false);
  const taken = useKeep();
  const notSent = item.delivery !== 'delivered';
  if (!asking) {
    return (
      <p className="take-back">
        <button type="button" className="button button-secondary" aria-describedby={titleId} onClick={() => setAsking(true)}>
          {t('takeBack.button')}
        </button>
      </p>
    );
  }
  const sureId = `${titleId}-take-back`;
  return (
    <div className="take-back take-back-confirm" role="group" aria-labelledby={sureId}>
      <p id={sureId}>
        <strong>{t('takeBack.sure')}</strong>
      </p>
      <p>{t(notSent ? 'takeBack.notSentYet' : item.kind === 'poll-suggestion' ? 'takeBack.whatHappensIdea' : 'takeBack.whatHappens')}</p>
      <button type="button" className="button button-danger" onClick={() => taken.keep(() => takeBack(item.id))}>
        {t('takeBack.yes')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
        {t('takeBack.no')}
      </button>
      <p role="status">{taken.failed() ? t('common:notSaved') : ''}</p>
    </div>
  );
}
