// The local offer as staff see it: the statutory checks on top (each linked to its item), then every item grouped by
// category with its state and its flags in words ("Changes not published", "Check overdue"); filtered by category
// and state.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_CATEGORIES, type OfferCategory } from '../../../../shared/offer';
import { OFFER_ITEM_STATES, type StaffOfferItem } from '../../../../shared/offer-staff';
import { Link } from '../../../ui/router';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { loadOffer } from './api';
import { CheckList } from './check-list';

type State = (typeof OFFER_ITEM_STATES)[number];

export function OfferList({ onError }: StaffScreenProps) {
  const { t } = useTranslation('offer-staff');
  const offer = useStaffData(loadOffer, onError);
  const { data, error } = offer;
  const [category, setCategory] = useState<OfferCategory | ''>('');
  const [state, setState] = useState<State | ''>('');
  const shown = (data?.items ?? []).filter((i) => (!category || i.fields.category === category) && (!state || i.state === state));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="staff-meta">{t('intro')}</p>
      <p>
        <Link href="/staff/offer/new" className="button">
          {t('newItem')}
        </Link>
      </p>
      <LoadFailed load={offer} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && (
        <>
          <section aria-labelledby="offer-checks" className="staff-card offer-checks-panel">
            <h2 id="offer-checks" className="staff-small-heading">
              {t('checks.heading')}
            </h2>
            {data.checks.length === 0 ? <p>{t('checks.allGood')}</p> : <CheckList checks={data.checks} items={data.items} />}
          </section>
          <fieldset className="staff-fieldset offer-filters">
            <legend>{t('list.filters')}</legend>
            <div className="stack">
              <label htmlFor="offer-filter-category">{t('list.category')}</label>
              <select id="offer-filter-category" value={category} onChange={(e) => setCategory(e.target.value as OfferCategory | '')}>
                <option value="">{t('list.allCategories')}</option>
                {OFFER_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`categories.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="stack">
              <label htmlFor="offer-filter-state">{t('list.state')}</label>
              <select id="offer-filter-state" value={state} onChange={(e) => setState(e.target.value as State | '')}>
                <option value="">{t('list.allStates')}</option>
                {OFFER_ITEM_STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`states.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          {shown.length === 0 && <p>{t('list.none')}</p>}
          {OFFER_CATEGORIES.map((c) => {
            const items = shown.filter((i) => i.fields.category === c).sort(bySortOrder);
            if (items.length === 0) return null;
            return (
              <section key={c} aria-labelledby={`offer-cat-${c}`}>
                <h2 id={`offer-cat-${c}`}>{t(`categories.${c}`)}</h2>
                <ul className="staff-list">
                  {items.map((item) => (
                    <ItemCard key={item.id} item={item} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

const bySortOrder = (a: StaffOfferItem, b: StaffOfferItem) =>
  a.fields.sortOrder - b.fields.sortOrder || a.fields.title.en.localeCompare(b.fields.title.en);

function ItemCard({ item }: { item: StaffOfferItem }) {
  const { t } = useTranslation('offer-staff');
  const date = useDate();
  return (
    <li className="staff-card">
      <p className="staff-card-title">
        <Link href={`/staff/offer/${encodeURIComponent(item.id)}`}>{item.fields.title.en}</Link>
      </p>
      <p className="staff-meta">
        <span className={`staff-badge offer-state-${item.state}`}>{t(`states.${item.state}`)}</span>{' '}
        {item.unpublishedChanges && item.state !== 'retired' && <span className="staff-flag">{t('list.unpublished')}</span>}{' '}
        {item.checkOverdue && item.state !== 'retired' && <span className="staff-flag staff-flag-harm">{t('list.overdue')}</span>}
      </p>
      <p className="staff-meta">
        {item.publishedVersion !== null ? t('list.onPhones', { n: item.publishedVersion }) : t('list.notOnPhones')} ·{' '}
        {t('list.checkBy', { date: date(item.fields.checkBy) })} · {t('list.changed', { date: date(item.updatedAt), name: item.updatedBy })}
      </p>
    </li>
  );
}
