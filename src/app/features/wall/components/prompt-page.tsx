// One prompt: the young person's own posts with their journey, a write box, and the published posts with "me too".
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/text';
import { PrivacyGate } from '../../../my-items/components/privacy-notice';
import { Link } from '../../../ui/router';
import { usePrompt } from '../data/use-wall';
import { MyPosts } from './my-posts';
import { PromptPosts } from './prompt-posts';
import { WriteBox } from './write-box';

export function PromptPage({ promptId }: { promptId: string }) {
  const { t, i18n } = useTranslation('wall');
  const prompt = usePrompt(promptId);

  if (prompt === undefined) {
    return (
      <>
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p>{t('promptMissing')}</p>
        <Link href="/wall">{t('back')}</Link>
      </>
    );
  }
  const text = pickText(prompt.text, i18n.language);
  return (
    <>
      <p>
        <Link href="/wall">{t('back')}</Link>
      </p>
      <h1 tabIndex={-1} className={`wall-heading wall-heading-${prompt.kind}`}>
        {text.text}
      </h1>
      {!text.translated && <p className="small">{t('notTranslated')}</p>}
      {prompt.open ? (
        <PrivacyGate>
          <WriteBox key={promptId} promptId={promptId} />
        </PrivacyGate>
      ) : (
        <p className="wall-closed">{t('closedNote')}</p>
      )}
      <MyPosts promptId={promptId} />
      <PromptPosts promptId={promptId} />
    </>
  );
}
