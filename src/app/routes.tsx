// The young person's routes. Feature pages and the staff area are lazy chunks, so the first load stays small.
import { lazy, type ReactNode } from 'react';
import { ComingSoonPage, HomePage, NotFoundPage } from './shell/pages';
import { matchPath } from './shell/router';

const WallPage = lazy(() => import('./features/wall/components/wall-page'));
const FeedPage = lazy(() => import('./features/feed/components/feed-page'));
const PrivacyPage = lazy(() => import('./features/privacy/components/privacy-page'));

export function youngPersonPage(path: string, councilName: string | undefined): ReactNode {
  if (matchPath('/', path)) return <HomePage councilName={councilName} />;
  if (matchPath('/wall', path) || matchPath('/wall/:promptId', path)) return <WallPage />;
  if (matchPath('/feed', path) || matchPath('/feed/mine', path) || matchPath('/feed/names', path)) return <FeedPage />;
  if (matchPath('/privacy', path)) return <PrivacyPage />;
  for (const area of ['survey', 'help', 'offer'] as const) {
    if (matchPath(`/${area}/*`, path)) return <ComingSoonPage area={area} />;
  }
  return <NotFoundPage />;
}
