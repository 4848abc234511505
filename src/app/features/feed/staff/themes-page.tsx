// Themes: staff group what young people said ("Too many changes of social worker"), from "Yes more" and "No more"
// alike, and see how many posts and "me too"s each gathered, by district and by month.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffThemeDetail, StaffThemeView, ThemeCount } from '../../../../shared/feed-staff';
import type { WallPrompt } from '../../../../shared/wall';
import type { StaffWallPostView } from '../../../../shared/wall-staff';
import { StaffApiError, staffFetch } from '../../../api/staff';
import { Link, matchPath, navigate, usePath } from '../../../shell/router';
import { emptyText, fromLocalized, toLocalized, type LocalizedInput } from '../model/feed-forms';
import { candidatePosts, mergeCandidates, monthLabel, monthsInOrder, sortThemes } from '../model/themes';
import { errorText, LocalizedFields, ProblemSummary, useDate, useStaffData } from './feed-ui';

type OnError = (e: unknown) => void;

export function ThemesPage({ onError }: { onError: OnError }) {
  const path = usePath();
  const open = matchPath('/staff/themes/:id', path);
  return open?.id ? <ThemeDetailScreen key={open.id} id={open.id} onError={onError} /> : <ThemeList onError={onError} />;
}

function ThemeList({ onError }: { onError: OnError }) {
  const { t } = useTranslation('staff');
  const { data, error } = useStaffData<{ themes: StaffThemeView[] }>('/api/v1/staff/themes', onError);
  const [title, setTitle] = useState<LocalizedInput>(emptyText());
  const [problems, setProblems] = useState<string[]>([]);
  const themes = useMemo(() => sortThemes(data?.themes ?? []), [data]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const body = toLocalized(title);
    if (!body) return setProblems([t('themes.nameRequired')]);
    setProblems([]);
    try {
      const theme = await staffFetch<StaffThemeView>('POST', '/api/v1/staff/themes', { title: body, postIds: [] });
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
      {error !== null && <p className="error" role="alert">{errorText(error)}</p>}
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
        <LocalizedFields id="theme-new" field={t('themes.name')} value={title} onChange={setTitle} invalid={problems.length > 0} describedBy="theme-new-problems" />
        <ProblemSummary id="theme-new-problems" messages={problems} />
        <button type="submit" className="button">{t('themes.create')}</button>
      </form>
    </>
  );
}

/** Totals, then small tables by district and by month: readable by screen readers, printable, no chart library. */
function ThemeCounts({ theme, headingLevel }: { theme: StaffThemeView; headingLevel: 2 | 3 }) {
  const { t, i18n } = useTranslation('staff');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="staff-theme-counts">
      <p className="staff-totals">
        {t('themes.totals', { posts: theme.posts, meToo: theme.meToo })}
        {theme.feedItemIds.length > 0 && ` · ${t('themes.citedBy', { n: theme.feedItemIds.length })}`}
      </p>
      {theme.posts > 0 && (
        <div className="staff-count-tables">
          <div>
            <H className="staff-small-heading">{t('themes.byDistrict')}</H>
            <CountTable
              first={t('themes.district')}
              rows={theme.byDistrict.map((d) => ({ ...d, key: d.districtId ?? 'council', label: d.districtName ?? t('noDistrict') }))}
            />
          </div>
          <div>
            <H className="staff-small-heading">{t('themes.byMonth')}</H>
            <CountTable
              first={t('themes.month')}
              rows={monthsInOrder(theme.byMonth).map((m) => ({ ...m, key: m.month, label: monthLabel(m.month, i18n.language) }))}
            />
          </div>
        </div>
      )}
    </div>
  );
}

