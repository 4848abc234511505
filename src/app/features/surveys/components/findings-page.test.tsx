// "What we found" renders from IndexedDB alone (offline), newest first, in the young person's language.
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import arSurvey from '../../../../../locales/ar/survey-authoring.json';
import enCommon from '../../../../../locales/en/common.json';
import enSurvey from '../../../../../locales/en/survey-authoring.json';
import type { SurveyFinding } from '../../../../shared/survey/authoring';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import FindingsPage from './findings-page';

const finding = (id: string, told: string, willDo: string, publishedAt: string): SurveyFinding => ({
  id,
  round: 'hows-life',
  told: { en: told, cy: `${told} (cy)`, ar: `عربي ${told}` },
  willDo: { en: willDo, cy: `${willDo} (cy)`, ar: `عربي ${willDo}` },
  questionIds: [],
  publishedAt,
});

beforeAll(() => initTestI18n({ en: { common: enCommon, 'survey-authoring': enSurvey }, ar: { 'survey-authoring': arSurvey } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await i18next.changeLanguage('en');
});
afterEach(async () => {
  cleanup();
  db.close();
});

const open = async () => {
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <FindingsPage />
      </Suspense>,
    );
  });
};

describe('What we found', () => {
  it('says so kindly when nothing is published yet', async () => {
    await open();
    expect(await screen.findByText(enSurvey.found.none)).toBeTruthy();
  });

  it('shows each finding, newest first, with what you told us and what we will do', async () => {
    await db.surveyFindings.bulkPut([
      finding('old', 'You want more trips.', 'We will plan two trips.', '2026-01-10T10:00:00.000Z'),
      finding('new', 'You want to see your sisters more.', 'We will plan family days.', '2026-02-10T10:00:00.000Z'),
    ]);
    await open();
    const articles = await screen.findAllByRole('article');
    expect(articles.map((a) => a.textContent)).toEqual([
      `${enSurvey.found.told}You want to see your sisters more.${enSurvey.found.willDo}We will plan family days.`,
      `${enSurvey.found.told}You want more trips.${enSurvey.found.willDo}We will plan two trips.`,
    ]);
    expect(screen.queryByText(enSurvey.found.none)).toBeNull();
  });

  it('reads in Arabic when the young person chose Arabic', async () => {
    await db.surveyFindings.put(finding('one', 'You want more trips.', 'We will plan two trips.', '2026-01-10T10:00:00.000Z'));
    await i18next.changeLanguage('ar');
    await open();
    expect(await screen.findByText('عربي You want more trips.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([arSurvey.found.told, arSurvey.found.willDo]);
  });
});
