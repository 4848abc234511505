// What a feed item cites: themes, posts (quoted or not), a poll, survey findings. Words or findings withdrawn since are
// said to be, never shown.
import { useTranslation } from 'react-i18next';
import type { FeedSource } from '../../../../shared/feed';

export function SourceList({ sources, themeTitles }: { sources: readonly FeedSource[]; themeTitles: ReadonlyMap<string, string> | null }) {
  const { t } = useTranslation('staff');
  if (sources.length === 0) return null;
  // Until the themes list is loaded (or when it could not be), a theme's name is unknown: never say it was removed.
  const themeTitle = (id: string) => (themeTitles ? (themeTitles.get(id) ?? t('feed.themeGone')) : t('feed.themeNotLoaded'));
  // Words quoted here were moved to the safeguarding queue or taken back: whoever looks at the item is told, here.
  const withdrawn = sources.some((s) => s.kind === 'post' && s.withdrawn);
  return (
    <>
      {withdrawn && (
        <p className="staff-notice staff-withdrawn-notice" role="note">
          {t('feed.quoteWithdrawn')}
        </p>
      )}
      <ul className="staff-sources" aria-label={t('feed.sourcesLabel')}>
        {sources.map((s) => (
          <li key={`${s.kind}-${s.id}`}>
            {s.kind === 'theme' && t('feed.sourceTheme', { title: themeTitle(s.id) })}
            {s.kind === 'post' &&
              (s.withdrawn ? t('feed.sourceWithdrawn') : s.quote ? t('feed.sourceQuote', { quote: s.quote }) : t('feed.sourcePost'))}
            {s.kind === 'poll' && t('feed.sourcePoll')}
            {s.kind === 'survey-question' && (s.withdrawn ? t('feed.sourceFindingWithdrawn') : t('feed.sourceFinding'))}
            {s.kind === 'request-theme' && t('feed.sourceRequestTopic', { topic: t(`feed.requestTopics.${s.id}`, { defaultValue: s.id }) })}
          </li>
        ))}
      </ul>
    </>
  );
}
