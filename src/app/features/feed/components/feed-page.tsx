// "You said, we did": the council's answers (a list, and each one's own screen) and the young person's own journeys.
// One lazy chunk.
import { useRoute } from '../../../ui/router';
import { FeedItemPage } from './feed-item-page';
import { FeedList } from './feed-list';
import { MinePage } from './mine-page';
import './feed.css';

export default function FeedPage() {
  const params = useRoute('/feed/:page');
  if (params?.page === 'mine') return <MinePage />;
  if (params?.page) return <FeedItemPage itemId={params.page} />;
  return <FeedList />;
}
