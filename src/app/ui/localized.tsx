// Staff-written text in the young person's language, marked as English when it fell back.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/text';
import { pickText } from '../../shared/text';

export function Localized({ text, as: Tag = 'span', className }: { text: LocalizedText; as?: 'span' | 'p'; className?: string }) {
  const { i18n } = useTranslation();
  const picked = pickText(text, i18n.language);
  return (
    <Tag className={className} lang={picked.translated ? undefined : 'en'} dir="auto">
      {picked.text}
    </Tag>
  );
}
