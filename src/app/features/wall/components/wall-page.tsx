// The graffiti wall: the council's prompts as tags on a wall ("Yes more…", "No more…", then sentences to finish), and
// one prompt's page. Each prompt has its symbol and a read-aloud beside it, for a child who cannot read well yet.
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/text';
import type { PromptKind, WallPrompt } from '../../../../shared/wall';
import { useCouncil } from '../../../council/use-council';
import { NoMoreSymbol, WriteSymbol, YesMoreSymbol } from '../../../ui/icons';
import { ReadAloud, ScreenTitle } from '../../../ui/read-aloud';
import { Link, useRoute } from '../../../ui/router';
import { setDistrict } from '../data/wall-data';
import { useDistrict, useWallPosts, useWallPrompts } from '../data/use-wall';
import { visiblePrompts } from '../model/wall-model';
import { PromptPage } from './prompt-page';
import { EmptyState } from '../../../ui/kit/empty-state';
import './wall.css';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export const KIND_SYMBOL: Record<PromptKind, typeof YesMoreSymbol> = { 'yes-more': YesMoreSymbol, 'no-more': NoMoreSymbol, starter: WriteSymbol };

export default function WallPage() {
  const params = useRoute('/wall/:promptId');
  return params?.promptId ? <PromptPage promptId={params.promptId} /> : <WallIndex />;
}

function WallIndex() {
  const { t } = useTranslation('wall');
  const prompts = useWallPrompts();
  const district = useDistrict();
  const council = useCouncil();
  const posts = useWallPosts();
  // The list shows the area kept on the phone: one that could not be kept leaves it as it was, and says so.
  const districtKept = useKeep();
  const shown = visiblePrompts(prompts ?? [], district);
  // "Yes more…" and "No more…" are their own words on the wall; the sentences to finish get a heading of their own.
  const tags = shown.filter((p) => p.kind !== 'starter');
  const starters = shown.filter((p) => p.kind === 'starter');
  const count = (p: WallPrompt) => posts.filter((x) => x.promptId === p.id).length;

  return (
    <>
      <ScreenTitle>{t('title')}</ScreenTitle>
      <p>{t('intro')}</p>
      {council && council.districts.length > 0 && (
        <label className="wall-district">
          <span>{t('district.label')}</span>
          <select value={district ?? ''} onChange={(e) => districtKept.keep(() => setDistrict(e.target.value || null))}>
            <option value="">{t('district.all')}</option>
            {council.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <NotKept shown={districtKept.failed()} className="wall-warning" />
      {prompts === undefined ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : shown.length === 0 ? (
        <EmptyState art="wall">
          <p>{t('noPrompts')}</p>
        </EmptyState>
      ) : (
        <div className="wall-bricks">
          {tags.length > 0 && (
            <ul className="wall-prompts wall-prompts-tags" aria-label={t('tagsLabel')}>
              {tags.map((p) => (
                <PromptTag key={p.id} prompt={p} count={count(p)} />
              ))}
            </ul>
          )}
          {starters.length > 0 && (
            <section aria-labelledby="kind-starter">
              <h2 id="kind-starter" className="wall-kind">
                {t('kinds.starter')}
              </h2>
              <ul className="wall-prompts">
                {starters.map((p) => (
                  <PromptTag key={p.id} prompt={p} count={count(p)} />
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </>
  );
}

/** One prompt on the wall: a tag that opens it, with its symbol, how many posts it has, and its read-aloud. */
function PromptTag({ prompt, count }: { prompt: WallPrompt; count: number }) {
  const { t, i18n } = useTranslation('wall');
  const text = pickText(prompt.text, i18n.language);
  const Symbol = KIND_SYMBOL[prompt.kind];
  const lang = text.translated ? undefined : 'en';
  return (
    <li className={`wall-tag wall-tag-${prompt.kind}`}>
      <Link href={`/wall/${prompt.id}`} className={`wall-prompt wall-prompt-${prompt.kind}`}>
        <Symbol aria-hidden="true" className="wall-prompt-symbol" />
        <span className="wall-prompt-words">
          <span className="wall-prompt-text" lang={lang}>
            {text.text}
          </span>
          <span className="wall-prompt-meta">
            {t('postCount', { count })}
            {!prompt.open && ` · ${t('closed')}`}
          </span>
        </span>
      </Link>
      <ReadAloud text={text.text} lang={lang} label={t('common:readAloud.choice', { text: text.text })} />
    </li>
  );
}
