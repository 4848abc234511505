// How a feed item is going, as a badge.
import { useTranslation } from 'react-i18next';
import type { FeedStatus } from '../../../../shared/feed';

export function StatusBadge({ status }: { status: FeedStatus }) {
  const { t } = useTranslation('feed');
  return <span className={`feed-status feed-status-${status}`}>{t(`status.${status}`)}</span>;
}
