// "How's life?" definitions from the pull land in their own table (the newest version of each survey id), and a
// tombstone takes one away, in the same one transaction as the cursor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyVersion } from '../../shared/survey/definition';
import { applyPull } from './apply-pull';
import { db } from './db';

const words = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
// Made here, not taken from Heard's default round: the phone's code never imports the defaults.
const survey = (band: SurveyVersion['band'], version = 1): SurveyVersion => ({
  id: `hows-life-${band}`,
  round: 'hows-life',
  version,
  band,
  title: words("How's life?"),
  intro: words('You can skip any question.'),
  afterwards: words('Thank you.'),
  questions: [{ id: 'happy', type: 'faces', domain: 'wellbeing', text: words('How happy are you?'), core: true }],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('pulled surveys', () => {
  it('land in the surveys table, a newer version replaces the older, and a tombstone removes one', async () => {
    await applyPull({ surveys: [survey('8-11'), survey('11-18')] }, '5');
    expect((await db.surveys.toArray()).map((s) => s.id).sort()).toEqual(['hows-life-11-18', 'hows-life-8-11']);
    expect(await db.surveys.get('hows-life-8-11')).toEqual(survey('8-11'));
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '5' });

    await applyPull({ surveys: [survey('8-11', 2)] }, '6');
    expect((await db.surveys.get('hows-life-8-11'))?.version).toBe(2);

    await applyPull({ surveys: [{ id: 'hows-life-11-18', deleted: true }] }, '7');
    expect((await db.surveys.toArray()).map((s) => s.id)).toEqual(['hows-life-8-11']);
    expect(await db.surveys.where('band').equals('8-11').count()).toBe(1);
  });
});
