// Paging for the staff lists that can grow without limit (the moderation and safeguarding queues): first, previous,
// "page N of M", next, last. Nothing is ever cut off; every item is on some page.
import { useTranslation } from 'react-i18next';
import { pageCount } from './paging';

export function Pager({
  label,
  page,
  total,
  pageSize,
  onPage,
}: {
  label: string;
  page: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('staff');
  const pages = pageCount(total, pageSize);
  if (pages <= 1 && page <= 1) return null;
  const go = (to: number) => onPage(Math.min(Math.max(1, to), pages));
  return (
    <nav className="staff-pager" aria-label={label}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => go(1)}>
        {t('pager.first')}
      </button>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        {t('pager.previous')}
      </button>
      <span className="staff-pager-where">{t('pager.pageOf', { page, pages })}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
        {t('pager.next')}
      </button>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => go(pages)}>
        {t('pager.last')}
      </button>
    </nav>
  );
}
