// What a moderator should know before deciding on a post: personal details, the safety check's doubt and what it may
// be about, and a flood from the same phone (never saying which phone), with a way to hide what it still has waiting.
import { useTranslation } from 'react-i18next';
import type { StaffWallPost } from './model/moderation';

export function PostFlags({ post, doubtful, onHidePhone }: { post: StaffWallPost; doubtful: boolean; onHidePhone: (() => void) | null }) {
  const { t } = useTranslation('staff');
  const details = post.flags?.personalDetails ?? [];
  const categories = post.check.categories.map((c) => t(`safetyWords.categories.${c}`, { defaultValue: c })).join(', ');
  return (
    <>
      {details.length > 0 && <p className="staff-flag">{t('moderation.detailsFlag', { kinds: details.join(', ') })}</p>}
      {doubtful && (
        <p className="staff-flag staff-flag-harm">
          {t(post.check.doubt === 'possible' && !post.flags?.disclosure ? 'moderation.possibleFlag' : 'moderation.harmFlag')}
          {categories && ` ${t('moderation.flagCategories', { categories })}`}
        </p>
      )}
      {post.samePhone && (
        <p className="staff-flag">
          {t('moderation.samePhone', { count: post.samePhone.withinHour })}{' '}
          {post.samePhone.waiting > 0 && onHidePhone && (
            <button type="button" className="link-button" onClick={onHidePhone}>
              {t('moderation.hidePhone', { count: post.samePhone.waiting })}
            </button>
          )}
        </p>
      )}
    </>
  );
}
