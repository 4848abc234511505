// The care population form: per age band, the number of girls and boys in care (female/male, as the DfE counts them),
// each box kept as typed; blank means "not known", so no rate is worked out for it.
import { AGE_BANDS, type AgeBand } from '../../../../../shared/survey/definition';

/** The care population by sex, as the DfE counts it (girl/boy answers are compared with female/male). */
export const POPULATION_SEXES = ['female', 'male'] as const;
export type PopulationSex = (typeof POPULATION_SEXES)[number];
export interface PopulationRow {
  band: AgeBand;
  sex: PopulationSex;
  count: number;
}

/** The largest count a council can have in one band (far above any council's, but catches a slip of the keyboard). */
export const MAX_POPULATION = 100_000;

export type PopulationForm = Record<AgeBand, Record<PopulationSex, string>>;

export const populationKey = (band: AgeBand, sex: PopulationSex) => `${band}-${sex}`;

export function populationForm(rows: readonly PopulationRow[]): PopulationForm {
  const form = Object.fromEntries(AGE_BANDS.map((b) => [b, { female: '', male: '' }])) as PopulationForm;
  for (const r of rows) form[r.band][r.sex] = String(r.count);
  return form;
}

/** The boxes that do not hold a whole number from 0 to MAX_POPULATION, as band-sex keys. */
export function populationProblems(form: PopulationForm): string[] {
  const bad: string[] = [];
  for (const band of AGE_BANDS)
    for (const sex of POPULATION_SEXES) {
      const text = form[band][sex].trim();
      if (text !== '' && !(/^\d+$/.test(text) && Number(text) <= MAX_POPULATION)) bad.push(populationKey(band, sex));
    }
  return bad;
}

/** The rows to save: one for every box filled in. */
export function populationRows(form: PopulationForm): PopulationRow[] {
  return AGE_BANDS.flatMap((band) =>
    POPULATION_SEXES.flatMap((sex) => {
      const text = form[band][sex].trim();
      return text === '' ? [] : [{ band, sex, count: Number(text) }];
    }),
  );
}
