// Choosing in the language list changes nothing until "Use this language" is pressed; then Heard switches, the choice
// is kept on the phone and focus stays on the list. The pseudo-locale is offered only behind the developer switch.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import cyCommon from '../../../locales/cy/common.json';
import arCommon from '../../../locales/ar/common.json';
import pseudoCommon from '../../../locales/pseudo/common.json';
import type * as RememberLanguage from '../i18n/remember-language';
import { initTestI18n } from '../i18n/test-i18n';
import { db } from '../storage/db';
import { failingWrites, resetFailingWrites } from '../storage/test-failing-writes';
import { getMeta } from '../storage/meta';
import { LanguagePicker } from './language-picker';

// A test can make keeping the choice fail, as a closed or full storage would.
vi.mock('../i18n/remember-language', async (load) =>
  (await import('../storage/test-failing-writes')).withFailingWrites(await load<typeof RememberLanguage>(), 'rememberLanguage'),
);

beforeAll(() =>
  initTestI18n({ en: { common: enCommon }, cy: { common: cyCommon }, ar: { common: arCommon }, pseudo: { common: pseudoCommon } }, 'common'),
);
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(async () => {
  cleanup();
  resetFailingWrites();
  db.close();
  localStorage.clear();
  await i18next.changeLanguage('en');
});

const list = (name: string = enCommon.language.label) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const offeredNames = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.lang]);

describe('language picker', () => {
  it('switches for now and says so, in the language chosen, when the phone could not keep the choice', async () => {
    render(<LanguagePicker offered={['en', 'cy', 'ar']} />);
    fireEvent.change(list(), { target: { value: 'cy' } });
    failingWrites.fail = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: cyCommon.language.apply }));
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(i18next.language).toBe('cy');
    expect(screen.getByRole('alert').textContent).toBe(cyCommon.notSaved);
    expect(await getMeta('language')).toBeUndefined();
  });

  it('changes nothing while choosing, and switches and remembers on "Use this language"', async () => {
    render(<LanguagePicker offered={['en', 'cy', 'ar']} />);
    expect(offeredNames(list())).toEqual([
      ['en', 'en'],
      ['cy', 'cy'],
      ['ar', 'ar'],
    ]);
    // Nothing to press while the language in use is chosen.
    expect(screen.queryByRole('button')).toBeNull();

    // Arrow keys in a select choose each option in turn: none of them switches Heard.
    fireEvent.change(list(), { target: { value: 'ar' } });
    fireEvent.change(list(), { target: { value: 'cy' } });
    expect(i18next.language).toBe('en');
    expect(list().value).toBe('cy');
    expect(await getMeta('language')).toBeUndefined();

    // The button is in the language chosen, so a Welsh reader can find it.
    const use = screen.getByRole('button', { name: cyCommon.language.apply });
    expect(use.getAttribute('lang')).toBe('cy');
    await act(async () => {
      fireEvent.click(use);
    });
    expect(i18next.language).toBe('cy');
    expect(await getMeta('language')).toBe('cy');
    expect(document.activeElement).toBe(list(cyCommon.language.label));
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(cyCommon.language.applied);

    // Choosing the language in use again takes the button away.
    fireEvent.change(list(cyCommon.language.label), { target: { value: 'en' } });
    expect(screen.getByRole('button', { name: enCommon.language.apply }).getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.change(list(cyCommon.language.label), { target: { value: 'cy' } });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers only the languages the council offers, always English', () => {
    render(<LanguagePicker offered={['en', 'ar']} />);
    expect(offeredNames(list()).map(([v]) => v)).toEqual(['en', 'ar']);
  });

  it('offers the pseudo-locale only when the developer switch is on', () => {
    render(<LanguagePicker offered={undefined} />);
    expect(offeredNames(list()).map(([v]) => v)).toEqual(['en', 'cy', 'ar']);
    cleanup();
    localStorage.setItem('heard.dev', '1');
    render(<LanguagePicker offered={undefined} />);
    expect(offeredNames(list())).toContainEqual(['pseudo', 'en']);
  });

  it('keeps the pseudo-locale on a phone already using it, with the switch off', async () => {
    await act(async () => {
      await i18next.changeLanguage('pseudo');
    });
    render(<LanguagePicker offered={['en', 'cy']} />);
    expect(list(pseudoCommon.language.label).value).toBe('pseudo');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
