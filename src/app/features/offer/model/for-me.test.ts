// "For me" at every boundary age and for each status, and each of the other conditions: the table the local offer's
// filtering must meet.
import { describe, expect, it } from 'vitest';
import type { CareLeaverStatus, OfferEligibility } from '../../../../shared/offer';
import { appliesTo, careLeaverStatus, NO_ANSWERS, readAnswers, type OfferAnswers, type YesNo } from './for-me';

const everyone: OfferEligibility = { minAge: null, maxAge: null, statuses: [], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [] };
const rule = (r: Partial<OfferEligibility>): OfferEligibility => ({ ...everyone, ...r });

/** The setting-up-home allowance: relevant and former relevant, 16 until the 25th birthday. */
const SETTING_UP_HOME = rule({ minAge: 16, maxAge: 24, statuses: ['former-relevant', 'relevant'] });
/** Staying put: former relevant, 18 until the 21st birthday. */
const STAYING_PUT = rule({ minAge: 18, maxAge: 20, statuses: ['former-relevant'] });
/** Pocket money in care: eligible only, 16 and 17. */
const IN_CARE_16_17 = rule({ minAge: 16, maxAge: 17, statuses: ['eligible'] });
/** Help for qualifying care leavers until 21. */
const QUALIFYING = rule({ minAge: 16, maxAge: 20, statuses: ['qualifying'] });
/** From 21 (e.g. help in education after 21). */
const FROM_21 = rule({ minAge: 21, maxAge: null });

const me = (age: number | null, inCareNow: YesNo | null, inCareAfter16: YesNo | null, thirteenWeeks: YesNo | null): OfferAnswers => ({
  ...NO_ANSWERS,
  age,
  inCareNow,
  inCareAfter16,
  thirteenWeeks,
});
const leftCare = (age: number) => me(age, 'no', 'yes', 'yes');
const inCare = (age: number) => me(age, 'yes', 'yes', 'yes');
const shortStay = (age: number) => me(age, 'no', 'yes', 'no');
const notSure = (age: number) => me(age, 'no', 'yes', 'not-sure');

const AGES = [15, 16, 17, 18, 20, 21, 24, 25, 26] as const;
type Row = [
  age: number,
  status: CareLeaverStatus | null,
  setUpHome: boolean,
  stayingPut: boolean,
  inCare1617: boolean,
  qualifying: boolean,
  from21: boolean,
];

