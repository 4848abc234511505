// Heard's default round holds together: the contract accepts every version, the age bands have the lengths the
// councils' surveys had (16, 31, 46) around 16 shared core questions, and core questions are the same everywhere.
import { describe, expect, it } from 'vitest';
import { roundProblems, surveyVersionSchema, SURVEY_DOMAINS } from '../definition';
import { DEFAULT_SURVEYS } from './index';

const byBand = Object.fromEntries(DEFAULT_SURVEYS.map((v) => [v.band, v]));

describe('the default "How\'s life?" round', () => {
  it('parses every version and finds no problem in the round', () => {
    for (const v of DEFAULT_SURVEYS) expect(surveyVersionSchema.parse(v)).toEqual(v);
    expect(roundProblems(DEFAULT_SURVEYS)).toEqual([]);
  });

  it('asks 16, 31 and 46 questions of children around the same 16 core questions, and care leavers their own', () => {
    expect(DEFAULT_SURVEYS.map((v) => [v.band, v.questions.length])).toEqual([
      ['4-7', 16],
      ['8-11', 31],
      ['11-18', 46],
      ['16-25', 24],
    ]);
    const core = byBand['4-7']!.questions.filter((q) => q.core).map((q) => q.id);
    expect(core).toHaveLength(16);
    for (const band of ['8-11', '11-18']) {
      expect(byBand[band]!.questions.filter((q) => q.core).map((q) => q.id)).toEqual(core);
    }
  });

  it('marks negative every question where the more often (or higher) answer is the worse one, and no other', () => {
    // Results count the other end as good for these: "never lonely", not "always lonely", is a bright spot.
    const negative = DEFAULT_SURVEYS.flatMap((v) => v.questions.filter((q) => q.negative).map((q) => q.id));
    expect([...new Set(negative)].sort()).toEqual(
      [
        'l-anxious-yesterday',
        'l-debt',
        'l-going-without',
        'l-lonely',
        'l-treated-unfairly',
        'picked-on',
        't-bullied',
        't-lonely',
        't-singled-out',
      ].sort(),
    );
  });

  it('tags every question with a domain and uses every domain in each version', () => {
    for (const v of DEFAULT_SURVEYS) {
      const used = new Set(v.questions.map((q) => q.domain));
      for (const d of SURVEY_DOMAINS) expect(used.has(d), `${v.band} ${d}`).toBe(true);
    }
  });

  it('reminds young people not to write names wherever they can write freely', () => {
    for (const v of DEFAULT_SURVEYS) {
      for (const q of v.questions.filter((x) => x.type === 'text')) expect(q.hint, `${v.band} ${q.id}`).toBeDefined();
    }
  });

  it('shows the "I don\'t feel safe" help for answers that say a young person does not feel safe, in every version', () => {
    for (const v of DEFAULT_SURVEYS) {
      const unsafe = Object.fromEntries(v.questions.filter((q) => q.unsafeIf).map((q) => [q.id, q.unsafeIf]));
      if (v.band === '16-25') expect(unsafe).toEqual({ 'l-home-safe': ['hardly-ever', 'never'] });
      else expect(unsafe).toMatchObject({ 'feel-safe': ['hardly-ever', 'never'], 'carers-kind': ['never'], 'picked-on': ['always'] });
    }
    expect(byBand['11-18']!.questions.find((q) => q.id === 't-bullied')?.unsafeIf).toEqual(['always']);
  });
});
