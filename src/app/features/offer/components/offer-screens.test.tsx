// The offer's screens on Dexie (fake IndexedDB): Markdown drawn as elements only, "for me" answered and filtered with
// reasons, an item marked "Changed" once and then seen, saved to my list, and search from the box.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enOffer from '../../../../../locales/en/offer.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { COUNCIL_TAX, DRIVING, SETTING_UP_HOME, TEST_ITEMS } from '../model/test-items';
import ForMePage from './for-me-page';
import ItemPage from './item-page';
import { MarkdownView } from './markdown-view';
import OfferPage from './offer-page';

beforeAll(() => initTestI18n({ en: { common: enCommon, offer: enOffer } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.offerItems.bulkPut(TEST_ITEMS);
});
afterEach(cleanup);

const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));
const press = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

describe('MarkdownView', () => {
  it('draws paragraphs, lists, bold and safe links as elements, and HTML as words', () => {
    const { container } = render(
      <MarkdownView source={'Hi <img src=x onerror="alert(1)">\n\n- **a bed**\n- [call](tel:01632960123)\n\n[bad](javascript:alert(1))'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('strong')?.textContent).toBe('a bed');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:01632960123']);
  });
});

describe('What is for me?', () => {
  it('asks, keeps the answers on the phone only, and lists what is for them with why', { timeout: 20_000 }, async () => {
    window.history.replaceState(null, '', '/offer/for-me');
    render(<ForMePage />);
    await settle();
    await act(async () => fireEvent.change(screen.getByLabelText('How old are you?'), { target: { value: '19' } }));
    // From 18 "Are you in care now?" is not asked.
    expect(screen.queryByRole('group', { name: 'Are you in care now?' })).toBeNull();
    const answer = (question: string | RegExp, choice: string) =>
      act(async () => fireEvent.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: choice })));
    await answer(/after your 16th birthday/, 'Yes');
    await answer(/13 weeks or more/, 'Yes');
    await answer(/live outside/, 'Yes');
    await answer(/school, college/, 'No');
    await answer(/on your own as a child/, 'No');
    await answer('Where do you live?', 'England');
    await press('Show what is for me');
    await settle();

    expect((await db.meta.get('offerForMe'))?.value).toMatchObject({ age: 19, outOfArea: 'yes', thirteenWeeks: 'yes' });
    expect(await db.outbox.count()).toBe(0);
    const list = await screen.findByRole('list', { name: 'For you' });
    const titles = within(list)
      .getAllByRole('link')
      .map((a) => a.textContent);
    // Council tax here is for those living in the area: not for them.
    expect(titles.some((t) => t?.includes('Setting up home allowance'))).toBe(true);
    expect(titles.some((t) => t?.includes(COUNCIL_TAX.title.en))).toBe(false);
    expect(titles.some((t) => t?.includes('Driving lessons'))).toBe(true);
    expect(screen.getAllByText('Because you are 19').length).toBeGreaterThan(0);
    expect(screen.getByText('Because you have left care and are 18 or older')).toBeTruthy();

    await press('Clear my answers');
    await settle();
    expect(await db.meta.get('offerForMe')).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('Your answers are gone from this phone.');
  });
});

describe('an item', () => {
  it(
    'shows the amount, how to get it, who to ask and when it was checked; "Changed" only after a newer version; saves to my list',
    { timeout: 20_000 },
    async () => {
      window.history.replaceState(null, '', `/offer/item/${SETTING_UP_HOME.id}`);
      const first = render(<ItemPage />);
      await settle();
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Setting up home allowance');
      expect(screen.getByText('£3,000, paid once')).toBeTruthy();
      expect(screen.getByText('Make a list with your PA.')).toBeTruthy();
      expect(screen.getByText('Your personal adviser')).toBeTruthy();
      expect(screen.getByText(/^Last checked/)).toBeTruthy();
      expect(screen.getByText('cooker').tagName).toBe('STRONG');
      // Never opened before: not "changed"; now seen at version 1.
      expect(screen.queryByText('Changed since you last looked')).toBeNull();
      await settle();
      expect(await db.offerSeen.get(SETTING_UP_HOME.id)).toEqual({ id: SETTING_UP_HOME.id, version: 1 });
      expect(screen.getByRole('link', { name: 'Ask my PA about this' }).getAttribute('href')).toBe(`/help/ask/${SETTING_UP_HOME.id}`);
      await press('Save to my list');
      await settle();
      expect(await db.offerSaved.get(SETTING_UP_HOME.id)).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Take off my list' })).toBeTruthy();
      first.unmount();

      await db.offerItems.put({ ...SETTING_UP_HOME, version: 2, changeNote: { en: 'It went up to £3,200.' } });
      render(<ItemPage />);
      expect(await screen.findByText('Changed since you last looked')).toBeTruthy();
      expect(screen.getByText('It went up to £3,200.')).toBeTruthy();
      await settle();
      expect(await db.offerSeen.get(SETTING_UP_HOME.id)).toEqual({ id: SETTING_UP_HOME.id, version: 2 });
      cleanup();
      render(<ItemPage />);
      expect(await screen.findByRole('button', { name: 'Take off my list' })).toBeTruthy();
      expect(screen.queryByText('Changed since you last looked')).toBeNull();
    },
  );
});

describe('the offer’s front page', () => {
  it('searches from the box (loading the index then) and shows "Changed" in the results', { timeout: 20_000 }, async () => {
    await db.offerSeen.put({ id: DRIVING.id, version: 1 });
    await db.offerItems.put({ ...DRIVING, version: 2 });
    window.history.replaceState(null, '', '/offer');
    render(<OfferPage />);
    expect(await screen.findByRole('link', { name: /What is for me\?/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Money/ }).getAttribute('href')).toBe('/offer/category/money');
    const search = (q: string) =>
      act(async () => fireEvent.change(screen.getByRole('searchbox', { name: 'Search the local offer' }), { target: { value: q } }));
    await search('allowences');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Search' })).getAllByRole('link')[0]?.textContent).toContain('Setting up home allowance'),
    );
    await search('drivng');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Search' })).getByText('Changed')).toBeTruthy());
    await search('zzzz');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nothing found for “zzzz”. Try another word.'));
  });
});
