// The safeguarding queue shows wall posts and name ideas that may be about harm, and offers no way to publish them.
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffSafeguardingSuggestion } from '../../../../shared/feed-staff';
import { ModerationPage } from './moderation-page';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const suggestion: StaffSafeguardingSuggestion = {
  id: '00000000-0000-4000-8000-0000000000b1',
  pollId: '00000000-0000-4000-8000-0000000000b2',
  term: 'contact',
  question: { en: 'What should we call contact?' },
  text: 'my carer hits me',
  createdAt: '2026-11-02T10:00:00.000Z',
};

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['staff'],
    defaultNS: 'staff',
    resources: { en: { staff: enStaff } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('safeguarding queue', () => {
  it('lists name ideas that may be about harm, with their poll, and no button to publish them', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      urls.push(url);
      return Promise.resolve(json(url.includes('/polls/safeguarding') ? { suggestions: [suggestion] } : { posts: [] }));
    });
    render(<ModerationPage status="safeguarding" onError={() => undefined} />);
    const section = await screen.findByRole('region', { name: enStaff.safeguarding.suggestionsTitle });
    const card = await within(section).findByText('my carer hits me');
    expect(within(section).getByText(/For the poll: What should we call contact\?/)).toBeTruthy();
    expect(within(card.closest('li') as HTMLElement).queryAllByRole('button')).toEqual([]);
    // An empty list of posts does not read as an empty queue when name ideas are waiting.
    expect(screen.getByText(enStaff.safeguarding.postsEmpty)).toBeTruthy();
    expect(screen.queryByText(enStaff.moderation.empty)).toBeNull();
    expect(urls).toEqual(expect.arrayContaining(['/api/v1/staff/wall/posts?status=safeguarding', '/api/v1/staff/polls/safeguarding']));
  });

  it('does not ask for name ideas on the moderation queue', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      urls.push(url);
      return Promise.resolve(json({ posts: [] }));
    });
    render(<ModerationPage status="pending" onError={() => undefined} />);
    await screen.findByText(enStaff.moderation.empty);
    expect(urls).toEqual(['/api/v1/staff/wall/posts?status=pending']);
    expect(screen.queryByRole('region', { name: enStaff.safeguarding.suggestionsTitle })).toBeNull();
  });
});
