// The council's safety words screen: lists the words, adds one through the typed staff API, asks before removing,
// and lets staff try a sentence against Heard's check with the council's words.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { SafetyTermRecord } from '../../../../shared/safety-terms';
import { initTestI18n } from '../../../i18n/test-i18n';
import { SafetyWordsPage } from './safety-words-page';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const plugging: SafetyTermRecord = {
  id: 't1',
  term: 'plugging',
  category: 'criminal-exploitation',
  language: 'en',
  addedBy: 'Morgan',
  addedAt: '2026-11-30T10:00:00.000Z',
};

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('safety words screen', () => {
  it('adds a word, lists it, and a sentence using it is shown as going to the safeguarding queue', async () => {
    let terms: SafetyTermRecord[] = [];
    const posted: unknown[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
      expect(url).toBe('/api/v1/staff/safety-terms');
      if (init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as Pick<SafetyTermRecord, 'term' | 'category' | 'language'>;
        posted.push(body);
        const record = { ...plugging, ...body, id: 't2' };
        terms = [record];
        return Promise.resolve(json(201, record));
      }
      return Promise.resolve(json(200, { terms }));
    });
    render(<SafetyWordsPage onError={() => undefined} />);
    await screen.findByText(enStaff.safetyWords.none);

    fireEvent.change(screen.getByLabelText(enStaff.safetyWords.tryLabel), { target: { value: 'we all went on a pebble run' } });
    expect(screen.getByText(enStaff.safetyWords.tryNone)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(enStaff.safetyWords.term), { target: { value: 'pebble run' } });
    fireEvent.change(screen.getByLabelText(enStaff.safetyWords.category), { target: { value: 'criminal-exploitation' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.safetyWords.submit }));
    await screen.findByText('pebble run', { selector: 'p' });
    expect(posted).toEqual([{ term: 'pebble run', category: 'criminal-exploitation', language: 'en' }]);
    expect(screen.getByText('Added “pebble run”.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/This would go to the safeguarding queue/)).toBeTruthy());
    expect(screen.getByText(/Criminal exploitation\)/)).toBeTruthy();
  });

  it('asks before removing, and removes nothing when the answer is no', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
      calls.push(`${init.method ?? 'GET'} ${url}`);
      if (init.method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
      return Promise.resolve(json(200, { terms: [plugging] }));
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<SafetyWordsPage onError={() => undefined} />);
    await screen.findByText('plugging', { selector: 'p' });
    fireEvent.click(screen.getByRole('button', { name: /Remove/ }));
    expect(confirm).toHaveBeenCalled();
    expect(calls).toEqual(['GET /api/v1/staff/safety-terms']);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: /Remove/ }));
    await screen.findByText('Removed “plugging”.');
    expect(calls).toContain('DELETE /api/v1/staff/safety-terms/t1');
  });

  it('shows a clear error when the server answers something it does not understand', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(json(200, { terms: [{ id: 1 }] })));
    const onError = vi.fn();
    render(<SafetyWordsPage onError={onError} />);
    await screen.findByRole('alert');
    expect(onError).toHaveBeenCalled();
  });
});
