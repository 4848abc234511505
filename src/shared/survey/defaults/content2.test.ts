import { describe, expect, it } from 'vitest';
import {
  SURVEY_DOMAINS,
  surveyVersionSchema,
  versionProblems,
  type AgeBand,
  type SurveyQuestion,
  type SurveyVersion,
  type SurveyWords,
} from '../definition';
import { CARE_LEAVER_QUESTIONS, CARE_LEAVER_WELLBEING_IDS } from './care-leavers';
import { ELEVEN_TO_EIGHTEEN_EXTRA } from './eleven-to-eighteen';

function versionOf(band: AgeBand, questions: readonly SurveyQuestion[]): SurveyVersion {
  return {
    id: `hows-life-${band}`,
    round: 'hows-life',
    version: 1,
    band,
    title: { en: "How's life?", cy: 'Sut mae bywyd?', ar: 'كيف هي الحياة؟' },
    intro: {
      en: "Nobody will know it was you. The council reads everyone's answers together. You can stop at any time.",
      cy: "Fydd neb yn gwybod mai ti oedd e. Mae'r cyngor yn darllen atebion pawb gyda'i gilydd. Galli di stopio unrhyw bryd.",
      ar: 'لن يعرف أحد أنك أنت. يقرأ المجلس إجابات الجميع معًا. يمكنك التوقف في أي وقت.',
    },
    afterwards: {
      en: 'Thank you. The council will tell you what it does because of what young people said.',
      cy: "Diolch. Bydd y cyngor yn dweud wrthot ti beth mae'n ei wneud oherwydd beth ddywedodd pobl ifanc.",
      ar: 'شكرًا لك. سيخبرك المجلس بما يفعله بناءً على ما قاله الشباب.',
    },
    questions: [...questions],
  };
}

/** Every set of words a question carries: its text, read-aloud, hint, choices and scale ends. */
function allWords(q: SurveyQuestion): { where: string; words: SurveyWords }[] {
  const found = [{ where: `${q.id} text`, words: q.text }];
  if (q.readAloud) found.push({ where: `${q.id} readAloud`, words: q.readAloud });
  if (q.hint) found.push({ where: `${q.id} hint`, words: q.hint });
  for (const c of q.choices ?? []) found.push({ where: `${q.id} choice ${c.id}`, words: c.text });
  if (q.scaleEnds) {
    found.push({ where: `${q.id} scale min`, words: q.scaleEnds.min });
    found.push({ where: `${q.id} scale max`, words: q.scaleEnds.max });
  }
  return found;
}

const LISTS = [
  { name: '11-18 extra', band: '11-18' as const, prefix: 't-', questions: ELEVEN_TO_EIGHTEEN_EXTRA, count: 30 },
  { name: 'care leavers', band: '16-25' as const, prefix: 'l-', questions: CARE_LEAVER_QUESTIONS, count: 24 },
];

describe.each(LISTS)('$name questions', ({ band, prefix, questions, count }) => {
  it(`are ${count}, with unique ids starting ${prefix}`, () => {
    expect(questions).toHaveLength(count);
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(prefix), id).toBe(true);
  });

  it('make a sound version on their own', () => {
    const version = versionOf(band, questions);
    expect(surveyVersionSchema.safeParse(version).error?.issues).toBeUndefined();
    expect(versionProblems(version)).toEqual([]);
  });

  it('are never core (core questions are written once, elsewhere)', () => {
    expect(questions.filter((q) => q.core).map((q) => q.id)).toEqual([]);
  });

  it('say everything in English, Welsh and Arabic, and the Welsh and Arabic are translated', () => {
    for (const { where, words } of questions.flatMap(allWords)) {
      for (const lang of ['en', 'cy', 'ar'] as const) expect(words[lang].trim(), `${where} ${lang}`).not.toBe('');
      expect(words.cy, `${where} cy`).not.toBe(words.en);
      expect(words.ar, `${where} ar`).not.toBe(words.en);
    }
  });

  it('ask for free text only optionally, with a reminder not to write anything that identifies anyone', () => {
    const texts = questions.filter((q) => q.type === 'text');
    expect(texts.length).toBeGreaterThanOrEqual(1);
    for (const q of texts) expect(q.hint?.en, q.id).toMatch(/names, phone numbers/);
  });
});

describe('11-18 extra questions', () => {
  it('use every domain at least four times', () => {
    for (const domain of SURVEY_DOMAINS) {
      expect(ELEVEN_TO_EIGHTEEN_EXTRA.filter((q) => q.domain === domain).length, domain).toBeGreaterThanOrEqual(4);
    }
  });

  it('use every kind of question but faces, with two free-text questions', () => {
    const types = new Set(ELEVEN_TO_EIGHTEEN_EXTRA.map((q) => q.type));
    for (const t of ['frequency', 'agree', 'yes-no', 'single', 'multiple', 'scale', 'text'] as const) expect(types.has(t), t).toBe(true);
    expect(types.has('faces')).toBe(false);
    expect(ELEVEN_TO_EIGHTEEN_EXTRA.filter((q) => q.type === 'text')).toHaveLength(2);
  });

  it('give a single-answer question three to six choices', () => {
    for (const q of ELEVEN_TO_EIGHTEEN_EXTRA.filter((x) => x.type === 'single')) {
      expect(q.choices?.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.choices?.length, q.id).toBeLessThanOrEqual(6);
    }
  });

  it('follow up at least three answers', () => {
    expect(ELEVEN_TO_EIGHTEEN_EXTRA.filter((q) => q.showIf).length).toBeGreaterThanOrEqual(3);
  });

  it('ask why the social worker changed only of someone whose social worker changed', () => {
    const q = ELEVEN_TO_EIGHTEEN_EXTRA.find((x) => x.id === 't-sw-change-told');
    expect(q?.showIf).toEqual({ questionId: 't-sw-changed', anyOf: ['yes'] });
  });
});

describe('care leaver questions', () => {
  it('ask the four national well-being questions, and only those, on 0–10 scales from "not at all" to "completely"', () => {
    const scales = CARE_LEAVER_QUESTIONS.filter((q) => q.type === 'scale');
    expect(scales.map((q) => q.id)).toEqual([...CARE_LEAVER_WELLBEING_IDS]);
    expect(scales.map((q) => q.id).sort()).toEqual(['l-anxious-yesterday', 'l-happy-yesterday', 'l-life-satisfied', 'l-worthwhile'].sort());
    for (const q of scales) {
      expect(q.domain).toBe('wellbeing');
      expect(q.scaleEnds?.min.en).toBe('Not at all');
      expect(q.scaleEnds?.max.en).toBe('Completely');
    }
  });

  it('follow up at least two answers', () => {
    expect(CARE_LEAVER_QUESTIONS.filter((q) => q.showIf).length).toBeGreaterThanOrEqual(2);
  });
});
