import { useTranslation } from 'react-i18next';

export interface DistrictOption {
  id: string;
  name: string;
}

/** One of the council's districts, or the whole council (''). */
export function DistrictSelect({
  id,
  label,
  value,
  onChange,
  districts,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  districts: readonly DistrictOption[];
}) {
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
