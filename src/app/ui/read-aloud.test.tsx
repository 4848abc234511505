// Read-aloud speaks the words in their language with a voice for it, stops on a second tap, on another screen and when
// it goes away, and says kindly (never as an error) when the phone has no voice or no speech at all.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import arCommon from '../../../locales/ar/common.json';
import cyCommon from '../../../locales/cy/common.json';
import enCommon from '../../../locales/en/common.json';
import { initTestI18n } from '../i18n/test-i18n';
import { Choice, ChoiceLabel, ReadAloud, ReadAloudScreen, screenText, voiceFor } from './read-aloud';
import { navigate } from './router';

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

const voice = (lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({ lang, name: `voice ${lang}`, localService: true, default: false, voiceURI: lang, ...extra }) as SpeechSynthesisVoice;

let voices: SpeechSynthesisVoice[];
let spoken: FakeUtterance[];
let synth: EventTarget & { getVoices: () => SpeechSynthesisVoice[]; speak: ReturnType<typeof vi.fn>; cancel: ReturnType<typeof vi.fn> };

function installSpeech() {
  spoken = [];
  const target = new EventTarget();
  synth = Object.assign(target, {
    getVoices: () => voices,
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

beforeAll(() => initTestI18n({ en: { common: enCommon }, cy: { common: cyCommon }, ar: { common: arCommon } }, 'common'));
beforeEach(() => {
  voices = [voice('en-GB'), voice('cy-GB'), voice('ar-SA')];
  installSpeech();
  navigate('/');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  await i18next.changeLanguage('en');
});

const tap = async (name: string | RegExp) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('ReadAloud', () => {
  it('reads the words in English with an English voice, and a second tap stops', async () => {
    render(<ReadAloud text="Yes more trips out" />);
    const button = screen.getByRole('button', { name: 'Read aloud' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await tap('Read aloud');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.text).toBe('Yes more trips out');
    expect(spoken[0]?.lang).toBe('en');
    expect(spoken[0]?.voice?.lang).toBe('en-GB');
    expect(button.getAttribute('aria-pressed')).toBe('true');

    synth.cancel.mockClear();
    await tap('Read aloud');
    expect(synth.cancel).toHaveBeenCalled();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(spoken).toHaveLength(1);
  });

  it('reads in Welsh with a Welsh voice when the interface is Welsh, and is named in Welsh', async () => {
    await i18next.changeLanguage('cy');
    render(<ReadAloud text="Mwy o dripiau" />);
    await tap('Darllen yn uchel');
    expect(spoken[0]?.text).toBe('Mwy o dripiau');
    expect(spoken[0]?.lang).toBe('cy');
    expect(spoken[0]?.voice?.lang).toBe('cy-GB');
  });

  it('reads words in the language they are in when that differs from the interface (English fallback text)', async () => {
    await i18next.changeLanguage('ar');
    render(<ReadAloud text="Not translated yet" lang="en" />);
    await tap('اقرأ بصوت عالٍ');
    expect(spoken[0]?.lang).toBe('en');
  });

  it('says politely, in the interface language, when the phone has no voice for the language, and says nothing aloud', async () => {
    voices = [voice('en-US')];
    render(<ReadAloud text="Mwy o dripiau" lang="cy" />);
    await tap('Read aloud');
    expect(spoken).toHaveLength(0);
    const message = screen.getByText(/This phone has no voice for/);
    expect(message.textContent).toContain('Cymraeg');
    expect(message.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Read aloud' }).getAttribute('aria-describedby')).toBe(message.id);
  });

  it('says so in Welsh, in Welsh, when a Welsh phone has no Welsh voice', async () => {
    await i18next.changeLanguage('cy');
    voices = [voice('en-GB')];
    render(<ReadAloud text="Mwy o dripiau" />);
    await tap('Darllen yn uchel');
    expect(screen.getByText(/Does gan y ffôn hwn ddim llais ar gyfer/).textContent).toContain('Cymraeg');
  });

  it('says so when the phone cannot speak at all', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    render(<ReadAloud text="Hello" />);
    await tap('Read aloud');
    expect(screen.getByText(/This phone can't read out loud/)).toBeTruthy();
  });

  it('waits for voices that load late', async () => {
    voices = [];
    render(<ReadAloud text="Hello" />);
    await tap('Read aloud');
    expect(spoken).toHaveLength(0);
    voices = [voice('en-GB')];
    await act(async () => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(spoken[0]?.text).toBe('Hello');
  });

  it('stops when the screen changes and when it goes away', async () => {
    const { unmount } = render(<ReadAloud text="Hello" />);
    await tap('Read aloud');
    synth.cancel.mockClear();
    act(() => navigate('/wall'));
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Read aloud' }).getAttribute('aria-pressed')).toBe('false');

    await tap('Read aloud');
    synth.cancel.mockClear();
    unmount();
    expect(synth.cancel).toHaveBeenCalledTimes(1);
  });

  it('lets one thing speak at a time, and goes back to idle when the words end', async () => {
    render(
      <>
        <ReadAloud text="one" label="first" />
        <ReadAloud text="two" label="second" />
      </>,
    );
    await tap('first');
    await tap('second');
    expect(screen.getByRole('button', { name: 'first' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'second' }).getAttribute('aria-pressed')).toBe('true');
    act(() => spoken[1]?.onend?.());
    expect(screen.getByRole('button', { name: 'second' }).getAttribute('aria-pressed')).toBe('false');
  });
});

describe('voiceFor', () => {
  it('matches by the BCP-47 prefix and prefers a voice on the phone', () => {
    const online = voice('cy-GB', { localService: false, name: 'online' });
    const local = voice('cy', { name: 'local' });
    expect(voiceFor([voice('en-GB'), online, local], 'cy')?.name).toBe('local');
    expect(voiceFor([voice('en_GB')], 'en-US')?.lang).toBe('en_GB');
    expect(voiceFor([voice('en-GB')], 'ar')).toBeUndefined();
    expect(voiceFor([voice('en-GB')], 'pseudo')?.lang).toBe('en-GB');
  });
});

describe('reading a screen', () => {
  it('reads headings, paragraphs and list items, not buttons or hidden words', async () => {
    render(
      <main id="main">
        <h1>
          The wall <ReadAloud text="x" />
        </h1>
        <p>Say what you think</p>
        <ul>
          <li>
            Yes more <button type="button">Me too</button>
          </li>
        </ul>
        <p aria-hidden="true">hidden</p>
        <ReadAloudScreen />
      </main>,
    );
    expect(screenText(document.getElementById('main'))).toBe('The wall. Say what you think. Yes more.');
    await tap('Read this page aloud');
    expect(spoken[0]?.text).toBe('The wall. Say what you think. Yes more.');
  });
});

describe('choices', () => {
  it('puts the symbol beside the word and a read-aloud named for the choice beside the control', async () => {
    const Icon = (props: { 'aria-hidden'?: boolean | 'true' }) => <svg data-testid="symbol" {...props} />;
    render(
      <Choice text="Yes more">
        <button type="button">
          <ChoiceLabel symbol={Icon}>Yes more</ChoiceLabel>
        </button>
      </Choice>,
    );
    expect(screen.getByRole('button', { name: 'Yes more' })).toBeTruthy();
    expect(screen.getByTestId('symbol').getAttribute('aria-hidden')).toBe('true');
    await tap('Read aloud: Yes more');
    expect(spoken[0]?.text).toBe('Yes more');
  });
});
