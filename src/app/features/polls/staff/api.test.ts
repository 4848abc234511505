// Language polls' staff calls against a stubbed server: what they ask for, and answers checked against the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../../api/test-server';
import { adoptOption, createPoll, decideOption, listPolls, setOptionWords, setPollOpen } from './api';

afterEach(() => vi.unstubAllGlobals());
const poll = {
  id: 'p1',
  term: 'contact',
  question: { en: 'What should we call contact?' },
  open: true,
  createdAt: '2026-01-01',
  adoptedOptionId: null,
  feedItemId: null,
  options: [],
  keptPrivate: 0,
};

describe('polls staff api', () => {
  it('asks for polls and changes one', async () => {
    const asked = stubServer({ polls: [poll] });
    expect(await listPolls()).toEqual([poll]);
    const changes = stubServer(poll);
    await createPoll({ term: 'contact', question: { en: 'Q' }, options: ['A', 'B'] });
    await setPollOpen('p1', false);
    await decideOption('p1', 'o1', { action: 'approve', confirmDoubt: true });
    await setOptionWords('p1', 'o1', { cy: 'Amser Teulu', ar: null });
    await adoptOption('p1', { optionId: 'o1', did: { en: 'Done' }, responsible: 'Head of Service' });
    expect([...asked, ...changes]).toEqual([
      'GET /api/v1/staff/polls',
      'POST /api/v1/staff/polls {"term":"contact","question":{"en":"Q"},"options":["A","B"]}',
      'PATCH /api/v1/staff/polls/p1 {"open":false}',
      'POST /api/v1/staff/polls/p1/options/o1/decision {"action":"approve","confirmDoubt":true}',
      'PUT /api/v1/staff/polls/p1/options/o1/translations {"cy":"Amser Teulu","ar":null}',
      'POST /api/v1/staff/polls/p1/adopt {"optionId":"o1","did":{"en":"Done"},"responsible":"Head of Service"}',
    ]);
  });
  it('refuses a poll that does not match the contract', async () => {
    stubServer({ polls: [{ ...poll, open: 'yes' }] });
    await expect(listPolls()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
