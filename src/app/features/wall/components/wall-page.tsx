// The graffiti wall: prompts grouped Yes more / No more / sentence starters, and one prompt's page.
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/text';
import { useCouncil } from '../../../council/use-council';
import { Link, useRoute } from '../../../ui/router';
import { setDistrict } from '../data/wall-data';
import { useDistrict, useWallPosts, useWallPrompts } from '../data/use-wall';
import { groupByKind, visiblePrompts } from '../model/wall-model';
import { PromptPage } from './prompt-page';
import './wall.css';

export default function WallPage() {
  const params = useRoute('/wall/:promptId');
  return params?.promptId ? <PromptPage promptId={params.promptId} /> : <WallIndex />;
}

function WallIndex() {
  const { t, i18n } = useTranslation('wall');
  const prompts = useWallPrompts();
  const district = useDistrict();
  const council = useCouncil();
  const posts = useWallPosts();
  const groups = groupByKind(visiblePrompts(prompts, district));

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      {council && council.districts.length > 0 && (
        <label className="wall-district">
          <span>{t('district.label')}</span>
          <select value={district ?? ''} onChange={(e) => void setDistrict(e.target.value || null)}>
            <option value="">{t('district.all')}</option>
            {council.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {groups.length === 0 && <p className="wall-empty">{t('noPrompts')}</p>}
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`}>{t(`kinds.${g.kind}`)}</h2>
          <ul className="wall-prompts">
            {g.prompts.map((p) => {
              const count = posts.filter((x) => x.promptId === p.id).length;
              return (
                <li key={p.id}>
                  <Link href={`/wall/${p.id}`} className={`wall-prompt wall-prompt-${p.kind}`}>
                    <span className="wall-prompt-text" lang={pickText(p.text, i18n.language).translated ? undefined : 'en'}>
                      {pickText(p.text, i18n.language).text}
                    </span>
                    <span className="wall-prompt-meta">
                      {t('postCount', { count })}
                      {!p.open && ` · ${t('closed')}`}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
