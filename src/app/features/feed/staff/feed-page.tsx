// "You said, we did" items: drafts staff can edit and publish; published items are never rewritten, they get dated
// updates, and their timeline shows every earlier word with its date.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedSource, FeedStatus } from '../../../../shared/feed';
import type { StaffFeedItemView, StaffThemeView } from '../../../../shared/feed-staff';
import type { StaffWallPostView } from '../../../../shared/wall-staff';
import { staffFetch } from '../../../api/staff';
import { Link, matchPath, navigate, usePath } from '../../../shell/router';
import {
  emptyFeedForm,
  emptyUpdateForm,
  feedFormBody,
  feedFormFromItem,
  feedFormProblems,
  PROBLEM_FIELD,
  updateFormBody,
  updateFormProblems,
  type FeedFormProblem,
  type FeedItemForm,
  type FeedUpdateForm,
} from '../model/feed-forms';
import { sortFeedItems, timeline, upsertById, type DistrictOption } from '../model/log';
import { sortThemes } from '../model/themes';
import {
  DistrictSelect,
  errorText,
  LocalizedFields,
  LocalizedView,
  ProblemSummary,
  StatusBadge,
  StatusSelect,
  useDate,
  useStaffData,
} from './feed-ui';

type OnError = (e: unknown) => void;
type Items = { items: StaffFeedItemView[] };
type Themes = { themes: StaffThemeView[] };

export function FeedPage({ onError, districts }: { onError: OnError; districts: readonly DistrictOption[] }) {
  const path = usePath();
  /** A message that outlives the move from one screen of this section to the next ("Draft saved."). */
  const [notice, setNotice] = useState<string | null>(null);
  const items = useStaffData<Items>('/api/v1/staff/feed?state=all', onError);
  const themes = useStaffData<Themes>('/api/v1/staff/themes', onError);
  const open = matchPath('/staff/feed/:id', path);
  const shared = { onError, notice, setNotice, items, themes, districts };

  if (!open?.id) return <FeedList {...shared} />;
  if (open.id === 'new') return <FeedEditor key="new" item={null} {...shared} />;
  if (!items.data) {
    return items.error ? <p className="error" role="alert">{errorText(items.error)}</p> : <FeedLoading />;
  }
  const item = items.data.items.find((i) => i.id === open.id);
  if (!item) return <FeedNotFound />;
  return item.state === 'draft' ? <FeedEditor key={item.id} item={item} {...shared} /> : <PublishedItem key={item.id} item={item} {...shared} />;
}

interface Shared {
  onError: OnError;
  notice: string | null;
  setNotice: (n: string | null) => void;
  items: { data: Items | null; error: unknown; reload: () => void; setData: (f: (prev: Items | null) => Items | null) => void };
  themes: { data: Themes | null; error: unknown; reload: () => void };
  /** The council's districts (from who is signed in). */
  districts: readonly DistrictOption[];
}

function FeedLoading() {
  const { t } = useTranslation('staff');
  return <p className="loading">{t('loading')}</p>;
}

function FeedNotFound() {
  const { t } = useTranslation('staff');
  return (
    <>
      <h1>{t('feed.notFound')}</h1>
      <Link href="/staff/feed">{t('feed.back')}</Link>
    </>
  );
}

function Notice({ text }: { text: string | null }) {
  return (
    <div role="status" className="staff-notice">
      {text}
    </div>
  );
}

// ---- The list ----------------------------------------------------------------------------------------------------

