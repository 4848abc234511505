// "What we found": what young people told the council in "How's life?" and what it will do, offline, in the young
// person's language (each finding is written in English, Welsh and Arabic).
import { useTranslation } from 'react-i18next';
import type { SurveyFinding } from '../../../../shared/survey/authoring';
import { Card } from '../../../ui/kit/card';
import { Localized } from '../../../ui/localized';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useFindings } from '../data/use-findings';

function FindingCard({ finding }: { finding: SurveyFinding }) {
  const { t } = useTranslation('survey-authoring');
  return (
    <Card as="article" className="finding">
      <h2>{t('found.told')}</h2>
      <Localized as="p" text={finding.told} />
      <h2>{t('found.willDo')}</h2>
      <Localized as="p" text={finding.willDo} />
    </Card>
  );
}

export default function FindingsPage() {
  const { t } = useTranslation('survey-authoring');
  const findings = useFindings();
  return (
    <>
      <ScreenTitle>{t('found.title')}</ScreenTitle>
      <p>{t('found.intro')}</p>
      {findings === undefined && (
        <p className="loading" role="status">
          {t('found.loading')}
        </p>
      )}
      {findings?.length === 0 && <p>{t('found.none')}</p>}
      {findings?.map((f) => (
        <FindingCard key={f.id} finding={f} />
      ))}
    </>
  );
}
