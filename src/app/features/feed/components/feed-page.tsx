// "You said, we did": the council's answers and the young person's own journeys. One lazy chunk.
import { useRoute } from '../../../ui/router';
import { FeedList } from './feed-list';
import { MinePage } from './mine-page';
import './feed.css';

export default function FeedPage() {
  const params = useRoute('/feed/:page');
  if (params?.page === 'mine') return <MinePage />;
  return <FeedList />;
}
