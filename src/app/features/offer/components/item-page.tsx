// /offer/item/:id — one item: what it is, how much, how to get it, who to ask, when it was last checked; "Changed since
// you last looked" with what changed; "Save to my list" and "Ask my PA about this". Opening it marks it seen.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferItem } from '../../../../shared/offer';
import { pickText } from '../../../../shared/pick-text';
import type { LocalizedText } from '../../../../shared/text';
import { formatDay } from '../../../ui/format-day';
import { AskForHelpSymbol, NewSymbol } from '../../../ui/icons';
import { BackLink } from '../../../ui/kit/back-link';
import { Localized } from '../../../ui/localized';
import { ScreenTitle } from '../../../ui/read-aloud';
import { Link, useRoute } from '../../../ui/router';
import { markSeen, useForMeAnswers, useOfferItem, useSeenVersion } from '../data/offer-data';
import { appliesTo, hasAnswers } from '../model/for-me';
import { isChanged } from '../model/offer-list';
import { AmountText } from './amount';
import { MarkdownView } from './markdown-view';
import { Reasons } from './reasons';
import { SaveButton } from './save-button';
import './offer.css';

export default function ItemPage() {
  const id = decodeURIComponent(useRoute('/offer/item/:id')?.id ?? '');
  const { t } = useTranslation('offer');
  const item = useOfferItem(id);
  if (item === undefined) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (item === null) {
    return (
      <>
        <BackLink href="/offer">{t('back')}</BackLink>
        <ScreenTitle>{t('title')}</ScreenTitle>
        <p>{t('item.notFound')}</p>
      </>
    );
  }
  return <Item item={item} />;
}

/**
 * "Changed" is decided from what this phone had seen when the item opened (kept while it is on screen, so the badge
 * does not vanish at once); then the version on screen is marked seen.
 */
function useChangedOnOpen(item: OfferItem): boolean | undefined {
  const seen = useSeenVersion(item.id);
  const [opened, setOpened] = useState<{ id: string; seen: number | null }>();
  // Set while rendering, once the seen version has loaded (React's pattern for state that follows a prop).
  if (seen !== undefined && opened?.id !== item.id) setOpened({ id: item.id, seen });
  const ready = opened?.id === item.id;
  // A seen mark that cannot be written (storage closed or full) only means "Changed" shows again next time.
  useEffect(() => {
    if (ready) markSeen(item.id, item.version).catch(() => undefined);
  }, [ready, item.id, item.version]);
  return ready ? isChanged(item, opened.seen ?? undefined) : undefined;
}

function Item({ item }: { item: OfferItem }) {
  const { t, i18n } = useTranslation('offer');
  const changed = useChangedOnOpen(item);
  const answers = useForMeAnswers();
  const title = pickText(item.title, i18n.language);
  const forMe = answers && hasAnswers(answers) ? appliesTo(item.eligibility, answers) : null;
  return (
    <article className="offer-item">
      <BackLink href={`/offer/category/${item.category}`}>{t(`categories.${item.category}`)}</BackLink>
      <ScreenTitle lang={title.translated ? undefined : 'en'}>{title.text}</ScreenTitle>
      {changed && (
        <div className="offer-changed" role="note">
          <p className="offer-changed-title">
            <NewSymbol aria-hidden="true" focusable="false" /> {t('item.changedSince')}
          </p>
          {item.changeNote && <Localized text={item.changeNote} as="p" />}
        </div>
      )}
      <Localized text={item.summary} as="p" className="offer-summary" />
      {forMe?.applies && <Reasons forMe={forMe} />}
      {item.amount && (
        <Section title={t('item.amount')}>
          <p className="offer-amount">
            <AmountText amount={item.amount} />
          </p>
          {item.amount.note && <Localized text={item.amount.note} as="p" />}
        </Section>
      )}
      <Section title={t('item.about')}>
        <Body text={item.body} />
      </Section>
      {item.howToClaim && (
        <Section title={t('item.howToClaim')}>
          <Body text={item.howToClaim} />
        </Section>
      )}
      {item.whoToAsk && (
        <Section title={t('item.whoToAsk')}>
          <Localized text={item.whoToAsk} as="p" />
        </Section>
      )}
      <p className="offer-hint">{t('item.lastChecked', { date: formatDay(item.lastChecked, i18n.language) })}</p>
      <div className="offer-actions">
        <SaveButton id={item.id} />
        <Link href={`/help/ask/${encodeURIComponent(item.id)}`} className="button button-secondary offer-ask">
          <AskForHelpSymbol aria-hidden="true" focusable="false" />
          {t('item.ask')}
        </Link>
      </div>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="offer-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Body({ text }: { text: LocalizedText }) {
  const { i18n } = useTranslation();
  const picked = pickText(text, i18n.language);
  return <MarkdownView source={picked.text} lang={picked.translated ? undefined : 'en'} />;
}
