// The surveys' staff calls against a stubbed server: what they ask for, and answers checked against the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../../api/test-server';
import { loadPopulations, loadResults, resultsCsvUrl, savePopulations, sendPaperReturn } from './api';
import { fakeResults } from './fake-results';

afterEach(() => vi.unstubAllGlobals());

const paper = {
  entryId: '7d0f2f5e-4b8e-4c1e-9d64-2b7f0f1a9c11',
  surveyId: 'hows-life-8-11',
  version: 2,
  answers: { 'trust-adult': 'yes' },
  month: '2026-11',
};

describe('surveys staff api', () => {
  it('asks for the results, the care population and a paper return, and says where the CSV is', async () => {
    const asked = stubServer(fakeResults);
    expect(await loadResults('hows-life')).toEqual(fakeResults);
    const population = stubServer({ round: 'hows-life', rows: [{ band: '8-11', sex: 'female', count: 80 }] });
    expect(await loadPopulations('hows-life')).toEqual([{ band: '8-11', sex: 'female', count: 80 }]);
    const saved = stubServer(null, 204);
    await savePopulations('hows-life', [{ band: '8-11', sex: 'male', count: 81 }]);
    const stored = stubServer({ stored: true }, 201);
    expect(await sendPaperReturn(paper)).toEqual({ stored: true });
    expect([...asked, ...population, ...saved, ...stored]).toEqual([
      'GET /api/v1/staff/surveys/results?round=hows-life',
      'GET /api/v1/staff/surveys/populations?round=hows-life',
      'PUT /api/v1/staff/surveys/populations {"round":"hows-life","rows":[{"band":"8-11","sex":"male","count":81}]}',
      `POST /api/v1/staff/surveys/paper ${JSON.stringify(paper)}`,
    ]);
    expect(resultsCsvUrl('hows-life')).toBe('/api/v1/staff/surveys/results.csv?round=hows-life');
  });
  it('refuses answers that do not match the contract', async () => {
    // An answer made with another suppression limit than the one the page promises ("fewer than 5").
    stubServer({ ...fakeResults, suppressUnder: 3 });
    await expect(loadResults('hows-life')).rejects.toMatchObject({ code: 'bad-answer' });
    stubServer({ round: 'hows-life', rows: [{ band: '8-11', sex: 'girl', count: 80 }] });
    await expect(loadPopulations('hows-life')).rejects.toMatchObject({ code: 'bad-answer' });
    stubServer({ stored: false }, 201);
    await expect(sendPaperReturn(paper)).rejects.toMatchObject({ code: 'bad-answer' });
  });
  it('says what the server refused', async () => {
    stubServer({ code: 'forbidden', message: 'Only admins can change the care population.' }, 403);
    await expect(savePopulations('hows-life', [])).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});
