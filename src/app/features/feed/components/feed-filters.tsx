// Filtering the feed: by area (the whole council, or a district with the whole-council items) and by how it's going.
// Folded away under one line that says what is showing, so the feed itself comes first on a phone.
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/council';
import { FEED_STATUSES } from '../../../../shared/feed';
import type { DistrictFilter, StatusFilter } from '../model/feed-model';

export function FeedFilters({
  districts,
  district,
  status,
  onDistrict,
  onStatus,
}: {
  districts: readonly District[];
  district: DistrictFilter;
  status: StatusFilter;
  onDistrict: (d: DistrictFilter) => void;
  onStatus: (s: StatusFilter) => void;
}) {
  const { t } = useTranslation('feed');
  const areaName =
    district === 'all'
      ? t('filters.allDistricts')
      : district === 'council'
        ? t('filters.wholeCouncilOnly')
        : (districts.find((d) => d.id === district)?.name ?? '');
  const statusName = status === 'all' ? t('filters.allStatuses') : t(`status.${status}`);
  const now = districts.length > 0 ? `${statusName} · ${areaName}` : statusName;
  return (
    <details className="feed-filters">
      <summary>
        <span className="feed-filters-title">{t('filters.legend')}</span> <span className="feed-filters-now">{now}</span>
      </summary>
      <div className="feed-filters-body">
        <label className="feed-filter">
          <span>{t('filters.status')}</span>
          <select value={status} onChange={(e) => onStatus(e.target.value as StatusFilter)}>
            <option value="all">{t('filters.allStatuses')}</option>
            {FEED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {districts.length > 0 && (
          <label className="feed-filter">
            <span>{t('filters.district')}</span>
            <select value={district} onChange={(e) => onDistrict(e.target.value)}>
              <option value="all">{t('filters.allDistricts')}</option>
              <option value="council">{t('filters.wholeCouncilOnly')}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {district !== 'all' && district !== 'council' && <p className="small">{t('filters.districtNote')}</p>}
      </div>
    </details>
  );
}
