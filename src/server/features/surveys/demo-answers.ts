// Made-up but plausible answers to Heard's default "How's life?" round, for Demoshire's demo results: mostly good,
// with the things children in care often say are hard (knowing their social worker, seeing family, being asked,
// getting hold of people) clearly lower, so results show both bright spots and areas to improve. Drawn from a seeded
// generator (never Math.random), so every demo is the same.
import { positiveAnswers } from '../../../shared/survey/answer-words';
import { isShown, type AgeBand, type SurveyQuestion, type SurveyVersion } from '../../../shared/survey/definition';

/** One of `weights`' keys, drawn in proportion to its weight. */
export function pick<K extends string>(rand: () => number, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const sum = entries.reduce((n, [, w]) => n + w, 0);
  let at = rand() * sum;
  for (const [key, w] of entries) {
    at -= w;
    if (at < 0) return key;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}

/** How often the good end is chosen (positiveAnswers), by question; the rest default to DEFAULT_GOOD. */
const DEFAULT_GOOD = 0.74;
const GOOD: Readonly<Record<string, number>> = {
  // Bright spots.
  'trusted-adult': 0.9,
  'carers-kind': 0.86,
  'feel-safe': 0.88,
  'have-fun': 0.82,
  'good-at-something': 0.85,
  'safe-place-for-things': 0.9,
  'friend-to-count-on': 0.87,
  't-online-safe': 0.9,
  't-good-friend': 0.86,
  'l-home-safe': 0.8,
  // Areas to improve.
  'know-social-worker': 0.46,
  'family-time': 0.4,
  'asked-about-plans': 0.44,
  'know-why-in-care': 0.58,
  'say-in-meetings': 0.5,
  'told-before-changes': 0.42,
  't-sw-reach': 0.34,
  't-why-in-care': 0.5,
  't-advocate': 0.38,
  't-looks': 0.3,
  't-sleep': 0.45,
  't-life-skills': 0.52,
  'l-pa-reach': 0.45,
  'l-local-offer': 0.36,
  'l-out-of-hours': 0.44,
  'l-doing-support': 0.5,
  'l-debt-help': 0.4,
  't-confidence': 0.48,
  'l-life-satisfied': 0.5,
  'l-worthwhile': 0.6,
  'l-happy-yesterday': 0.55,
};

/**
 * Questions whose answers are drawn as they are, whatever end counts as good: "Do you feel lonely?" is mostly
 * "sometimes" or "hardly ever" for anyone, and the choice questions have no good end at all.
 */
const AS_IS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'picked-on': { always: 0.05, sometimes: 0.17, 'hardly-ever': 0.3, never: 0.48 },
  't-bullied': { always: 0.06, sometimes: 0.2, 'hardly-ever': 0.26, never: 0.48 },
  't-singled-out': { always: 0.06, sometimes: 0.22, 'hardly-ever': 0.3, never: 0.42 },
  't-lonely': { always: 0.12, sometimes: 0.4, 'hardly-ever': 0.28, never: 0.2 },
  'l-lonely': { always: 0.18, sometimes: 0.42, 'hardly-ever': 0.24, never: 0.16 },
  'l-going-without': { always: 0.05, sometimes: 0.17, 'hardly-ever': 0.2, never: 0.58 },
  'l-treated-unfairly': { always: 0.06, sometimes: 0.3, 'hardly-ever': 0.3, never: 0.34 },
  'l-debt': { yes: 0.34, no: 0.58, 'not-sure': 0.08 },
  'l-anxious-yesterday': { '0': 0.08, '1': 0.08, '2': 0.12, '3': 0.12, '4': 0.1, '5': 0.14, '6': 0.1, '7': 0.1, '8': 0.08, '9': 0.04, '10': 0.04 },
  'live-with-siblings': { all: 0.22, some: 0.3, none: 0.38, 'no-siblings': 0.1 },
  'social-workers-this-year': { one: 0.48, two: 0.3, 'three-or-more': 0.14, 'not-sure': 0.08 },
  't-why-in-care': { yes: 0.5, 'yes-want-more': 0.22, partly: 0.2, no: 0.08 },
  't-moves': { none: 0.62, once: 0.24, twice: 0.08, 'three-plus': 0.03, 'not-sure': 0.03 },
  't-bullied-help': { helped: 0.45, 'did-not-help': 0.15, 'told-nothing-happened': 0.15, 'not-told': 0.25 },
  't-online-access': { 'own-device': 0.7, 'shared-device': 0.14, sometimes: 0.12, no: 0.04 },
  'l-home-type': {
    'own-tenancy': 0.34,
    'foster-carers': 0.14,
    supported: 0.26,
    'family-friends': 0.12,
    student: 0.06,
    'nowhere-settled': 0.04,
    other: 0.04,
  },
  'l-money': { fine: 0.16, 'getting-by': 0.44, 'quite-hard': 0.28, 'very-hard': 0.12 },
  'l-doing': {
    'school-college': 0.3,
    university: 0.08,
    apprenticeship: 0.08,
    work: 0.24,
    looking: 0.18,
    caring: 0.04,
    unwell: 0.05,
    other: 0.03,
  },
  'l-gp-dentist': { both: 0.48, 'doctor-only': 0.34, 'dentist-only': 0.02, neither: 0.06, 'not-sure': 0.1 },
  'l-mental-health': { helps: 0.3, 'not-enough': 0.24, 'cannot-get': 0.1, 'dont-know-where': 0.12, 'not-needed': 0.24 },
};

