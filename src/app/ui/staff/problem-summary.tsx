import { useTranslation } from 'react-i18next';

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