describe('for me at every boundary age', () => {
  // Left care after 13 weeks or more: relevant at 16–17, former relevant from 18.
  const LEFT_CARE: Row[] = [
    [15, null, false, false, false, false, false],
    [16, 'relevant', true, false, false, false, false],
    [17, 'relevant', true, false, false, false, false],
    [18, 'former-relevant', true, true, false, false, false],
    [20, 'former-relevant', true, true, false, false, false],
    [21, 'former-relevant', true, false, false, false, true],
    [24, 'former-relevant', true, false, false, false, true],
    [25, 'former-relevant', false, false, false, false, true],
    [26, 'former-relevant', false, false, false, false, true],
  ];
  // Still in care after 13 weeks or more: eligible at 16–17; at 18 care ends in law (staying put is not care).
  const IN_CARE: Row[] = [
    [15, null, false, false, false, false, false],
    [16, 'eligible', false, false, true, false, false],
    [17, 'eligible', false, false, true, false, false],
    [18, 'former-relevant', true, true, false, false, false],
    [20, 'former-relevant', true, true, false, false, false],
    [21, 'former-relevant', true, false, false, false, true],
    [24, 'former-relevant', true, false, false, false, true],
    [25, 'former-relevant', false, false, false, false, true],
    [26, 'former-relevant', false, false, false, false, true],
  ];
  // In care after 16 but for less than 13 weeks since 14, and not now: qualifying.
  const SHORT_STAY: Row[] = [
    [15, null, false, false, false, false, false],
    [16, 'qualifying', false, false, false, true, false],
    [17, 'qualifying', false, false, false, true, false],
    [18, 'qualifying', false, false, false, true, false],
    [20, 'qualifying', false, false, false, true, false],
    [21, 'qualifying', false, false, false, false, true],
    [24, 'qualifying', false, false, false, false, true],
    [25, 'qualifying', false, false, false, false, true],
    [26, 'qualifying', false, false, false, false, true],
  ];
  const cases = [
    ['left care', leftCare, LEFT_CARE],
    ['in care now', inCare, IN_CARE],
    ['in care after 16 for less than 13 weeks', shortStay, SHORT_STAY],
  ] as const;
  for (const [name, answers, table] of cases) {
    it(`covers every boundary age (${name})`, () => expect(table.map((r) => r[0])).toEqual([...AGES]));
    it.each(table)(
      `${name}, aged %i: status %s; setting up home %s, staying put %s, in care 16–17 %s, qualifying %s, from 21 %s`,
      (age, status, a, b, c, d, e) => {
        const mine = answers(age);
        expect(careLeaverStatus(mine)).toEqual({ known: true, status });
        expect(appliesTo(SETTING_UP_HOME, mine).applies).toBe(a);
        expect(appliesTo(STAYING_PUT, mine).applies).toBe(b);
        expect(appliesTo(IN_CARE_16_17, mine).applies).toBe(c);
        expect(appliesTo(QUALIFYING, mine).applies).toBe(d);
        expect(appliesTo(FROM_21, mine).applies).toBe(e);
        expect(appliesTo(everyone, mine)).toEqual({ applies: true, askPa: false, reasons: [] });
      },
    );
  }

  it.each(AGES.map((age) => [age, age >= 16 && age <= 24] as const))(
    'not sure about the 13 weeks, aged %i: setting up home is shown (%s) and says ask your PA',
    (age, shown) => {
      const r = appliesTo(SETTING_UP_HOME, notSure(age));
      expect(r.applies).toBe(shown);
      if (shown) expect(r.askPa).toBe(true);
    },
  );

  it('says why: "Because you are 19" and "Because you are a former relevant care leaver"', () => {
    expect(appliesTo(SETTING_UP_HOME, leftCare(19))).toEqual({
      applies: true,
      askPa: false,
      reasons: [{ key: 'reasons.age', values: { age: 19 } }, { key: 'reasons.status.former-relevant' }],
    });
  });

  it('an age not given rules nothing out and asks them to check with their PA', () => {
    expect(appliesTo(STAYING_PUT, me(null, 'no', 'yes', 'yes'))).toEqual({ applies: true, askPa: true, reasons: [] });
    expect(careLeaverStatus(me(null, 'no', 'yes', 'yes'))).toEqual({ known: false });
  });
});

describe('the status from plain questions', () => {
  it.each([
    ['never in care after 16', me(19, 'no', 'no', 'yes'), { known: true, status: null }],
    ['in care now for under 13 weeks', me(17, 'yes', 'not-sure', 'no'), { known: true, status: null }],
    ['not sure if in care after 16', me(19, 'no', 'not-sure', 'yes'), { known: false }],
    ['17 and not sure about being in care now', me(17, 'not-sure', 'yes', 'yes'), { known: false }],
    ['17, left care, not sure about 13 weeks', me(17, 'no', 'yes', 'not-sure'), { known: false }],
    ['in care now at 17 answers "in care after 16" for them', me(17, 'yes', null, 'yes'), { known: true, status: 'eligible' }],
    ['19 still living with carers (staying put)', me(19, 'yes', 'yes', 'yes'), { known: true, status: 'former-relevant' }],
  ] as const)('%s', (_name, answers, expected) => expect(careLeaverStatus(answers)).toEqual(expected));
});