/** For `multiple` questions: how likely each choice is to be picked (the rest: MULTIPLE_DEFAULT). */
const MULTIPLE_DEFAULT = 0.35;
const MULTIPLE: Readonly<Record<string, number>> = {
  friends: 0.6,
  outside: 0.5,
  sport: 0.45,
  gaming: 0.5,
  games: 0.5,
  other: 0.1,
  'not-much': 0.06,
  nothing: 0.3,
  cost: 0.38,
  'may-have-to-leave': 0.12,
};

/** Free texts in plain words, as young people write them (no names). One gives a phone number, which is taken out. */
export const DEMO_TEXTS: Readonly<Record<string, readonly string[]>> = {
  'one-thing-to-change': [
    'More time to see my brother and sister',
    'A pet of my own',
    'To stay at the same school',
    'Having my friends round for tea',
    'More days out at the beach',
    'That my social worker comes when she says she will',
    'To go to football club again',
    'Seeing my mum more',
    'Nothing, I like it here',
  ],
  't-proud-what': [
    'I got picked for the school team',
    'I passed my maths test',
    'I learnt to cook pasta on my own',
    'I got a Saturday job',
    'I went to a new club by myself',
  ],
  't-one-change': [
    'Being allowed to stay over at friends without all the checks',
    'Not having to change social worker again',
    'More money for bus fares',
    'Wifi that works in my room',
    'Knowing what happens after I turn 18',
    'Text me on 07700 900123 when there is a meeting, not just my carer',
    'Being asked before things change',
  ],
  'l-one-thing': [
    'Help with the deposit for a flat',
    'A PA who answers when I ring',
    'Cheaper bus travel for college',
    'Knowing how to get a dentist',
    'Somewhere to live that is not so far from my friends',
    'Help with my bills in the winter',
  ],
};

/** How often a free-text box is filled in (most young people leave it empty). */
const TEXT_SHARE = 0.14;
/** How often any other question is skipped. */
const SKIP_SHARE = 0.04;

function answerOf(q: SurveyQuestion, rand: () => number, band: AgeBand): unknown {
  if (q.type === 'text') {
    const texts = DEMO_TEXTS[q.id] ?? [];
    return texts.length > 0 && rand() < TEXT_SHARE ? texts[Math.floor(rand() * texts.length)] : undefined;
  }
  if (rand() < SKIP_SHARE) return undefined;
  if (q.type === 'multiple') {
    const chosen = (q.choices ?? []).map((c) => c.id).filter((id) => rand() < (MULTIPLE[id] ?? MULTIPLE_DEFAULT));
    return chosen.length > 0 ? chosen : undefined;
  }
  const asIs = AS_IS[q.id];
  const value = asIs ? pick(rand, asIs) : drawByGood(q, rand, band);
  return q.type === 'scale' ? Number(value) : value;
}

/** The good end with the question's share, else one of the other answers (the nearer ones more often). */
function drawByGood(q: SurveyQuestion, rand: () => number, band: AgeBand): string {
  const good = positiveAnswers(q) ?? [];
  const all = answerValues(q);
  // Care leavers a little less positive. The handful of 4–7s a little less too, so their few answers are not all
  // the best answer (which would put a band of 8 at the top of the bright spots).
  const lean = band === '4-7' ? -0.12 : band === '16-25' ? -0.04 : 0;
  const share = Math.min(0.97, Math.max(0.05, (GOOD[q.id] ?? DEFAULT_GOOD) + lean));
  const rest = all.filter((v) => !good.includes(v));
  const pool = rand() < share || rest.length === 0 ? good : rest;
  // Within the good end, the best answer a little more often; within the rest, the answers nearest the good end.
  const nearGood = (v: string) => Math.abs(all.indexOf(v) - all.indexOf(good[0] ?? v));
  const weights = Object.fromEntries(pool.map((v) => [v, pool === good ? 1 + (good.length - 1 - good.indexOf(v)) * 0.3 : 1 / nearGood(v)]));
  return pick(rand, weights);
}

/** A question's answers in order, best first for the fixed types. */
function answerValues(q: SurveyQuestion): string[] {
  switch (q.type) {
    case 'faces':
      return ['5', '4', '3', '2', '1'];
    case 'frequency':
      return ['always', 'sometimes', 'hardly-ever', 'never'];
    case 'agree':
      return ['agree', 'not-sure', 'disagree'];
    case 'yes-no':
      return ['yes', 'not-sure', 'no'];
    case 'scale':
      return Array.from({ length: 11 }, (_, i) => String(10 - i));
    default:
      return (q.choices ?? []).map((c) => c.id);
  }
}

/** One young person's answers to `version`: questions shown only after an earlier answer are answered only then. */
export function demoAnswers(version: SurveyVersion, rand: () => number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of version.questions) {
    if (!isShown(q, answers)) continue;
    const answer = answerOf(q, rand, version.band);
    if (answer !== undefined) answers[q.id] = answer;
  }
  return answers;
}
