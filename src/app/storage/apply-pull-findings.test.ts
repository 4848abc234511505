// Findings the council published to young people land in their own table from the pull, in the one transaction with
// the cursor, and a tombstone takes one away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyFinding } from '../../shared/survey/authoring';
import { applyPull } from './apply-pull';
import { db } from './db';

const words = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const finding = (id: string): SurveyFinding => ({
  id,
  round: 'hows-life',
  told: words('Lots of you want to see your brothers and sisters more.'),
  willDo: words('We will plan more family days in the holidays.'),
  questionIds: ['see-siblings'],
  publishedAt: '2026-11-30T10:00:00.000Z',
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('pulled survey findings', () => {
  it('land in the surveyFindings table with the cursor, and a tombstone removes one', async () => {
    await applyPull({ surveyFindings: [finding('f1'), finding('f2')] }, '9');
    expect(await db.surveyFindings.get('f1')).toEqual(finding('f1'));
    expect(await db.surveyFindings.where('round').equals('hows-life').count()).toBe(2);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '9' });
    await applyPull({ surveyFindings: [{ id: 'f1', deleted: true }] }, '10');
    expect((await db.surveyFindings.toArray()).map((f) => f.id)).toEqual(['f2']);
  });
});
