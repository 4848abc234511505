// Read-aloud: a small speaker button that reads words out with the phone's own voice (speechSynthesis), in the
// language of the words, for a child who cannot read well yet. One thing speaks at a time; a second tap, another
// screen or leaving the page stops it. When the phone has no voice for the language it says so, kindly, in words.
import { useEffect, useId, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Square, Volume2 } from 'lucide-react';
import { usePath } from './router';
import './read-aloud.css';

/** The languages' own names, for "no voice for Cymraeg" (a child knows their language by its own name). */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', cy: 'Cymraeg', ar: 'العربية' };
const VOICES_WAIT_MS = 1500;

/** The base of a BCP-47 tag ('cy-GB', 'en_US' → 'cy', 'en'); the pseudo-locale is English underneath. */
export function baseLanguage(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return base === 'pseudo' ? 'en' : base;
}

/** A voice for `lang` by its BCP-47 prefix, preferring one on the phone (it works offline) and then the default. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const base = baseLanguage(lang);
  const fit = voices.filter((v) => baseLanguage(v.lang) === base);
  return fit.find((v) => v.localService && v.default) ?? fit.find((v) => v.localService) ?? fit.find((v) => v.default) ?? fit[0];
}

function synthesis(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || !window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis;
}

/** The phone's voices; some phones load them a moment after the page, so wait for `voiceschanged` (briefly). */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener?.('voiceschanged', done);
  });
}

// Which button is speaking now (one at a time across the page), as a tiny store the buttons subscribe to.
let speaking: object | null = null;
const listeners = new Set<() => void>();
function setSpeaking(owner: object | null): void {
  speaking = owner;
  listeners.forEach((l) => l());
}
function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Stops whatever is being read aloud (also called when the page is left, e.g. by quick exit). */
export function stopReadingAloud(): void {
  synthesis()?.cancel();
  setSpeaking(null);
}
if (typeof window !== 'undefined') window.addEventListener('pagehide', stopReadingAloud);

export type ReadAloudProps = {
  /** The words to read; a function is called at the tap (e.g. to read what a screen shows then). */
  text: string | (() => string);
  /** The words' language (BCP-47); the interface language by default. */
  lang?: string;
  /** The button's accessible name; "Read aloud" by default. Name the thing for choices: "Read aloud: Yes more". */
  label?: string;
  /** Name the button for the words it reads ("Read aloud: Yes more"), as a choice's button is named; needs a string `text`. */
  choice?: boolean;
  className?: string;
};

export function ReadAloud({ text, lang, label, choice, className }: ReadAloudProps) {
  const { t, i18n } = useTranslation('common');
  const [me] = useState(() => ({}));
  const isSpeaking = useSyncExternalStore(subscribe, () => speaking === me);
  const path = usePath();
  // A message belongs to the screen it was said on: another screen starts without it.
  const [said, setSaid] = useState({ message: '', path });
  const message = said.path === path ? said.message : '';
  const setMessage = (m: string) => setSaid({ message: m, path });
  const messageId = useId();

  // Another screen, or this button gone: stop reading (only if this button is the one speaking).
  useEffect(
    () => () => {
      if (speaking === me) stopReadingAloud();
    },
    [path, me],
  );

  const onClick = async () => {
    if (speaking === me) return stopReadingAloud();
    setMessage('');
    const synth = synthesis();
    const words = (typeof text === 'function' ? text() : text).trim();
    const language = baseLanguage(lang ?? i18n.language);
    const sorry = (key: 'noVoice' | 'noSpeech') =>
      setMessage(t(`readAloud.${key}`, { language: `\u2068${LANGUAGE_NAMES[language] ?? language}\u2069` }));
    if (!synth) return sorry('noSpeech');
    const voice = voiceFor(await loadVoices(synth), language);
    if (!voice) return sorry('noVoice');
    if (!words) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(words);
    utterance.lang = language;
    utterance.voice = voice;
    utterance.onend = utterance.onerror = () => {
      if (speaking === me) setSpeaking(null);
    };
    setSpeaking(me);
    synth.speak(utterance);
  };

  return (
    <span className={`read-aloud${className ? ` ${className}` : ''}`}>
      <button
        type="button"
        className="read-aloud-button"
        aria-pressed={isSpeaking}
        aria-describedby={message ? messageId : undefined}
        onClick={() => void onClick()}
      >
        {isSpeaking ? <Square aria-hidden="true" /> : <Volume2 aria-hidden="true" />}
        <span className="visually-hidden">
          {label ?? (choice && typeof text === 'string' ? t('readAloud.choice', { text }) : t('readAloud.button'))}
        </span>
      </button>
      {/* Always in the page, so screen readers hear the message when it appears. */}
      <span id={messageId} className="read-aloud-message" aria-live="polite">
        {message}
      </span>
    </span>
  );
}

/**
 * A screen's title with "read this page aloud" beside it (beside, never inside: the heading's name stays its words).
 * The shell moves focus to the h1 when a screen opens, so it takes tabIndex -1.
 */
export function ScreenTitle({ children, lang, className }: { children: ReactNode; lang?: string; className?: string }) {
  return (
    <div className="screen-title">
      <h1 tabIndex={-1} lang={lang} className={className}>
        {children}
      </h1>
      <ReadAloudScreen />
    </div>
  );
}

/** Reads a screen's words (headings, paragraphs, list items, labels) as the screen shows them at the tap. */
export function ReadAloudScreen({ root, label, lang }: { root?: () => HTMLElement | null; label?: string; lang?: string }) {
  const { t } = useTranslation('common');
  return <ReadAloud text={() => screenText(root ? root() : document.getElementById('main'))} lang={lang} label={label ?? t('readAloud.screen')} />;
}

const READ = 'h1, h2, h3, h4, p, li, dt, dd, legend, label, th, td, figcaption, blockquote';
const SKIP = 'button, select, textarea, input, [aria-hidden="true"], .visually-hidden, .read-aloud, [data-read-aloud="skip"]';

/** The readable words under `root`, block by block, without buttons, hidden text or the read-aloud messages. */
export function screenText(root: HTMLElement | null): string {
  if (!root) return '';
  const blocks = [...root.querySelectorAll<HTMLElement>(READ)].filter((el) => !el.parentElement?.closest(READ) && !el.closest(SKIP));
  return blocks
    .map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(SKIP).forEach((n) => n.remove());
      const words = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      return words && !/[.!?:;؟…]$/.test(words) ? `${words}.` : words;
    })
    .filter(Boolean)
    .join(' ');
}

/** A symbol beside a choice's word, for inside a button or a label. The symbol is decorative: the word says it. */
export function ChoiceLabel({ symbol: SymbolIcon, children }: { symbol?: ComponentType<{ 'aria-hidden'?: boolean | 'true' }>; children: ReactNode }) {
  return (
    <span className="choice-label">
      {SymbolIcon && <SymbolIcon aria-hidden="true" />}
      <span>{children}</span>
    </span>
  );
}

/**
 * A choice (a button, a link, a radio with its label) with a read-aloud of its words beside it — beside, never inside:
 * a button cannot sit inside another button or a label.
 */
export function Choice({ text, lang, children, className }: { text: string; lang?: string; children: ReactNode; className?: string }) {
  // The button names its words itself: a list of choices draws one translation hook per choice, not two.
  return (
    <span className={`choice${className ? ` ${className}` : ''}`}>
      {children}
      <ReadAloud text={text} lang={lang} choice />
    </span>
  );
}
