// "You said, we did" items: drafts staff can edit and publish; published items are never rewritten, they get dated
// updates, and their timeline shows every earlier word with its date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, usePath } from '../../../ui/router';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { listFeedItems, listThemes } from './api';
import { FeedEditor } from './feed-editor';
import { FeedLoading } from './feed-parts';
import { ItemList } from './item-list';
import { PublishedItem } from './published-item';

export function FeedPage({ me, onError }: Pick<StaffScreenProps, 'me' | 'onError'>) {
  const path = usePath();
  const [notice, setNotice] = useState<string | null>(null);
  const items = useStaffData(listFeedItems, onError);
  const themes = useStaffData(listThemes, onError);
  const open = matchPath('/staff/feed/:id', path);
  const shared = { onError, notice, setNotice, items, themes, districts: me.council.districts };

  if (!open?.id) return <ItemList {...shared} />;
  if (open.id === 'new') return <FeedEditor key="new" item={null} {...shared} />;
  if (!items.data) {
    return (
      <>
        <LoadFailed load={items} />
        {items.error === null && <FeedLoading />}
      </>
    );
  }
  const item = items.data.find((i) => i.id === open.id);
  if (!item) return <FeedNotFound />;
  return item.state === 'draft' ? <FeedEditor key={item.id} item={item} {...shared} /> : <PublishedItem key={item.id} item={item} {...shared} />;
}

function FeedNotFound() {
  const { t } = useTranslation('staff');
  return (
    <>
      <h1>{t('feed.notFound')}</h1>
      <Link href="/staff/feed">{t('feed.back')}</Link>
    </>
  );
}
