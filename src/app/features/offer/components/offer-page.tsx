// /offer — the local offer: search it (offline), look by topic, "What is for me?" and "My list".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_CATEGORIES } from '../../../../shared/offer';
import { CardLink } from '../../../ui/kit/card';
import { ForMeSymbol, SavedSymbol, SearchSymbol } from '../../../ui/icons';
import { ReadAloud, ScreenTitle } from '../../../ui/read-aloud';
import { useForMeAnswers, useOfferItems, useSeenVersions } from '../data/offer-data';
import { useOfferSearch } from '../data/offer-search';
import { hasAnswers } from '../model/for-me';
import { CATEGORY_SYMBOL } from './category-symbols';
import { OfferCard } from './offer-card';
import './offer.css';

export default function OfferPage() {
  const { t } = useTranslation('offer');
  const items = useOfferItems();
  const answers = useForMeAnswers();
  const [query, setQuery] = useState('');
  const answered = answers ? hasAnswers(answers) : false;
  return (
    <>
      <ScreenTitle>{t('title')}</ScreenTitle>
      <p>{t('intro')}</p>
      <SearchBox query={query} setQuery={setQuery} />
      {query.trim() ? (
        <SearchResults items={items} query={query} />
      ) : (
        <>
          <ul className="offer-cards">
            <li className="offer-door">
              <CardLink
                href="/offer/for-me"
                symbol={ForMeSymbol}
                title={t('forMe.card')}
                text={answered ? t('forMe.cardTextAnswered') : t('forMe.cardText')}
              />
              <ReadAloud text={t('forMe.card')} label={t('common:readAloud.choice', { text: t('forMe.card') })} />
            </li>
            <li className="offer-door">
              <CardLink href="/offer/my-list" symbol={SavedSymbol} title={t('myList.link')} text={t('myList.linkText')} />
              <ReadAloud text={t('myList.link')} label={t('common:readAloud.choice', { text: t('myList.link') })} />
            </li>
          </ul>
          <h2 className="offer-heading">{t('categories.title')}</h2>
          {items?.length === 0 && <p>{t('empty')}</p>}
          <ul className="offer-grid">
            {OFFER_CATEGORIES.map((c) => (
              <li key={c} className="offer-door">
                <CardLink href={`/offer/category/${c}`} symbol={CATEGORY_SYMBOL[c]} title={t(`categories.${c}`)} />
                <ReadAloud text={t(`categories.${c}`)} label={t('common:readAloud.choice', { text: t(`categories.${c}`) })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function SearchBox({ query, setQuery }: { query: string; setQuery: (q: string) => void }) {
  const { t } = useTranslation('offer');
  const id = useId();
  return (
    <form className="offer-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id} className="offer-search-label">
        <SearchSymbol aria-hidden="true" focusable="false" />
        {t('search.label')}
      </label>
      <p id={`${id}-hint`} className="offer-hint">
        {t('search.hint')}
      </p>
      <div className="offer-search-row">
        <input id={id} type="search" value={query} autoComplete="off" aria-describedby={`${id}-hint`} onChange={(e) => setQuery(e.target.value)} />
        {query && (
          <button type="button" className="button button-secondary" onClick={() => setQuery('')}>
            {t('search.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

function SearchResults({ items, query }: { items: ReturnType<typeof useOfferItems>; query: string }) {
  const { t, i18n } = useTranslation('offer');
  const seen = useSeenVersions();
  const found = useOfferSearch(items, query, i18n.language);
  const byId = new Map((items ?? []).map((i) => [i.id, i]));
  const results = found.state === 'done' ? found.ids.flatMap((id) => byId.get(id) ?? []) : [];
  return (
    <section aria-labelledby="offer-results">
      <h2 className="offer-heading" id="offer-results">
        {t('search.button')}
      </h2>
      <p role="status" className="offer-hint">
        {found.state === 'loading' || found.state === 'idle'
          ? t('search.loading')
          : found.state === 'failed'
            ? t('search.failed')
            : results.length
              ? t('search.found', { n: results.length })
              : t('search.none', { query: query.trim() })}
      </p>
      {results.length > 0 && (
        <ul className="offer-list" aria-labelledby="offer-results">
          {results.map((item) => (
            <OfferCard key={item.id} item={item} seen={seen} />
          ))}
        </ul>
      )}
    </section>
  );
}
