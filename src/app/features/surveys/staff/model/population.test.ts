// The care population form: saved numbers fill it, blanks mean "not known", and only whole numbers are saved.
import { describe, expect, it } from 'vitest';
import { populationForm, populationProblems, populationRows } from './population';

describe('care population form', () => {
  it('is filled from the saved rows and gives back one row per box filled in', () => {
    const form = populationForm([
      { band: '8-11', sex: 'female', count: 80 },
      { band: '16-25', sex: 'male', count: 0 },
    ]);
    expect(form['8-11']).toEqual({ female: '80', male: '' });
    expect(form['4-7']).toEqual({ female: '', male: '' });
    expect(populationRows({ ...form, '4-7': { female: ' 12 ', male: '' } })).toEqual([
      { band: '4-7', sex: 'female', count: 12 },
      { band: '8-11', sex: 'female', count: 80 },
      { band: '16-25', sex: 'male', count: 0 },
    ]);
  });
  it('names the boxes that are not a whole number up to 100,000', () => {
    const form = populationForm([]);
    expect(populationProblems(form)).toEqual([]);
    expect(populationProblems({ ...form, '4-7': { female: '-1', male: '2.5' }, '11-18': { female: '100001', male: '100000' } })).toEqual([
      '4-7-female',
      '4-7-male',
      '11-18-female',
    ]);
  });
});
