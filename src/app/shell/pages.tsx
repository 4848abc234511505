// The home page and the plain pages the shell owns.
import { useTranslation } from 'react-i18next';
import { useNewsCount } from '../my-items/data/news';
import { Link } from '../ui/router';
import { HOME_CARDS, type ComingSoonArea } from './areas';

export function HomePage({ councilName }: { councilName: string | undefined }) {
  const { t } = useTranslation();
  const news = useNewsCount();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {councilName && <p className="council-name">{councilName}</p>}
      <ul className="area-list">
        {HOME_CARDS.map((a) => (
          <li key={a.key}>
            <Link href={a.href} className="area-card">
              <span className="area-title">
                {t(`nav.${a.key}`)}
                {a.newsBadge === 'home' && news > 0 && <NewsBadge count={news} />}
              </span>
              <span className="area-text">{t(`home.${a.key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A neutral count ("1 new"): it never says what moved, or what the young person wrote. */
export function NewsBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <span className="news-badge">
      <span className="visually-hidden">, </span>
      {t('news.count', { count })}
    </span>
  );
}

export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t(`nav.${area}`)}</h1>
      <p className="coming-soon-label">{t('comingSoon.title')}</p>
      <p>{t('comingSoon.body')}</p>
      <Link href="/">{t('comingSoon.back')}</Link>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </>
  );
}
