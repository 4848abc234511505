// Heard's default "How's life?" round, in its own words: four age bands sharing 16 core questions where children are
// asked (4–7: the 16 core questions; 8–11: 31; 11–18: 46) and a version of its own for care leavers (16–25). A council
// copies and adapts it; a published version never changes (a change is a new version).
import type { SurveyVersion, SurveyWords } from '../definition';
import { CARE_LEAVER_QUESTIONS } from './care-leavers';
import { CORE_QUESTIONS } from './core';
import { EIGHT_TO_ELEVEN_EXTRA } from './eight-to-eleven';
import { ELEVEN_TO_EIGHTEEN_EXTRA } from './eleven-to-eighteen';

export const DEFAULT_ROUND = 'hows-life';

const title: SurveyWords = { en: "How's life?", cy: 'Sut mae bywyd?', ar: 'كيف حالك؟' };

/** Said before the first question, in words a 9-year-old understands. */
const intro: SurveyWords = {
  en: "These questions are about how your life is going. You don't put your name on it, so nobody can tell which answers are yours. People at the council who look after children in care see everyone's answers together. You can skip any question, and you can stop at any time.",
  cy: "Mae'r cwestiynau yma am sut mae dy fywyd di'n mynd. Dwyt ti ddim yn rhoi dy enw, felly does neb yn gallu dweud pa atebion sy'n perthyn i ti. Mae pobl yn y cyngor sy'n gofalu am blant mewn gofal yn gweld atebion pawb gyda'i gilydd. Gelli di neidio dros unrhyw gwestiwn, a stopio unrhyw bryd.",
  ar: 'هذه الأسئلة عن كيف تسير حياتك. لا تكتب اسمك، لذلك لا أحد يعرف أي الإجابات إجاباتك. يرى العاملون في المجلس الذين يعتنون بالأطفال في الرعاية إجابات الجميع معًا. يمكنك تخطي أي سؤال، ويمكنك التوقف في أي وقت.',
};

const introLeavers: SurveyWords = {
  en: "These questions are about your life since leaving care. You don't give your name, so nobody can tell which answers are yours. The council's leaving care team sees everyone's answers together, to see what needs to change. Skip anything you like, and stop whenever you want.",
  cy: "Mae'r cwestiynau yma am dy fywyd ers gadael gofal. Dwyt ti ddim yn rhoi dy enw, felly does neb yn gallu dweud pa atebion sy'n perthyn i ti. Mae tîm gadael gofal y cyngor yn gweld atebion pawb gyda'i gilydd, i weld beth sydd angen newid. Neidia dros unrhyw beth, a stopia pryd bynnag rwyt ti eisiau.",
  ar: 'هذه الأسئلة عن حياتك منذ مغادرة الرعاية. لا تكتب اسمك، لذلك لا أحد يعرف أي الإجابات إجاباتك. يرى فريق مغادري الرعاية في المجلس إجابات الجميع معًا، ليعرف ما الذي يجب أن يتغير. تخطَّ ما تشاء، وتوقّف متى أردت.',
};

/** Said after submitting: what happens next. */
const afterwards: SurveyWords = {
  en: 'Thank you. The council will read everyone\'s answers together, and tell you in Heard what they are going to do about them under "You said, we did".',
  cy: "Diolch. Bydd y cyngor yn darllen atebion pawb gyda'i gilydd, ac yn dweud wrthot ti yn Heard beth maen nhw'n mynd i'w wneud amdanyn nhw o dan \"Dywedoch chi, gwnaethon ni\".",
  ar: 'شكرًا لك. سيقرأ المجلس إجابات الجميع معًا، وسيخبرك في Heard بما سيفعله بشأنها تحت "قلتم، ففعلنا".',
};

const version = (band: SurveyVersion['band'], questions: SurveyVersion['questions'], words = intro): SurveyVersion => ({
  id: `${DEFAULT_ROUND}-${band}`,
  round: DEFAULT_ROUND,
  version: 1,
  band,
  title,
  intro: words,
  afterwards,
  questions,
});

/** The default round: one version per age band. */
export const DEFAULT_SURVEYS: readonly SurveyVersion[] = [
  version('4-7', [...CORE_QUESTIONS]),
  version('8-11', [...CORE_QUESTIONS, ...EIGHT_TO_ELEVEN_EXTRA]),
  version('11-18', [...CORE_QUESTIONS, ...ELEVEN_TO_EIGHTEEN_EXTRA]),
  version('16-25', [...CARE_LEAVER_QUESTIONS], introLeavers),
];
