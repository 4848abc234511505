// "You said, we did": the council's answers, the young person's own journeys, and the name polls. One lazy chunk.
import { useRoute } from '../../../shell/router';
import { FeedList } from './feed-list';
import { MinePage } from './mine-page';
import { NamesPage } from './names-page';
import './feed.css';

export default function FeedPage() {
  const params = useRoute('/feed/:page');
  if (params?.page === 'mine') return <MinePage />;
  if (params?.page === 'names') return <NamesPage />;
  return <FeedList />;
}
