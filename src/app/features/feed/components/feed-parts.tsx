// Small pieces the feed screens share.
import { useTranslation } from 'react-i18next';
import type { FeedStatus } from '../../../../shared/feed';
import type { LocalizedText } from '../../../../shared/text';
import { pickText } from '../../../../shared/text';
import { formatDay } from '../model/feed-model';

export function StatusBadge({ status }: { status: FeedStatus }) {
  const { t } = useTranslation('feed');
  return <span className={`feed-status feed-status-${status}`}>{t(`status.${status}`)}</span>;
}

/** Staff-written text in the young person's language, marked as English when it fell back. */
export function Localized({ text, as: Tag = 'span', className }: { text: LocalizedText; as?: 'span' | 'p'; className?: string }) {
  const { i18n } = useTranslation('feed');
  const picked = pickText(text, i18n.language);
  return (
    <Tag className={className} lang={picked.translated ? undefined : 'en'} dir="auto">
      {picked.text}
    </Tag>
  );
}

export function Day({ value }: { value: string }) {
  const { i18n } = useTranslation('feed');
  return <time dateTime={value}>{formatDay(value, i18n.language)}</time>;
}
