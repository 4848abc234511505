// A theme's counts: totals, then small tables by district and by month.
import { useTranslation } from 'react-i18next';
import type { StaffThemeView, ThemeCount } from '../../../../shared/feed-staff';
import { monthLabel, monthsInOrder } from './model/themes';

/** Totals, then small tables by district and by month: readable by screen readers, printable, no chart library. */
export function ThemeCounts({ theme, headingLevel }: { theme: StaffThemeView; headingLevel: 2 | 3 }) {
  const { t, i18n } = useTranslation('staff');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="staff-theme-counts">
      <p className="staff-totals">
        {t('themes.totals', { posts: theme.posts, meToo: theme.meToo })}
        {theme.feedItemIds.length > 0 && ` · ${t('themes.citedBy', { n: theme.feedItemIds.length })}`}
      </p>
      {theme.posts > 0 && (
        <div className="staff-count-tables">
          <div>
            <H className="staff-small-heading">{t('themes.byDistrict')}</H>
            <CountTable
              first={t('themes.district')}
              rows={theme.byDistrict.map((d) => ({ ...d, key: d.districtId ?? 'council', label: d.districtName ?? t('noDistrict') }))}
            />
          </div>
          <div>
            <H className="staff-small-heading">{t('themes.byMonth')}</H>
            <CountTable
              first={t('themes.month')}
              rows={monthsInOrder(theme.byMonth).map((m) => ({ ...m, key: m.month, label: monthLabel(m.month, i18n.language) }))}
            />
          </div>
        </div>
      )}
    </div>
  );
}

function CountTable({ first, rows }: { first: string; rows: Array<ThemeCount & { key: string; label: string }> }) {
  const { t } = useTranslation('staff');
  return (
    <table className="staff-table staff-table-compact">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{t('themes.posts')}</th>
          <th scope="col">{t('themes.meToo')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.posts}</td>
            <td>{r.meToo}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