function FeedList({ items, themes, notice }: Shared) {
  const { t } = useTranslation('staff');
  const sorted = useMemo(() => sortFeedItems(items.data?.items ?? []), [items.data]);
  const drafts = sorted.filter((i) => i.state === 'draft');
  const published = sorted.filter((i) => i.state === 'published');
  const themeTitles = useMemo(() => new Map((themes.data?.themes ?? []).map((th) => [th.id, th.title.en])), [themes.data]);
  return (
    <>
      <h1>{t('feed.title')}</h1>
      <p>{t('feed.intro')}</p>
      <Notice text={notice} />
      <p>
        <Link href="/staff/feed/new" className="button">
          {t('feed.new')}
        </Link>
      </p>
      {items.error !== null && <p className="error" role="alert">{errorText(items.error)}</p>}
      {!items.data && items.error === null && <FeedLoading />}
      {items.data && (
        <>
          <h2>{t('feed.drafts')}</h2>
          {drafts.length === 0 && <p>{t('feed.noDrafts')}</p>}
          <ul className="staff-list">
            {drafts.map((i) => (
              <FeedCard key={i.id} item={i} themeTitles={themeTitles} />
            ))}
          </ul>
          <h2>{t('feed.published')}</h2>
          {published.length === 0 && <p>{t('feed.noPublished')}</p>}
          <ul className="staff-list">
            {published.map((i) => (
              <FeedCard key={i.id} item={i} themeTitles={themeTitles} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FeedCard({ item, themeTitles }: { item: StaffFeedItemView; themeTitles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  return (
    <li className="staff-card">
      <p className="staff-meta">
        {t(`feed.state.${item.state}`)} · <StatusBadge status={item.status} /> · {item.districtName ?? t('wholeCouncil')} · {item.responsible}
      </p>
      <h3 className="staff-card-title">
        <Link href={`/staff/feed/${item.id}`}>{item.said.en}</Link>
      </h3>
      <p className="staff-post-text">
        <strong>{t('feed.did')}:</strong> {item.did.en}
      </p>
      {item.status === 'cant-do' && item.cantDoReason && (
        <p>
          <strong>{t('feed.because')}:</strong> {item.cantDoReason.en}
        </p>
      )}
      <p className="staff-meta">
        {item.publishedAt ? t('feed.publishedOn', { date: date(item.publishedAt) }) : t('feed.createdOn', { date: date(item.createdAt) })}
        {item.startOn && ` · ${t('feed.startOn', { date: date(item.startOn) })}`}
        {item.dueOn && ` · ${t('feed.dueOn', { date: date(item.dueOn) })}`}
        {item.updates.length > 0 && ` · ${t('feed.updatesCount', { n: item.updates.length })}`}
      </p>
      {item.state === 'published' && <p className="staff-meta">{t('feed.reactions', { helps: item.reactions.helps, notEnough: item.reactions.notEnough })}</p>}
      <SourceList sources={item.sources} themeTitles={themeTitles} />
    </li>
  );
}

function SourceList({ sources, themeTitles }: { sources: readonly FeedSource[]; themeTitles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('staff');
  if (sources.length === 0) return null;
  // Words quoted here were moved to the safeguarding queue or taken back: whoever looks at the item is told, here.
  const withdrawn = sources.some((s) => s.withdrawn);
  return (
    <>
      {withdrawn && (
        <p className="staff-notice staff-withdrawn-notice" role="note">
          {t('feed.quoteWithdrawn')}
        </p>
      )}
      <ul className="staff-sources" aria-label={t('feed.sourcesLabel')}>
        {sources.map((s) => (
          <li key={`${s.kind}-${s.id}`}>
            {s.kind === 'theme' && t('feed.sourceTheme', { title: themeTitles.get(s.id) ?? t('feed.themeGone') })}
            {s.kind === 'post' && (s.withdrawn ? t('feed.sourceWithdrawn') : s.quote ? t('feed.sourceQuote', { quote: s.quote }) : t('feed.sourcePost'))}
            {s.kind === 'poll' && t('feed.sourcePoll')}
            {s.kind !== 'theme' && s.kind !== 'post' && s.kind !== 'poll' && t('feed.sourceOther')}
          </li>
        ))}
      </ul>
    </>
  );
}

// ---- The draft editor --------------------------------------------------------------------------------------------

function FeedEditor({ item, onError, notice, setNotice, items, themes, districts }: Shared & { item: StaffFeedItemView | null }) {
  const { t } = useTranslation('staff');
  const [form, setForm] = useState<FeedItemForm>(() => (item ? feedFormFromItem(item) : emptyFeedForm()));
  const [problems, setProblems] = useState<FeedFormProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const posts = useStaffData<{ posts: StaffWallPostView[] }>('/api/v1/staff/wall/posts?status=published', onError);
  const set = <K extends keyof FeedItemForm>(key: K, value: FeedItemForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const has = (p: FeedFormProblem) => problems.includes(p);

  const save = async (publish: boolean) => {
    setServerProblem(null);
    setNotice(null);
    const found = feedFormProblems(form);
    setProblems(found);
    if (found.length > 0) {
      formRef.current?.querySelector<HTMLElement>(`#${PROBLEM_FIELD[found[0] as FeedFormProblem]}`)?.focus();
      return;
    }
    setBusy(true);
    let created: string | null = null;
    try {
      const body = feedFormBody(form);
      // Each answer goes straight into the list: the screen the editor moves to must not wait for a reload.
      const keep = (view: StaffFeedItemView) => items.setData((prev) => ({ items: upsertById(prev?.items ?? [], view) }));
      const saved = item
        ? await staffFetch<StaffFeedItemView>('PATCH', `/api/v1/staff/feed/${item.id}`, body)
        : await staffFetch<StaffFeedItemView>('POST', '/api/v1/staff/feed', body);
      keep(saved);
      if (!item) created = saved.id;
      if (publish) keep(await staffFetch<StaffFeedItemView>('POST', `/api/v1/staff/feed/${saved.id}/publish`));
      setNotice(publish ? t('feed.editor.publishedNotice') : t('feed.editor.saved'));
      themes.reload();
      if (!item || publish) navigate(`/staff/feed/${saved.id}`);
    } catch (err) {
      onError(err);
      if (created) {
        // The draft was saved but not published: open it, so pressing again does not make a second draft.
        setNotice(`${t('feed.editor.saved')} ${errorText(err)}`);
        navigate(`/staff/feed/${created}`);
      } else setServerProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  const chosenThemes = new Set(form.themeIds);
  const chosenPosts = new Map(form.posts.map((p) => [p.id, p]));
  const togglePost = (post: StaffWallPostView, on: boolean) =>
    set('posts', on ? [...form.posts, { id: post.id }] : form.posts.filter((p) => p.id !== post.id));
  const quotePost = (post: StaffWallPostView, on: boolean) =>
    set(
      'posts',
      form.posts.map((p) => (p.id === post.id ? (on ? { id: p.id, quote: (post.publishedText ?? post.text).slice(0, 500) } : { id: p.id }) : p)),
    );
  const messages = [...problems.map((p) => t(`feed.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];

  return (
    <>
      <p>
        <Link href="/staff/feed">{t('feed.back')}</Link>
      </p>
      <h1>{item ? t('feed.editor.editTitle') : t('feed.editor.newTitle')}</h1>
      <Notice text={notice} />
      <form ref={formRef} className="stack staff-wide-form" onSubmit={submit} noValidate>
        <h2>{t('feed.said')}</h2>
        <p className="small">{t('feed.editor.saidHint')}</p>
        <LocalizedFields id="said" field={t('feed.said')} value={form.said} onChange={(v) => set('said', v)} multiline invalid={has('said-required')} describedBy="feed-problems" />
        <h2>{t('feed.did')}</h2>
        <LocalizedFields id="did" field={t('feed.did')} value={form.did} onChange={(v) => set('did', v)} multiline invalid={has('did-required')} describedBy="feed-problems" />

        <h2>{t('feed.editor.details')}</h2>
        <StatusSelect id="status" label={t('feed.status')} value={form.status} onChange={(s) => set('status', s)} />
        {form.status === 'cant-do' && (
          <fieldset className="staff-fieldset">
            <legend>{t('feed.editor.reasonLegend')}</legend>
            <p className="small">{t('feed.editor.reasonHint')}</p>
            <LocalizedFields
              id="reason"
              field={t('feed.because')}
              value={form.cantDoReason}
              onChange={(v) => set('cantDoReason', v)}
              multiline
              invalid={has('reason-required')}
              describedBy="feed-problems"
            />
          </fieldset>
        )}
        <DistrictSelect id="district" label={t('feed.district')} value={form.districtId} onChange={(v) => set('districtId', v)} districts={districts} />
        <label htmlFor="responsible">{t('feed.responsible')}</label>
        <input
          id="responsible"
          value={form.responsible}
          onChange={(e) => set('responsible', e.target.value)}
          aria-describedby="responsible-hint feed-problems"
          aria-invalid={has('responsible-required') || undefined}
        />
        <p id="responsible-hint" className="small">
          {t('feed.editor.responsibleHint')}
        </p>
        <label htmlFor="start-on">{t('feed.editor.startOn')}</label>
        <input id="start-on" type="date" value={form.startOn} onChange={(e) => set('startOn', e.target.value)} />
        <label htmlFor="due-on">{t('feed.editor.dueOn')}</label>
        <input
          id="due-on"
          type="date"
          value={form.dueOn}
          onChange={(e) => set('dueOn', e.target.value)}
          aria-invalid={has('due-before-start') || undefined}
          aria-describedby="feed-problems"
        />

        <h2>{t('feed.editor.sources')}</h2>
        <fieldset className="staff-choices">
          <legend>{t('feed.editor.themes')}</legend>
          {!themes.data ? (
            <FeedLoading />
          ) : themes.data.themes.length === 0 ? (
            <p>{t('feed.editor.noThemes')}</p>
          ) : (
            <ul className="staff-choice-list">
              {sortThemes(themes.data.themes).map((th) => (
                <li key={th.id}>
                  <input
                    id={`source-theme-${th.id}`}
                    type="checkbox"
                    checked={chosenThemes.has(th.id)}
                    onChange={(e) => set('themeIds', e.target.checked ? [...form.themeIds, th.id] : form.themeIds.filter((x) => x !== th.id))}
                  />
                  <label htmlFor={`source-theme-${th.id}`}>
                    {th.title.en} <span className="staff-meta">({t('themes.totals', { posts: th.posts, meToo: th.meToo })})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <fieldset className="staff-choices">
          <legend>{t('feed.editor.posts')}</legend>
          <p className="small">{t('feed.editor.postsHint')}</p>
          {!posts.data ? (
            <FeedLoading />
          ) : posts.data.posts.length === 0 ? (
            <p>{t('feed.editor.noPosts')}</p>
          ) : (
            <ul className="staff-choice-list">
              {posts.data.posts.map((p) => {
                const chosen = chosenPosts.get(p.id);
                return (
                  <li key={p.id}>
                    <input id={`source-post-${p.id}`} type="checkbox" checked={Boolean(chosen)} onChange={(e) => togglePost(p, e.target.checked)} />
                    <label htmlFor={`source-post-${p.id}`}>
                      <span className="staff-meta">
                        <bdi>{p.promptText}</bdi> · <bdi>{p.districtName ?? t('noDistrict')}</bdi>
                      </span>
                      <span className="staff-post-text" dir="auto">{p.publishedText ?? p.text}</span>
                    </label>
                    {chosen && (
                      <div className="staff-quote-choice">
                        <input id={`quote-${p.id}`} type="checkbox" checked={Boolean(chosen.quote)} onChange={(e) => quotePost(p, e.target.checked)} />
                        <label htmlFor={`quote-${p.id}`}>{t('feed.editor.quote')}</label>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>

        <ProblemSummary id="feed-problems" messages={messages} />
        <p className="staff-note">{t('feed.editor.publishHint')}</p>
        <div className="staff-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('feed.editor.save')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void save(true)}>
            {t('feed.editor.publish')}
          </button>
        </div>
      </form>
    </>
  );
}

// ---- A published item: read-only, with its timeline and a form to add an update --------------------------------

function PublishedItem({ item, onError, notice, setNotice, items, themes }: Shared & { item: StaffFeedItemView }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const themeTitles = useMemo(() => new Map((themes.data?.themes ?? []).map((th) => [th.id, th.title.en])), [themes.data]);
  return (
    <>
      <p>
        <Link href="/staff/feed">{t('feed.back')}</Link>
      </p>
      <h1>{item.said.en}</h1>
      <Notice text={notice} />
      <p className="staff-meta">
        {t('feed.state.published')} · <StatusBadge status={item.status} /> · {item.districtName ?? t('wholeCouncil')} · {item.responsible}
      </p>
      <p className="staff-meta">
        {t('feed.publishedOn', { date: date(item.publishedAt) })}
        {item.startOn && ` · ${t('feed.startOn', { date: date(item.startOn) })}`}
        {item.dueOn && ` · ${t('feed.dueOn', { date: date(item.dueOn) })}`}
      </p>
      <p>{t('feed.reactions', { helps: item.reactions.helps, notEnough: item.reactions.notEnough })}</p>
      <p className="staff-note">{t('feed.noRewrite')}</p>

      <h2>{t('feed.said')}</h2>
      <LocalizedView text={item.said} />
      <h2>{t('feed.did')}</h2>
      <LocalizedView text={item.did} />
      {item.cantDoReason && (
        <>
          <h2>{t('feed.because')}</h2>
          <LocalizedView text={item.cantDoReason} />
        </>
      )}
      {item.sources.length > 0 && (
        <>
          <h2>{t('feed.sourcesLabel')}</h2>
          <SourceList sources={item.sources} themeTitles={themeTitles} />
        </>
      )}

      <h2>{t('feed.timeline')}</h2>
      <ol className="staff-timeline">
        <li>
          <p className="staff-meta">
            <time dateTime={item.publishedAt ?? item.createdAt}>{date(item.publishedAt ?? item.createdAt)}</time> · {t('feed.timelinePublished')}
          </p>
          <p className="staff-post-text" dir="auto">
            {item.did.en}
          </p>
        </li>
        {timeline(item.updates).map((u) => (
          <li key={u.id}>
            <p className="staff-meta">
              <time dateTime={u.at}>{date(u.at)}</time> · <StatusBadge status={u.status} />
            </p>
            <LocalizedView text={u.text} />
          </li>
        ))}
      </ol>

      <UpdateForm
        item={item}
        onError={onError}
        onAdded={(updated) => {
          setNotice(t('feed.update.added'));
          items.setData((prev) => ({ items: upsertById(prev?.items ?? [], updated) }));
        }}
      />
    </>
  );
}

function UpdateForm({ item, onError, onAdded }: { item: StaffFeedItemView; onError: OnError; onAdded: (updated: StaffFeedItemView) => void }) {
  const { t } = useTranslation('staff');
  const [form, setForm] = useState<FeedUpdateForm>(() => emptyUpdateForm(item.status));
  const [problems, setProblems] = useState<FeedFormProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof FeedUpdateForm>(key: K, value: FeedUpdateForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerProblem(null);
    const found = updateFormProblems(form);
    setProblems(found);
    if (found.length > 0) {
      const field = found[0] === 'reason-required' ? 'update-reason-en' : 'update-text-en';
      formRef.current?.querySelector<HTMLElement>(`#${field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const updated = await staffFetch<StaffFeedItemView>('POST', `/api/v1/staff/feed/${item.id}/updates`, updateFormBody(form));
      setForm(emptyUpdateForm(form.status));
      setProblems([]);
      onAdded(updated);
    } catch (err) {
      onError(err);
      setServerProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const messages = [...problems.map((p) => t(`feed.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];

  return (
    <section aria-labelledby="update-title">
      <h2 id="update-title">{t('feed.update.title')}</h2>
      <form ref={formRef} className="stack staff-wide-form" onSubmit={(e) => void submit(e)} noValidate>
        <LocalizedFields
          id="update-text"
          field={t('feed.update.text')}
          value={form.text}
          onChange={(v) => set('text', v)}
          multiline
          invalid={problems.includes('text-required')}
          describedBy="update-problems"
        />
        <StatusSelect id="update-status" label={t('feed.update.status')} value={form.status} onChange={(s: FeedStatus) => set('status', s)} />
        {form.status === 'cant-do' && (
          <fieldset className="staff-fieldset">
            <legend>{t('feed.editor.reasonLegend')}</legend>
            <p className="small">{t('feed.editor.reasonHint')}</p>
            <LocalizedFields
              id="update-reason"
              field={t('feed.because')}
              value={form.cantDoReason}
              onChange={(v) => set('cantDoReason', v)}
              multiline
              invalid={problems.includes('reason-required')}
              describedBy="update-problems"
            />
          </fieldset>
        )}
        <label htmlFor="update-due-on">{t('feed.update.dueOn')}</label>
        <input id="update-due-on" type="date" value={form.dueOn} onChange={(e) => set('dueOn', e.target.value)} />
        <ProblemSummary id="update-problems" messages={messages} />
        <button type="submit" className="button" disabled={busy}>
          {t('feed.update.add')}
        </button>
      </form>
    </section>
  );
}
