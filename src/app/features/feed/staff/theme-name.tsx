// Renaming a theme, in English with optional Welsh and Arabic.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { fromLocalized, toLocalized, type LocalizedInput } from '../../../ui/staff/localized-input';

export function ThemeName({
  title,
  onRename,
  onProblem,
}: {
  title: LocalizedText;
  onRename: (title: LocalizedText) => Promise<boolean>;
  onProblem: (p: string) => void;
}) {
  const { t } = useTranslation('staff');
  const [name, setName] = useState<LocalizedInput | null>(null);
  const rename = (e: FormEvent) => {
    e.preventDefault();
    const next = name && toLocalized(name);
    if (!next) return onProblem(t('themes.nameRequired'));
    void onRename(next).then((ok) => ok && setName(null));
  };
  if (name === null) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setName(fromLocalized(title))}>
        {t('themes.rename')}
      </button>
    );
  }
  return (
    <form className="stack" onSubmit={rename}>
      <LocalizedFields id="theme-name" field={t('themes.name')} value={name} onChange={setName} />
      <div className="staff-actions">
        <button type="submit" className="button">
          {t('themes.saveName')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setName(null)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
