// The young person's routes, built from the feature list. Feature pages and the staff area are lazy chunks, so the
// first load stays small.
import type { ReactNode } from 'react';
import { FEATURES } from './features/index';
import { HomePage, NotFoundPage } from './shell/pages';
import { matchPath } from './ui/router';

const ROUTES = FEATURES.flatMap((f) => f.routes ?? []);

export function youngPersonPage(path: string, councilName: string | undefined): ReactNode {
  if (matchPath('/', path)) return <HomePage councilName={councilName} />;
  // A route named word for word ("/feed/names") wins over one with a parameter ("/feed/:itemId").
  const route =
    ROUTES.find((r) => r.patterns.some((p) => !p.includes(':') && matchPath(p, path))) ??
    ROUTES.find((r) => r.patterns.some((p) => matchPath(p, path)));
  if (route) return <route.page />;
  return <NotFoundPage />;
}
