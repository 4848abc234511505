// Themes: staff group what young people said ("Too many changes of social worker"), from "Yes more" and "No more"
// alike, and see how many posts and "me too"s each gathered, by district and by month.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, navigate, usePath } from '../../../ui/router';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { emptyText, toLocalized, type LocalizedInput } from '../../../ui/staff/localized-input';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { createTheme, listThemes } from './api';
import { sortThemes } from './model/themes';
import { ThemeCounts } from './theme-counts';
import { ThemeDetailScreen } from './theme-detail';

type OnError = (e: unknown) => void;

export function ThemesPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const path = usePath();
  const open = matchPath('/staff/themes/:id', path);
  return open?.id ? <ThemeDetailScreen key={open.id} id={open.id} onError={onError} /> : <ThemeList onError={onError} />;
}

function ThemeList({ onError }: { onError: OnError }) {
  const { t } = useTranslation('staff');
  const list = useStaffData(listThemes, onError);
  const { data, error } = list;
  const [title, setTitle] = useState<LocalizedInput>(emptyText());
  const [problems, setProblems] = useState<string[]>([]);
  const themes = useMemo(() => sortThemes(data ?? []), [data]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const body = toLocalized(title);
    if (!body) return setProblems([t('themes.nameRequired')]);
    setProblems([]);
    try {
      const theme = await createTheme(body);
      navigate(`/staff/themes/${theme.id}`);
    } catch (err) {
      onError(err);
      setProblems([errorText(err)]);
    }
  };

  return (
    <>
      <h1>{t('themes.title')}</h1>
      <p>{t('themes.intro')}</p>
      <LoadFailed load={list} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && themes.length === 0 && <p>{t('themes.empty')}</p>}
      <ul className="staff-list">
        {themes.map((theme) => (
          <li key={theme.id} className="staff-card">
            <h2 className="staff-card-title">
              <Link href={`/staff/themes/${theme.id}`}>{theme.title.en}</Link>
            </h2>
            <ThemeCounts theme={theme} headingLevel={3} />
          </li>
        ))}
      </ul>
      <h2>{t('themes.new')}</h2>
      <form className="stack" onSubmit={(e) => void create(e)} noValidate>
        <LocalizedFields
          id="theme-new"
          field={t('themes.name')}
          value={title}
          onChange={setTitle}
          invalid={problems.length > 0}
          describedBy="theme-new-problems"
        />
        <ProblemSummary id="theme-new-problems" messages={problems} />
        <button type="submit" className="button">
          {t('themes.create')}
        </button>
      </form>
    </>
  );
}