describe('where they live, education, asylum and nation', () => {
  const cases: Array<[string, OfferEligibility, Partial<OfferAnswers>, boolean, boolean, string | undefined]> = [
    ['outside the area only: lives outside', rule({ outOfArea: 'only' }), { outOfArea: 'yes' }, true, false, 'reasons.outOfArea.only'],
    ['outside the area only: lives inside', rule({ outOfArea: 'only' }), { outOfArea: 'no' }, false, false, undefined],
    ['outside the area only: not sure', rule({ outOfArea: 'only' }), { outOfArea: 'not-sure' }, true, true, undefined],
    ['not outside the area: lives inside', rule({ outOfArea: 'not' }), { outOfArea: 'no' }, true, false, 'reasons.outOfArea.not'],
    ['not outside the area: lives outside', rule({ outOfArea: 'not' }), { outOfArea: 'yes' }, false, false, undefined],
    ['any area: lives outside', rule({ outOfArea: 'any' }), { outOfArea: 'yes' }, true, false, undefined],
    ['in education only: yes', rule({ inEducation: 'only' }), { inEducation: 'yes' }, true, false, 'reasons.inEducation.only'],
    ['in education only: no', rule({ inEducation: 'only' }), { inEducation: 'no' }, false, false, undefined],
    ['in education only: not answered', rule({ inEducation: 'only' }), {}, true, true, undefined],
    ['not in education: no', rule({ inEducation: 'not' }), { inEducation: 'no' }, true, false, 'reasons.inEducation.not'],
    ['not in education: yes', rule({ inEducation: 'not' }), { inEducation: 'yes' }, false, false, undefined],
    ['UASC only: yes', rule({ uasc: 'only' }), { uasc: 'yes' }, true, false, 'reasons.uasc.only'],
    ['UASC only: no', rule({ uasc: 'only' }), { uasc: 'no' }, false, false, undefined],
    ['UASC only: not sure', rule({ uasc: 'only' }), { uasc: 'not-sure' }, true, true, undefined],
    ['not UASC: yes', rule({ uasc: 'not' }), { uasc: 'yes' }, false, false, undefined],
    ['Wales: lives in Wales', rule({ nations: ['wales'] }), { where: 'wales' }, true, false, 'reasons.nation.wales'],
    ['Wales: lives in England', rule({ nations: ['wales'] }), { where: 'england' }, false, false, undefined],
    ['Wales: lives elsewhere in the UK', rule({ nations: ['wales'] }), { where: 'elsewhere' }, false, false, undefined],
    ['Wales: not sure', rule({ nations: ['wales'] }), { where: 'not-sure' }, true, true, undefined],
    ['England or Wales: England', rule({ nations: ['england', 'wales'] }), { where: 'england' }, true, false, 'reasons.nation.england'],
    ['every nation: elsewhere', everyone, { where: 'elsewhere' }, true, false, undefined],
  ];
  it.each(cases)('%s', (_name, e, answers, applies, askPa, reason) => {
    const r = appliesTo(e, { ...NO_ANSWERS, ...answers });
    expect(r.applies).toBe(applies);
    if (applies) expect(r.askPa).toBe(askPa);
    expect(r.reasons.map((x) => x.key)).toEqual(reason ? [reason] : []);
  });

  it('needs every condition: a 19-year-old former relevant care leaver living outside the area', () => {
    const mine: OfferAnswers = { ...leftCare(19), outOfArea: 'yes', inEducation: 'no', uasc: 'no', where: 'england' };
    const both = rule({ minAge: 18, maxAge: 24, statuses: ['former-relevant'], outOfArea: 'only', inEducation: 'not' });
    expect(appliesTo(both, mine).reasons.map((r) => r.key)).toEqual([
      'reasons.age',
      'reasons.status.former-relevant',
      'reasons.outOfArea.only',
      'reasons.inEducation.not',
    ]);
    expect(appliesTo({ ...both, uasc: 'only' }, mine).applies).toBe(false);
  });
});

describe('answers kept on the phone', () => {
  it('reads back what fits and treats anything else as no answers', () => {
    expect(readAnswers(leftCare(19))).toEqual(leftCare(19));
    expect(readAnswers({ age: 'nineteen' })).toEqual(NO_ANSWERS);
    expect(readAnswers(undefined)).toEqual(NO_ANSWERS);
  });
});
