// Pieces the "you said, we did" screens share: English/Welsh/Arabic fields, a problem summary, status choices,
// staff-written text shown with a clear "not yet translated", and the council's districts.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FEED_STATUSES, type FeedStatus } from '../../../../shared/feed';
import type { LocalizedText } from '../../../../shared/text';
import { staffFetch } from '../../../api/staff';
import type { LocalizedInput } from '../model/feed-forms';
import { formatDate, type DistrictOption } from '../model/log';

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Loads once, reloads on demand; failures go to the staff area (401 → sign-in) and to the screen. */
export function useStaffData<T>(url: string | null, onError: (e: unknown) => void) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    if (!url) return;
    staffFetch<T>('GET', url).then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: unknown) => {
        onError(e);
        setError(e);
      },
    );
  }, [url, onError]);
  useEffect(load, [load]);
  return { data, error, reload: load, setData };
}

interface LocalizedFieldsProps {
  id: string;
  /** The field's name, e.g. "You said"; labels read "You said (English)", "You said (Welsh, optional)". */
  field: string;
  value: LocalizedInput;
  onChange: (value: LocalizedInput) => void;
  multiline?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

export function LocalizedFields({ id, field, value, onChange, multiline = false, invalid = false, describedBy }: LocalizedFieldsProps) {
  const { t } = useTranslation('staff');
  const langs = [
    { lng: 'en', label: t('text.en', { field }), dir: 'ltr' },
    { lng: 'cy', label: t('text.cy', { field }), dir: 'ltr' },
    { lng: 'ar', label: t('text.ar', { field }), dir: 'rtl' },
  ] as const;
  return (
    <div className="stack staff-localized">
      {langs.map(({ lng, label, dir }) => {
        const inputId = `${id}-${lng}`;
        const common = {
          id: inputId,
          lang: lng,
          dir,
          value: value[lng],
          onChange: (e: { target: { value: string } }) => onChange({ ...value, [lng]: e.target.value }),
          ...(lng === 'en' ? { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy } : {}),
        };
        return (
          <div key={lng} className="stack">
            <label htmlFor={inputId}>{label}</label>
            {multiline ? <textarea {...common} /> : <input {...common} />}
          </div>
        );
      })}
      <p className="small">{t('text.fallbackHint')}</p>
    </div>
  );
}

/** Staff-written text in all three languages, with "not yet translated" where a translation is missing. */
export function LocalizedView({ text }: { text: LocalizedText }) {
  const { t } = useTranslation('staff');
  return (
    <dl className="staff-localized-view">
      {(['en', 'cy', 'ar'] as const).map((lng) => (
        <div key={lng}>
          <dt>{t(`languages.${lng}`)}</dt>
          {text[lng] ? (
            <dd lang={lng} dir={lng === 'ar' ? 'rtl' : 'ltr'} className="staff-post-text">
              {text[lng]}
            </dd>
          ) : (
            <dd className="staff-meta">{t('text.notTranslated')}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}

export function StatusSelect({ id, label, value, onChange }: { id: string; label: string; value: FeedStatus; onChange: (s: FeedStatus) => void }) {
  const { t } = useTranslation('staff');
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as FeedStatus)}>
        {FEED_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DistrictSelect({ id, label, value, onChange, districts }: { id: string; label: string; value: string; onChange: (v: string) => void; districts: readonly DistrictOption[] }) {
  const { t } = useTranslation('staff');
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('wholeCouncil')}</option>
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The problems with a form, read out as soon as they appear. */
export function ProblemSummary({ id, messages }: { id: string; messages: readonly string[] }) {
  const { t } = useTranslation('staff');
  return (
    <div id={id} role="alert" className={messages.length ? 'staff-problems' : undefined}>
      {messages.length > 0 && (
        <>
          <p className="error">{t('problemsTitle')}</p>
          <ul>
            {messages.map((m) => (
              <li key={m} className="error">
                {m}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * A wide table that scrolls sideways on a phone. The scrolling box can take keyboard focus (so it can be scrolled
 * without a mouse) and is named after the table it holds.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className="staff-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function StatusBadge({ status }: { status: FeedStatus }) {
  const { t } = useTranslation('staff');
  return <span className={`staff-badge staff-badge-${status}`}>{t(`statuses.${status}`)}</span>;
}

export function useDate() {
  const { i18n } = useTranslation();
  return (value: string | null | undefined) => formatDate(value, i18n.language);
}