function CountTable({ first, rows }: { first: string; rows: Array<ThemeCount & { key: string; label: string }> }) {
  const { t } = useTranslation('staff');
  return (
    <table className="staff-table staff-table-compact">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{t('themes.posts')}</th>
          <th scope="col">{t('themes.meToo')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.posts}</td>
            <td>{r.meToo}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ThemeDetailScreen({ id, onError }: { id: string; onError: OnError }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const detail = useStaffData<StaffThemeDetail>(`/api/v1/staff/themes/${encodeURIComponent(id)}`, onError);
  const all = useStaffData<{ themes: StaffThemeView[] }>('/api/v1/staff/themes', onError);
  const published = useStaffData<{ posts: StaffWallPostView[] }>('/api/v1/staff/wall/posts?status=published', onError);
  const pending = useStaffData<{ posts: StaffWallPostView[] }>('/api/v1/staff/wall/posts?status=pending', onError);
  const prompts = useStaffData<{ prompts: WallPrompt[] }>('/api/v1/staff/wall/prompts', onError);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [mergeFrom, setMergeFrom] = useState('');
  const [name, setName] = useState<LocalizedInput | null>(null);

  const theme = detail.data;
  const kinds = useMemo(() => new Map((prompts.data?.prompts ?? []).map((p) => [p.id, p.kind])), [prompts.data]);
  const candidates = useMemo(
    () => candidatePosts([published.data?.posts ?? [], pending.data?.posts ?? []], kinds, theme?.postList.map((p) => p.id) ?? []),
    [published.data, pending.data, kinds, theme],
  );
  const others = useMemo(() => mergeCandidates(all.data?.themes ?? [], id), [all.data, id]);

  const reloadAll = () => {
    detail.reload();
    all.reload();
    published.reload();
    pending.reload();
  };
  /** Runs one change; true when it worked. */
  const act = async (run: () => Promise<unknown>, done: string): Promise<boolean> => {
    setProblem(null);
    setNotice(null);
    try {
      await run();
      setNotice(done);
      reloadAll();
      return true;
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
      return false;
    }
  };

  if (detail.error instanceof StaffApiError && detail.error.status === 404) {
    return (
      <>
        <h1>{t('themes.notFound')}</h1>
        <Link href="/staff/themes">{t('themes.back')}</Link>
      </>
    );
  }
  if (!theme) {
    return detail.error ? <p className="error" role="alert">{errorText(detail.error)}</p> : <p className="loading">{t('loading')}</p>;
  }

  const rename = (e: FormEvent) => {
    e.preventDefault();
    const title = name && toLocalized(name);
    if (!title) return setProblem(t('themes.nameRequired'));
    void act(() => staffFetch('PATCH', `/api/v1/staff/themes/${theme.id}`, { title }), t('themes.renamed')).then((ok) => ok && setName(null));
  };
  const addChosen = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.size === 0) return setProblem(t('themes.chooseFirst'));
    void act(() => staffFetch('POST', `/api/v1/staff/themes/${theme.id}/posts`, { postIds: [...chosen] }), t('themes.added', { n: chosen.size })).then(
      (ok) => ok && setChosen(new Set()),
    );
  };
  const merge = (e: FormEvent) => {
    e.preventDefault();
    if (!mergeFrom) return setProblem(t('themes.chooseTheme'));
    void act(() => staffFetch('POST', `/api/v1/staff/themes/${theme.id}/merge`, { fromThemeId: mergeFrom }), t('themes.merged')).then((ok) => ok && setMergeFrom(''));
  };
  const toggle = (postId: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(postId);
      else next.delete(postId);
      return next;
    });

  return (
    <>
      <p>
        <Link href="/staff/themes">{t('themes.back')}</Link>
      </p>
      <h1>{theme.title.en}</h1>
      {(theme.title.cy || theme.title.ar) && (
        <p className="staff-meta">
          {theme.title.cy && <span lang="cy">{theme.title.cy}</span>}
          {theme.title.cy && theme.title.ar && ' · '}
          {theme.title.ar && <span lang="ar" dir="rtl">{theme.title.ar}</span>}
        </p>
      )}
      <div role="status" className="staff-notice">{notice}</div>
      {problem && <p className="error" role="alert">{problem}</p>}
      <ThemeCounts theme={theme} headingLevel={2} />

      {name === null ? (
        <button type="button" className="button button-secondary" onClick={() => setName(fromLocalized(theme.title))}>
          {t('themes.rename')}
        </button>
      ) : (
        <form className="stack" onSubmit={rename}>
          <LocalizedFields id="theme-name" field={t('themes.name')} value={name} onChange={setName} />
          <div className="staff-actions">
            <button type="submit" className="button">{t('themes.saveName')}</button>
            <button type="button" className="button button-secondary" onClick={() => setName(null)}>{t('cancel')}</button>
          </div>
        </form>
      )}

      <h2>{t('themes.inTheme')}</h2>
      {theme.postList.length === 0 && <p>{t('themes.noPosts')}</p>}
      <ul className="staff-list">
        {theme.postList.map((p) => (
          <li key={p.id} className="staff-card">
            <p className="staff-meta">
              <span className={`staff-kind staff-kind-${p.promptKind}`}>{t(`prompts.kinds.${p.promptKind}`)}</span> · {t(`themes.postStatus.${p.status}`)} ·{' '}
              <bdi>{p.districtName ?? t('noDistrict')}</bdi> · {t('themes.meTooCount', { n: p.meToo })} · {date(p.createdAt)}
            </p>
            {p.status === 'withdrawn' ? (
              <p className="staff-post-text staff-withdrawn">{t('themes.wordsWithdrawn')}</p>
            ) : (
              <p className="staff-post-text" dir="auto">{p.publishedText ?? p.text}</p>
            )}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void act(() => staffFetch('DELETE', `/api/v1/staff/themes/${theme.id}/posts/${p.id}`), t('themes.removed'))}
            >
              {t('themes.remove')}
            </button>
          </li>
        ))}
      </ul>

      <h2>{t('themes.add')}</h2>
      <form onSubmit={addChosen}>
        <fieldset className="staff-choices">
          <legend>{t('themes.addLegend')}</legend>
          <p className="small">{t('themes.addHint')}</p>
          {!published.data || !pending.data ? (
            <p className="loading">{t('loading')}</p>
          ) : candidates.length === 0 ? (
            <p>{t('themes.noCandidates')}</p>
          ) : (
            <ul className="staff-choice-list">
              {candidates.map((c) => (
                <li key={c.id}>
                  <input id={`add-${c.id}`} type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  <label htmlFor={`add-${c.id}`}>
                    <span className="staff-meta">
                      <span className={`staff-kind staff-kind-${c.kind ?? 'starter'}`}>{c.kind ? t(`prompts.kinds.${c.kind}`) : <bdi>{c.promptText}</bdi>}</span> ·{' '}
                      {t(`themes.postStatus.${c.status}`)} · <bdi>{c.districtName ?? t('noDistrict')}</bdi> · {t('themes.meTooCount', { n: c.meToo })}
                    </span>
                    <span className="staff-post-text" dir="auto">{c.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <button type="submit" className="button">{t('themes.addChosen')}</button>
      </form>

      <h2>{t('themes.merge')}</h2>
      <p className="small">{t('themes.mergeHint')}</p>
      {others.length === 0 ? (
        <p>{t('themes.noOthers')}</p>
      ) : (
        <form className="stack" onSubmit={merge}>
          <label htmlFor="merge-from">{t('themes.mergeFrom')}</label>
          <select id="merge-from" value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
            <option value="">{t('themes.chooseOne')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {t('themes.mergeOption', { title: o.title.en, posts: o.posts })}
              </option>
            ))}
          </select>
          <button type="submit" className="button">{t('themes.mergeButton')}</button>
        </form>
      )}
    </>
  );
}
