// What the screens of the feed section share: the lists they read, the notice that outlives a move between them, and
// small pieces of text.
import { useTranslation } from 'react-i18next';
import type { StaffFeedItemView, StaffThemeView } from '../../../../shared/feed-staff';
import type { DistrictOption } from '../../../ui/staff/district-select';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffData } from '../../../ui/staff/use-staff-data';

export type OnError = (e: unknown) => void;

export interface Shared {
  onError: OnError;
  /** A message that outlives the move from one screen of this section to the next ("Draft saved."). */
  notice: string | null;
  setNotice: (n: string | null) => void;
  items: StaffData<StaffFeedItemView[]>;
  themes: StaffData<StaffThemeView[]>;
  /** The council's districts (from who is signed in). */
  districts: readonly DistrictOption[];
}

export function FeedLoading() {
  const { t } = useTranslation('staff');
  return <p className="loading">{t('loading')}</p>;
}

export function Notice({ text }: { text: string | null }) {
  return (
    <div role="status" className="staff-notice">
      {text}
    </div>
  );
}

/** Theme titles by id, for the sources an item cites; null while the themes are not loaded (loading, or failed). */
export const themeTitles = (themes: readonly StaffThemeView[] | null): ReadonlyMap<string, string> | null =>
  themes && new Map(themes.map((th) => [th.id, th.title.en]));

/** Said where the themes' names are shown, when the themes list could not be loaded, with "Try again". */
export function ThemesFailed({ themes }: { themes: StaffData<StaffThemeView[]> }) {
  const { t } = useTranslation('staff');
  return <LoadFailed load={themes} words={(reason) => t('feed.themesFailed', { reason })} />;
}
