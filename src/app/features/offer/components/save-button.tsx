// "Save to my list" / "Take off my list": kept on this phone only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveSymbol, SavedSymbol } from '../../../ui/icons';
import { ChoiceLabel } from '../../../ui/read-aloud';
import { removeFromList, saveToList, useSavedIds } from '../data/offer-data';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export function SaveButton({ id }: { id: string }) {
  const { t } = useTranslation('offer');
  const saved = useSavedIds()?.includes(id);
  const [said, setSaid] = useState('');
  const toggle = () => {
    const write = saved ? removeFromList(id) : saveToList(id);
    write.then(
      () => setSaid(saved ? t('item.removed') : t('item.saved')),
      () => setSaid(t('common:notSaved')),
    );
  };
  return (
    <>
      {saved && (
        <p className="offer-saved">
          <SavedSymbol aria-hidden="true" focusable="false" /> {t('item.saved')}
        </p>
      )}
      <button type="button" className={saved ? 'button button-secondary' : 'button'} onClick={toggle}>
        <ChoiceLabel symbol={saved ? undefined : SaveSymbol}>{saved ? t('item.remove') : t('item.save')}</ChoiceLabel>
      </button>
      <p role="status" className="offer-hint">
        {said}
      </p>
    </>
  );
}

/** For an item no longer in the offer: taken off, it leaves the list; when the phone could not do that, it says so. */
export function RemoveButton({ id }: { id: string }) {
  const { t } = useTranslation('offer');
  const remove = useKeep();
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => remove.keep(() => removeFromList(id))}>
        {t('item.remove')}
      </button>
      <NotKept shown={remove.failed()} className="offer-problem" />
    </>
  );
}
