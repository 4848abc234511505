// The tab bar at the bottom of every screen of a phone that has joined: the young person's main places with their
// symbols and words, where a thumb reaches, and "More" for the rest (the More sheet).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewsCount } from '../my-items/data/news';
import type { NavEntry } from '../ui/feature-manifest';
import { MoreSymbol } from '../ui/icons';
import { Link } from '../ui/router';
import { currentTab, TABS } from './areas';
import { MoreSheet } from './more-sheet';
import { NewsBadge } from './pages';

/** The tab's short word (tab.<key>) where there is one, else the place's name (nav.<key>). */
export function useTabLabel(): (entry: NavEntry) => string {
  const { t, i18n } = useTranslation();
  return (entry) => (i18n.exists(`tab.${entry.key}`) ? t(`tab.${entry.key}`) : t(`nav.${entry.key}`));
}

export function TabBar({ path, offeredLanguages }: { path: string; offeredLanguages: readonly string[] | undefined }) {
  const { t } = useTranslation();
  const news = useNewsCount();
  const label = useTabLabel();
  const [moreOpen, setMoreOpen] = useState(false);
  const current = currentTab(path);
  return (
    <>
      <nav aria-label={t('nav.label')} className="tab-bar">
        <ul>
          {TABS.map((entry) => {
            const SymbolIcon = entry.symbol;
            return (
              <li key={entry.key}>
                <Link href={entry.href} className="tab" aria-current={current === entry.key ? 'page' : undefined}>
                  <SymbolIcon aria-hidden="true" focusable="false" />
                  <span className="tab-label">{label(entry)}</span>
                  {entry.newsBadge === 'nav' && news > 0 && <NewsBadge count={news} />}
                </Link>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="tab"
              aria-haspopup="dialog"
              aria-expanded={moreOpen}
              aria-current={current === 'more' ? 'page' : undefined}
              onClick={() => setMoreOpen(true)}
            >
              <MoreSymbol aria-hidden="true" focusable="false" />
              <span className="tab-label">{t('nav.more')}</span>
            </button>
          </li>
        </ul>
      </nav>
      <MoreSheet open={moreOpen} onClose={() => setMoreOpen(false)} path={path} offeredLanguages={offeredLanguages} />
    </>
  );
}
