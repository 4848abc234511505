// A stage's clock in words (late, due soon, on time, stopped, answered), with a colour as well, never instead.
import { useTranslation } from 'react-i18next';
import type { CLOCK_STATES } from '../../../../shared/requests/staff';

export function ClockBadge({ state }: { state: (typeof CLOCK_STATES)[number] }) {
  const { t } = useTranslation('requests-staff');
  return <span className={`staff-badge requests-clock-${state}`}>{t(`clock.${state}`)}</span>;
}
