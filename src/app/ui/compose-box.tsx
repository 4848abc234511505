// The young person's write box: their words, the safety check on this phone as they send (words that may be about
// harm get help at once; personal details get a warning and a second press), and what happened after Send. Used for
// wall posts and name ideas; the caller says what sending means and what to say afterwards.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { assessText } from '../../shared/safety/assess-text';
import type { SafetyTerm } from '../../shared/safety-terms';
import { councilSafetyTerms } from '../council/safety-terms';
import { openSafetyHelp } from './safety-events';

export interface Sent {
  /** The new item's id. */
  id: string;
  /** This phone's check thought the words may be about harm. */
  flagged: boolean;
}

export interface ComposeBoxProps {
  ids: { input: string; note: string; count?: string };
  label: string;
  /** Says what happens to the words (with the privacy link), under the label. */
  note: ReactNode;
  multiline?: boolean;
  maxLength: number;
  /** Unfinished words kept on this phone, shown until the young person types. */
  draft?: string;
  /** Keeps the unfinished words on this phone; rejects when the phone could not (the box says so). */
  onDraft?: (text: string) => Promise<void>;
  /** The live count under the box, for the words so far. */
  count?: (length: number) => string;
  texts: { detailsWarning: string; send: string; sendAnyway: string };
  classes: { form: string; button: string; warning: string; sent: string };
  /** Sends the trimmed words; returns the new item's id. Rejects when the phone could not keep them (the box says so). */
  onSend: (words: string, flaggedOnDevice: boolean) => Promise<string>;
  /** What to say once sent (it follows the item as it travels). */
  sentMessage: (sent: Sent) => ReactNode;
}

export function ComposeBox(props: ComposeBoxProps) {
  const { ids, maxLength, texts, classes } = props;
  const { t } = useTranslation('common');
  const [text, setText] = useState<string | null>(null);
  const [warnDetails, setWarnDetails] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [draftFailed, setDraftFailed] = useState(false);
  const [sendFailed, setSendFailed] = useState(false);
  const [notChecked, setNotChecked] = useState(false);
  const value = text ?? props.draft ?? '';
  const sentRef = useRef<HTMLDivElement>(null);
  // Send empties the box and so disables its button: focus would drop to the page. It moves to what happened instead
  // (said politely by the live region). Words that may be about harm open the help, which takes the focus itself.
  useEffect(() => {
    if (sent && !sent.flagged) sentRef.current?.focus();
  }, [sent]);

  const change = (v: string) => {
    setText(v);
    setWarnDetails(false);
    setSent(null);
    setSendFailed(false);
    setNotChecked(false);
    props.onDraft?.(v).then(
      () => setDraftFailed(false),
      () => setDraftFailed(true),
    );
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const words = value.trim();
    if (!words) return;
    setSendFailed(false);
    setNotChecked(false);
    let aboutHarm = false;
    try {
      // The council's words are read from the phone's storage, which can fail (closed, full, blocked).
      const councilTerms = await councilSafetyTerms().then(
        (terms): readonly SafetyTerm[] | null => terms,
        () => null,
      );
      const check = assessText(words, { extraTerms: councilTerms ?? [] });
      aboutHarm = check.disclosure;
      if (councilTerms === null && !check.disclosure) {
        // Without the council's words the check is not whole, and words are never sent unchecked: they stay in the
        // box (and the draft) to send again. Words about harm on Heard's own list are sent, flagged, as they would be
        // with the council's words too (those only add to a flag), so the help still comes at once.
        setNotChecked(true);
        return;
      }
      if (!check.disclosure && check.personalDetails.length > 0 && !warnDetails) {
        setWarnDetails(true);
        return;
      }
      const id = await props.onSend(words, check.disclosure);
      setText('');
      setWarnDetails(false);
      setDraftFailed(false);
      setSent({ id, flagged: check.disclosure });
      if (check.disclosure) openSafetyHelp('after-post');
    } catch {
      // Nothing was kept: the words stay in the box to send again, and the box says so. Words that may be about harm
      // still bring the help at once (not the "a person will read them" kind: they have not been sent).
      setSendFailed(true);
      if (aboutHarm) openSafetyHelp('asked');
    }
  };

  const describedBy = ids.count ? `${ids.note} ${ids.count}` : ids.note;
  return (
    <form className={classes.form} onSubmit={(e) => void submit(e)}>
      <label htmlFor={ids.input}>{props.label}</label>
      <p id={ids.note}>{props.note}</p>
      {props.multiline ? (
        <textarea id={ids.input} value={value} maxLength={maxLength} aria-describedby={describedBy} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          id={ids.input}
          type="text"
          value={value}
          maxLength={maxLength}
          aria-describedby={describedBy}
          autoComplete="off"
          onChange={(e) => change(e.target.value)}
        />
      )}
      {props.count && ids.count && (
        <p id={ids.count} className="small" aria-live="polite">
          {props.count(value.length)}
        </p>
      )}
      {warnDetails && (
        <p className={classes.warning} role="alert">
          {texts.detailsWarning}
        </p>
      )}
      {notChecked && (
        <p className={classes.warning} role="alert">
          {t('wordsNotChecked')}
        </p>
      )}
      {(sendFailed || draftFailed) && (
        <p className={classes.warning} role="alert">
          {t('notSaved')}
        </p>
      )}
      <button type="submit" className={classes.button} disabled={value.trim() === ''}>
        {warnDetails ? texts.sendAnyway : texts.send}
      </button>
      <div role="status" aria-live="polite" className={classes.sent} ref={sentRef} tabIndex={-1}>
        {sent && props.sentMessage(sent)}
      </div>
    </form>
  );
}
