import { describe, expect, it } from 'vitest';
import {
  SURVEY_DOMAINS,
  SURVEY_LANGUAGES,
  questionSchema,
  roundProblems,
  surveyVersionSchema,
  versionProblems,
  type SurveyQuestion,
  type SurveyVersion,
  type SurveyWords,
} from '../definition';
import { CORE_QUESTIONS } from './core';
import { EIGHT_TO_ELEVEN_EXTRA } from './eight-to-eleven';

const eightToEleven: SurveyVersion = {
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: { en: "How's life?", cy: 'Sut mae bywyd?', ar: 'كيف حالك؟' },
  intro: {
    en: 'Nobody will know these answers are yours. You can skip any question, and stop any time.',
    cy: 'Fydd neb yn gwybod mai dy atebion di ydyn nhw. Cei di neidio dros unrhyw gwestiwn, a stopio unrhyw bryd.',
    ar: 'لن يعرف أحد أن هذه إجاباتك. يمكنك أن تتخطى أي سؤال، وأن تتوقف في أي وقت.',
  },
  afterwards: {
    en: 'Thank you. Your council will read what children said and tell you what they do about it.',
    cy: "Diolch. Bydd dy gyngor yn darllen beth ddywedodd plant ac yn dweud wrthot ti beth maen nhw'n ei wneud.",
    ar: 'شكرًا لك. سيقرأ المجلس ما قاله الأطفال ويخبرك بما سيفعله.',
  },
  questions: [...CORE_QUESTIONS, ...EIGHT_TO_ELEVEN_EXTRA],
};

/** Every set of words a question carries: its text, read-aloud, hint, choices and scale ends. */
function allWords(q: SurveyQuestion): { where: string; words: SurveyWords }[] {
  return [
    { where: `${q.id} text`, words: q.text },
    ...(q.readAloud ? [{ where: `${q.id} readAloud`, words: q.readAloud }] : []),
    ...(q.hint ? [{ where: `${q.id} hint`, words: q.hint }] : []),
    ...(q.choices ?? []).map((c) => ({ where: `${q.id} choice ${c.id}`, words: c.text })),
    ...(q.scaleEnds
      ? [
          { where: `${q.id} min`, words: q.scaleEnds.min },
          { where: `${q.id} max`, words: q.scaleEnds.max },
        ]
      : []),
  ];
}

describe("Heard's core and 8–11 questions", () => {
  it('are 16 core questions and 15 more for 8–11s, with no id twice', () => {
    expect(CORE_QUESTIONS).toHaveLength(16);
    expect(EIGHT_TO_ELEVEN_EXTRA).toHaveLength(15);
    const ids = [...CORE_QUESTIONS, ...EIGHT_TO_ELEVEN_EXTRA].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('mark the core as core and the extras not', () => {
    expect(CORE_QUESTIONS.every((q) => q.core === true)).toBe(true);
    expect(EIGHT_TO_ELEVEN_EXTRA.every((q) => !q.core)).toBe(true);
  });

  it('make a sound 8–11 version of 31 questions', () => {
    expect(surveyVersionSchema.safeParse(eightToEleven).success).toBe(true);
    expect(eightToEleven.questions).toHaveLength(31);
    expect(versionProblems(eightToEleven)).toEqual([]);
    expect(roundProblems([eightToEleven])).toEqual([]);
  });

  it('each parse as a question', () => {
    for (const q of [...CORE_QUESTIONS, ...EIGHT_TO_ELEVEN_EXTRA]) expect(questionSchema.safeParse(q).success, q.id).toBe(true);
  });

  it('keep the core to question types a 4–7-year-old can answer, with at most 3 faces', () => {
    for (const q of CORE_QUESTIONS) expect(['faces', 'yes-no', 'frequency', 'agree'], q.id).toContain(q.type);
    expect(CORE_QUESTIONS.filter((q) => q.type === 'faces').length).toBeLessThanOrEqual(3);
    for (const q of CORE_QUESTIONS.filter((x) => x.type === 'faces')) expect(q.readAloud, q.id).toBeDefined();
  });

  it('use every domain in the core at least twice', () => {
    for (const domain of SURVEY_DOMAINS) {
      expect(CORE_QUESTIONS.filter((q) => q.domain === domain).length, domain).toBeGreaterThanOrEqual(2);
    }
  });

  it('give 8–11s a single choice, a multiple choice, a follow-up and optional free text with a hint', () => {
    const single = EIGHT_TO_ELEVEN_EXTRA.filter((q) => q.type === 'single');
    expect(single.some((q) => (q.choices?.length ?? 0) >= 3 && (q.choices?.length ?? 0) <= 6)).toBe(true);
    expect(EIGHT_TO_ELEVEN_EXTRA.some((q) => q.type === 'multiple')).toBe(true);
    expect(EIGHT_TO_ELEVEN_EXTRA.some((q) => q.showIf)).toBe(true);
    const text = EIGHT_TO_ELEVEN_EXTRA.filter((q) => q.type === 'text');
    expect(text.length).toBeGreaterThanOrEqual(1);
    for (const q of text) expect(q.hint?.en, q.id).toMatch(/don't write names/i);
  });

  it('have every word in English, Welsh and Arabic, the translations never left in English', () => {
    for (const q of [...CORE_QUESTIONS, ...EIGHT_TO_ELEVEN_EXTRA]) {
      for (const { where, words } of allWords(q)) {
        for (const lang of SURVEY_LANGUAGES) expect(words[lang].trim(), `${where} ${lang}`).not.toBe('');
        expect(words.cy, `${where} cy`).not.toBe(words.en);
        expect(words.ar, `${where} ar`).not.toBe(words.en);
        expect(words.ar, `${where} ar`).toMatch(/[\u0600-\u06FF]/);
      }
    }
  });
});
