// The survey screen's own writes (the age, and "Start again" throwing the draft away): kept on the phone, and when the
// phone cannot keep them, said where the young person pressed, with the screen left where it was.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enSurveys from '../../../../../locales/en/surveys.json';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import type * as SurveyData from '../data/survey-data';
import SurveyPage from './survey-page';

// A test can make these writes fail as a closed or full storage would.
const writes = vi.hoisted(() => ({ fail: false, tried: [] as string[] }));
vi.mock('../data/survey-data', async (load) => {
  const actual = await load<typeof SurveyData>();
  return {
    ...actual,
    saveProfile: (...args: Parameters<typeof actual.saveProfile>) => {
      if (!writes.fail) return actual.saveProfile(...args);
      writes.tried.push('profile');
      return Promise.reject(new Error('QuotaExceededError'));
    },
    discardDraft: (...args: Parameters<typeof actual.discardDraft>) => {
      if (!writes.fail) return actual.discardDraft(...args);
      writes.tried.push('discard');
      return Promise.reject(new Error('DatabaseClosedError'));
    },
  };
});

const NOT_SAVED = 'This could not be saved on this phone. Please try again.';
const w = (en: string) => ({ en, cy: en, ar: en });
const VERSION: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w('How is life?'),
  intro: w('What it is about'),
  afterwards: w('afterwards'),
  questions: [{ id: 'pet', type: 'yes-no', domain: 'wellbeing', text: w('Do you have a pet?') }],
};

beforeAll(() => initTestI18n({ en: { common: enCommon, surveys: enSurveys } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.surveys.put(VERSION);
  window.history.replaceState(null, '', '/survey');
});
afterEach(() => {
  cleanup();
  writes.fail = false;
  writes.tried = [];
  db.close();
});

const open = () =>
  act(async () => {
    render(<SurveyPage />);
  });
const press = (name: string) => act(async () => fireEvent.click(screen.getByRole('button', { name })));
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('the age', () => {
  it('is kept and the survey for that age opens', async () => {
    await open();
    await screen.findByRole('heading', { name: 'How old are you?' });
    await press('9');
    expect(await screen.findByRole('heading', { name: 'How is life?' })).toBeTruthy();
    expect(await db.meta.get('surveyProfile')).toMatchObject({ value: { age: 9 } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when it could not be kept, and the chooser stays open to choose again', async () => {
    await open();
    await screen.findByRole('heading', { name: 'How old are you?' });
    writes.fail = true;
    await press('9');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
    expect(screen.getByRole('heading', { name: 'How old are you?' })).toBeTruthy();
    expect(writes.tried).toEqual(['profile']);
    expect(await db.meta.get('surveyProfile')).toBeUndefined();
    // Trying again when the phone can write again goes on, and the message goes.
    writes.fail = false;
    await press('9');
    expect(await screen.findByRole('heading', { name: 'How is life?' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when changed and not kept, leaves the chooser open rather than the old age', async () => {
    await db.meta.put({ key: 'surveyProfile', value: { age: 9 } });
    await open();
    await screen.findByRole('heading', { name: 'How is life?' });
    await press('Not 9? Change your age');
    writes.fail = true;
    await press('10');
    await settle();
    expect(screen.getByRole('heading', { name: 'How old are you?' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
  });
});

describe('Start again', () => {
  beforeEach(async () => {
    await db.meta.put({ key: 'surveyProfile', value: { age: 9 } });
    await db.surveyDrafts.put({ surveyId: VERSION.id, version: 1, answers: { pet: 'yes' }, index: 1, updatedAt: '2025-03-01T10:00:00.000Z' });
  });

  it('throws the draft away and starts at the first question', async () => {
    await open();
    await screen.findByRole('button', { name: 'Start again' });
    await press('Start again');
    await press('Yes, start again');
    expect(await screen.findByRole('heading', { level: 2, name: 'Do you have a pet?' })).toBeTruthy();
    expect(await db.surveyDrafts.get(VERSION.id)).toBeUndefined();
  });

  it('says so next to the button when the draft could not be thrown away, and does not pretend to start again', async () => {
    await open();
    await screen.findByRole('button', { name: 'Start again' });
    await press('Start again');
    writes.fail = true;
    await press('Yes, start again');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
    expect(screen.getByRole('group', { name: 'Throw away your answers and start again?' }).textContent).toContain(NOT_SAVED);
    expect(screen.queryByRole('heading', { level: 2, name: 'Do you have a pet?' })).toBeNull();
    expect(writes.tried).toEqual(['discard']);
    expect(await db.surveyDrafts.get(VERSION.id)).toMatchObject({ answers: { pet: 'yes' } });
  });
});
