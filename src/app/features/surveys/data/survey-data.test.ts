import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { surveySubmitPayloadSchema } from '../../../../shared/survey/response';
import { applyPushResults } from '../../../storage/apply-pull';
import { db } from '../../../storage/db';
import { discardDraft, putAside, saveDraft, saveProfile, sendState, submitSurvey } from './survey-data';

const w = (en: string) => ({ en, cy: en, ar: en });
const VERSION: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 2,
  band: '8-11',
  title: w('How is life?'),
  intro: w('intro'),
  afterwards: w('afterwards'),
  questions: [
    { id: 'pet', type: 'yes-no', domain: 'wellbeing', text: w('Do you have a pet?') },
    { id: 'pet-time', type: 'frequency', domain: 'wellbeing', text: w('Time with it?'), showIf: { questionId: 'pet', anyOf: ['yes'] } },
    { id: 'happy', type: 'scale', domain: 'wellbeing', text: w('How happy?'), scaleEnds: { min: w('not'), max: w('very') } },
  ],
};

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('the survey draft', () => {
  it('is saved at every answer, with the question on screen', async () => {
    await saveDraft(VERSION, { answers: { pet: 'yes' }, index: 1 });
    expect(await db.surveyDrafts.get(VERSION.id)).toMatchObject({ version: 2, answers: { pet: 'yes' }, index: 1 });
    await saveDraft(VERSION, { answers: { pet: 'yes', 'pet-time': 'always' } });
    expect(await db.surveyDrafts.get(VERSION.id)).toMatchObject({ answers: { pet: 'yes', 'pet-time': 'always' }, index: 1 });
    await saveDraft(VERSION, { index: 2, gender: 'girl' });
    await saveDraft(VERSION, { gender: undefined });
    const row = await db.surveyDrafts.get(VERSION.id);
    expect(row?.index).toBe(2);
    expect(row && 'gender' in row).toBe(false);
  });

  it('of an older version is replaced, not mixed with the new one', async () => {
    await db.surveyDrafts.put({ surveyId: VERSION.id, version: 1, answers: { old: 'yes' }, index: 5, updatedAt: '2026-11-01T00:00:00.000Z' });
    await saveDraft(VERSION, { answers: { pet: 'no' } });
    expect(await db.surveyDrafts.get(VERSION.id)).toMatchObject({ version: 2, answers: { pet: 'no' }, index: 0 });
  });

  it('can be thrown away', async () => {
    await saveDraft(VERSION, { answers: { pet: 'no' } });
    await discardDraft(VERSION.id);
    expect(await db.surveyDrafts.count()).toBe(0);
  });

  it('keeps the age in this phone’s settings only', async () => {
    await saveProfile({ age: 17, leftCare: true });
    expect(await db.meta.get('surveyProfile')).toEqual({ key: 'surveyProfile', value: { age: 17, leftCare: true } });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('sending the survey', () => {
  it('queues one anonymous op, deletes the draft and notes the version answered, in one go; no my-item', async () => {
    await saveDraft(VERSION, { answers: { pet: 'no', 'pet-time': 'always', happy: 7 }, index: 3, gender: 'boy' });
    await submitSurvey(VERSION, { pet: 'no', 'pet-time': 'always', happy: 7 }, { gender: 'boy', flaggedOnDevice: true }, new Date(2026, 11, 2));
    const ops = await db.outbox.toArray();
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ type: 'survey.submit', state: 'queued' });
    // The hidden question's answer is cleared; only the month is kept.
    expect(ops[0]!.payload).toEqual({
      surveyId: VERSION.id,
      version: 2,
      answers: { pet: 'no', happy: 7 },
      month: '2026-12',
      gender: 'boy',
      flaggedOnDevice: true,
    });
    expect(surveySubmitPayloadSchema.safeParse(ops[0]!.payload).success).toBe(true);
    expect(await db.surveyDrafts.count()).toBe(0);
    expect(await db.surveysDone.toArray()).toEqual([{ key: 'hows-life-8-11@2', surveyId: VERSION.id, version: 2, outcome: 'answered' }]);
    expect(await db.myItems.count()).toBe(0);
    expect(await sendState(VERSION.id)).toBe('waiting');

    // Delivered: the answers are nowhere on the phone, and nothing names the op.
    await applyPushResults([{ id: ops[0]!.id, status: 'accepted' }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await sendState(VERSION.id)).toBe('sent');
    const everything = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    expect(everything).not.toContain(ops[0]!.id);
    expect(everything).not.toContain('"happy"');
  });

  it('changes nothing when any part of the write fails (the draft stays)', async () => {
    await saveDraft(VERSION, { answers: { pet: 'yes' }, index: 1 });
    const failing = () => {
      throw new Error('disk full');
    };
    db.surveysDone.hook('creating', failing);
    try {
      await expect(submitSurvey(VERSION, { pet: 'yes' }, {})).rejects.toThrow();
    } finally {
      db.surveysDone.hook('creating').unsubscribe(failing);
    }
    expect(await db.outbox.count()).toBe(0);
    expect(await db.surveyDrafts.get(VERSION.id)).toMatchObject({ answers: { pet: 'yes' } });
  });

  it('is refused: the phone says so', async () => {
    await submitSurvey(VERSION, { pet: 'no' }, {});
    const op = (await db.outbox.toArray())[0]!;
    await applyPushResults([{ id: op.id, status: 'rejected', code: 'invalid-payload', message: 'no' }]);
    expect(await sendState(VERSION.id)).toBe('refused');
  });
});

it('a pulse put aside is noted, so it is not offered again', async () => {
  await putAside({ ...VERSION, id: 'check-in', version: 1, kind: 'pulse' });
  expect(await db.surveysDone.get('check-in@1')).toMatchObject({ outcome: 'put-aside' });
  expect(await db.outbox.count()).toBe(0);
});
