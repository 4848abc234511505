// The home page and the plain pages the shell owns.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewsCount } from '../my-items/data/news';
import { ScreenTitle } from '../ui/read-aloud';
import { BackLink } from '../ui/kit/back-link';
import { Link } from '../ui/router';
import { HOME_CARDS, HOME_OFFERS } from './areas';

export function HomePage({ councilName }: { councilName: string | undefined }) {
  const { t } = useTranslation();
  const news = useNewsCount();
  return (
    <>
      <div className="home-hero">
        <ScreenTitle>{t('home.title')}</ScreenTitle>
        <p>{t('home.intro')}</p>
        {/* Its line is kept while the council's name is read from the phone, so the cards below never jump. */}
        <p className="council-name" aria-hidden={councilName ? undefined : true}>
          {councilName ?? '\u00a0'}
        </p>
      </div>
      {HOME_OFFERS.map(({ id, Card }) => (
        <Suspense key={id} fallback={null}>
          <Card />
        </Suspense>
      ))}
      <ul className="area-list">
        {HOME_CARDS.map((a) => (
          <li key={a.key}>
            <Link href={a.href} className="area-card">
              <span className="area-symbol">
                <a.symbol aria-hidden="true" focusable="false" />
              </span>
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

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenTitle>{t('notFound.title')}</ScreenTitle>
      <BackLink href="/">{t('notFound.back')}</BackLink>
    </>
  );
}
