// The posts in a theme, "Yes more" and "No more" alike; words withdrawn since (moved to safeguarding or taken back)
// are not shown.
import { useTranslation } from 'react-i18next';
import type { StaffThemePost } from '../../../../shared/feed-staff';
import { useDate } from '../../../ui/staff/dates';

export function ThemePosts({ posts, onRemove }: { posts: readonly StaffThemePost[]; onRemove: (postId: string) => void }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  return (
    <>
      <h2>{t('themes.inTheme')}</h2>
      {posts.length === 0 && <p>{t('themes.noPosts')}</p>}
      <ul className="staff-list">
        {posts.map((p) => (
          <li key={p.id} className="staff-card">
            <p className="staff-meta">
              <span className={`staff-kind staff-kind-${p.promptKind}`}>{t(`prompts.kinds.${p.promptKind}`)}</span> ·{' '}
              {t(`themes.postStatus.${p.status}`)} · <bdi>{p.districtName ?? t('noDistrict')}</bdi> · {t('themes.meTooCount', { n: p.meToo })} ·{' '}
              {date(p.createdAt)}
            </p>
            {p.status === 'withdrawn' ? (
              <p className="staff-post-text staff-withdrawn">{t('themes.wordsWithdrawn')}</p>
            ) : (
              <p className="staff-post-text" dir="auto">
                {p.publishedText ?? p.text}
              </p>
            )}
            <button type="button" className="button button-secondary" onClick={() => onRemove(p.id)}>
              {t('themes.remove')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
