// One item of the local offer: its editor (a new item at /staff/offer/new), then its published history. The list's
// answer carries every item and the checks, so the page reads the item from it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffOfferItem } from '../../../../shared/offer-staff';
import { Link } from '../../../ui/router';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { loadHistory, loadOffer } from './api';
import { Editor } from './editor';
import { HistoryList } from './history-list';

export function ItemPage({ id, me, onError }: StaffScreenProps & { id: string | null }) {
  const { t } = useTranslation('offer-staff');
  const list = useStaffData(loadOffer, onError);
  const loadVersions = useCallback(() => loadHistory(id ?? ''), [id]);
  const history = useStaffData(id ? loadVersions : null, onError);
  const canPublish = me.roles.includes('admin');
  const back = (
    <p>
      <Link href="/staff/offer">{t('back')}</Link>
    </p>
  );
  const changed = () => {
    list.reload();
    history.reload();
  };

  if (id === null) {
    return (
      <>
        {back}
        {/* The checks before publishing name the other items they are about: say when those could not be loaded. */}
        <LoadFailed load={list} />
        <Editor item={null} items={list.data?.items ?? []} canPublish={canPublish} onChanged={changed} onError={onError} />
      </>
    );
  }
  if (!list.data) {
    return (
      <>
        {back}
        <LoadFailed load={list} />
        {list.error === null && <p className="loading">{t('loading')}</p>}
      </>
    );
  }
  const item: StaffOfferItem | undefined = list.data.items.find((i) => i.id === id);
  if (!item) {
    return (
      <>
        {back}
        <h1>{t('editor.notFound')}</h1>
      </>
    );
  }
  return (
    <>
      {back}
      <Editor item={item} items={list.data.items} canPublish={canPublish} onChanged={changed} onError={onError} />
      <HistoryList versions={history.data} load={history} />
    </>
  );
}
