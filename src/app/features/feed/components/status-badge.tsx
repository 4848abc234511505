// How a feed item is going, as a badge with its symbol beside the words.
import { useTranslation } from 'react-i18next';
import type { FeedStatus } from '../../../../shared/feed';
import { AlertSymbol, ApprovedSymbol, InProgressSymbol, WaitingSymbol } from '../../../ui/icons';
import { ChoiceLabel } from '../../../ui/read-aloud';

export const STATUS_SYMBOL: Record<FeedStatus, typeof ApprovedSymbol> = {
  planned: WaitingSymbol,
  'in-progress': InProgressSymbol,
  done: ApprovedSymbol,
  'cant-do': AlertSymbol,
};

export function StatusBadge({ status }: { status: FeedStatus }) {
  const { t } = useTranslation('feed');
  return (
    <span className={`feed-status feed-status-${status}`}>
      <ChoiceLabel symbol={STATUS_SYMBOL[status]}>{t(`status.${status}`)}</ChoiceLabel>
    </span>
  );
}
