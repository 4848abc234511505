// One prompt: a write box, the young person's own posts with their journey, and the published posts with "me too".
// While the phone is still reading the prompt it says so: never "we can't find this" before it has looked.
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/text';
import { PrivacyGate } from '../../../my-items/components/privacy-notice';
import { ScreenTitle } from '../../../ui/read-aloud';
import { BackLink } from '../../../ui/kit/back-link';
import { usePrompt } from '../data/use-wall';
import { MyPosts } from './my-posts';
import { PromptPosts } from './prompt-posts';
import { KIND_SYMBOL } from './wall-page';
import { WriteBox } from './write-box';

function BackToWall() {
  const { t } = useTranslation('wall');
  return <BackLink href="/wall">{t('back')}</BackLink>;
}

export function PromptPage({ promptId }: { promptId: string }) {
  const { t, i18n } = useTranslation('wall');
  const prompt = usePrompt(promptId);

  if (prompt === undefined) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (prompt === null) {
    return (
      <>
        <BackToWall />
        <ScreenTitle>{t('title')}</ScreenTitle>
        <p>{t('promptMissing')}</p>
      </>
    );
  }
  const text = pickText(prompt.text, i18n.language);
  const Symbol = KIND_SYMBOL[prompt.kind];
  return (
    <>
      <BackToWall />
      <div className={`wall-heading wall-heading-${prompt.kind}`}>
        <Symbol aria-hidden="true" className="wall-heading-symbol" />
        <ScreenTitle lang={text.translated ? undefined : 'en'}>{text.text}</ScreenTitle>
      </div>
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
