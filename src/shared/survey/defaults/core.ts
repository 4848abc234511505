// Heard's 16 core "How's life?" questions: asked in every age band's version of a round (4–7, 8–11, 11–18), with the
// same id, type, domain and answers everywhere, so answers can be put side by side across ages and across years.
//
// They cover what children in care say matters most: a grown-up they trust, kind carers, knowing their social worker,
// time with family they don't live with (relationships); knowing why they are in care, having a say in plans, getting
// to do what others their age do (rights); having fun, school, being good at something (resilience); feeling safe and
// at home where they live, not being picked on, someone helping when they are sad or worried (recovery); and how
// yesterday felt and whether life is getting better (well-being).
//
// Every question is written so a 4–7-year-old understands it when an adult reads it aloud, and a 17-year-old does not
// find it babyish: short sentences, everyday words. The wording is Heard's own, in the style of a Bright Spots-like
// well-being survey; it does not copy Coram Voice / University of Bristol's "Your Life, Your Care" wording. Welsh uses
// the informal "ti" form; Arabic is simple Modern Standard Arabic addressed to "you".
import type { SurveyQuestion } from '../definition';

/** Read-aloud words for a faces question: the question, then how to answer it. */
const FACES_HOW = {
  en: 'Pick the face that shows how you feel. The faces go from very sad to very happy.',
  cy: "Dewisa'r wyneb sy'n dangos sut rwyt ti'n teimlo. Mae'r wynebau'n mynd o drist iawn i hapus iawn.",
  ar: 'اختر الوجه الذي يُظهر شعورك. الوجوه تبدأ من حزين جدًا وتنتهي بسعيد جدًا.',
} as const;

export const CORE_QUESTIONS: readonly SurveyQuestion[] = [
  {
    id: 'happy-yesterday',
    type: 'faces',
    domain: 'wellbeing',
    core: true,
    text: {
      en: 'How did you feel yesterday?',
      cy: "Sut oeddet ti'n teimlo ddoe?",
      ar: 'كيف كان شعورك أمس؟',
    },
    readAloud: {
      en: 'How did you feel yesterday? Pick the face that shows how you felt. The faces go from very sad to very happy.',
      cy: "Sut oeddet ti'n teimlo ddoe? Dewisa'r wyneb sy'n dangos sut oeddet ti'n teimlo. Mae'r wynebau'n mynd o drist iawn i hapus iawn.",
      ar: 'كيف كان شعورك أمس؟ اختر الوجه الذي يُظهر كيف كان شعورك. الوجوه تبدأ من حزين جدًا وتنتهي بسعيد جدًا.',
    },
  },
  {
    id: 'trusted-adult',
    type: 'yes-no',
    domain: 'relationships',
    core: true,
    text: {
      en: 'Is there a grown-up you trust and can talk to?',
      cy: "Oes oedolyn rwyt ti'n ymddiried ynddo ac yn gallu siarad gydag e?",
      ar: 'هل يوجد شخص كبير تثق به وتستطيع أن تتحدث معه؟',
    },
  },
  {
    id: 'carers-kind',
    type: 'frequency',
    domain: 'relationships',
    unsafeIf: ['never'],
    core: true,
    text: {
      en: 'Are the grown-ups you live with kind to you?',
      cy: "Ydy'r oedolion rwyt ti'n byw gyda nhw'n garedig wrthot ti?",
      ar: 'هل الكبار الذين تعيش معهم لطفاء معك؟',
    },
  },
  {
    id: 'know-social-worker',
    type: 'yes-no',
    domain: 'relationships',
    core: true,
    text: {
      en: 'Do you feel you know your social worker?',
      cy: "Wyt ti'n teimlo dy fod ti'n nabod dy weithiwr cymdeithasol?",
      ar: 'هل تشعر أنك تعرف الأخصائي الاجتماعي المسؤول عنك؟',
    },
  },
  {
    id: 'family-time',
    type: 'yes-no',
    domain: 'relationships',
    core: true,
    text: {
      en: "Do you get enough time with family who don't live with you?",
      cy: "Wyt ti'n cael digon o amser gyda'r teulu sydd ddim yn byw gyda ti?",
      ar: 'هل تقضي وقتًا كافيًا مع أفراد عائلتك الذين لا يعيشون معك؟',
    },
  },
  {
    id: 'know-why-in-care',
    type: 'yes-no',
    domain: 'rights',
    core: true,
    text: {
      en: 'Has a grown-up helped you understand why you are in care?',
      cy: 'Ydy oedolyn wedi dy helpu di i ddeall pam rwyt ti mewn gofal?',
      ar: 'هل ساعدك شخص كبير على أن تفهم لماذا أنت في الرعاية؟',
    },
  },
  {
    id: 'asked-about-plans',
    type: 'frequency',
    domain: 'rights',
    core: true,
    text: {
      en: 'When grown-ups make plans about your life, do they ask what you think?',
      cy: "Pan fydd oedolion yn gwneud cynlluniau am dy fywyd di, ydyn nhw'n gofyn beth rwyt ti'n ei feddwl?",
      ar: 'عندما يضع الكبار خططًا لحياتك، هل يسألونك عن رأيك؟',
    },
  },
  {
    id: 'same-as-others',
    type: 'frequency',
    domain: 'rights',
    core: true,
    text: {
      en: 'Do you get to do the same things as other people your age?',
      cy: "Wyt ti'n cael gwneud yr un pethau â phobl eraill o'r un oed â ti?",
      ar: 'هل تستطيع أن تفعل الأشياء نفسها التي يفعلها غيرك ممن هم في مثل عمرك؟',
    },
  },
  {
    id: 'have-fun',
    type: 'frequency',
    domain: 'resilience',
    core: true,
    text: {
      en: 'Do you get to have fun and do things you enjoy?',
      cy: "Wyt ti'n cael cyfle i gael hwyl a gwneud pethau rwyt ti'n eu mwynhau?",
      ar: 'هل تتاح لك الفرصة لتستمتع وتفعل أشياء تحبها؟',
    },
  },
  {
    id: 'like-school',
    type: 'agree',
    domain: 'resilience',
    core: true,
    text: {
      en: 'I like going to school or college.',
      cy: "Dw i'n hoffi mynd i'r ysgol neu'r coleg.",
      ar: 'أحب الذهاب إلى المدرسة أو الكلية.',
    },
  },
  {
    id: 'good-at-something',
    type: 'agree',
    domain: 'resilience',
    core: true,
    text: {
      en: 'There is something I am really good at.',
      cy: "Mae 'na rywbeth dw i'n dda iawn am ei wneud.",
      ar: 'هناك شيء أفعله بشكل جيد جدًا.',
    },
  },
  {
    id: 'feel-safe',
    type: 'frequency',
    domain: 'recovery',
    unsafeIf: ['hardly-ever', 'never'],
    core: true,
    text: {
      en: 'Do you feel safe in the place where you live?',
      cy: "Wyt ti'n teimlo'n ddiogel yn y lle rwyt ti'n byw?",
      ar: 'هل تشعر بالأمان في المكان الذي تعيش فيه؟',
    },
  },
  {
    id: 'home-now',
    type: 'faces',
    domain: 'recovery',
    core: true,
    text: {
      en: 'How do you feel about where you live now?',
      cy: "Sut wyt ti'n teimlo am ble rwyt ti'n byw nawr?",
      ar: 'ما شعورك تجاه المكان الذي تعيش فيه الآن؟',
    },
    readAloud: {
      en: `How do you feel about where you live now? ${FACES_HOW.en}`,
      cy: `Sut wyt ti'n teimlo am ble rwyt ti'n byw nawr? ${FACES_HOW.cy}`,
      ar: `ما شعورك تجاه المكان الذي تعيش فيه الآن؟ ${FACES_HOW.ar}`,
    },
  },
  {
    id: 'picked-on',
    type: 'frequency',
    domain: 'recovery',
    negative: true,
    unsafeIf: ['always'],
    core: true,
    text: {
      en: 'Does anyone pick on you or bully you?',
      cy: "Oes rhywun yn pigo arnat ti neu'n dy fwlio di?",
      ar: 'هل يضايقك أحد أو يتنمّر عليك؟',
    },
  },
  {
    id: 'help-when-worried',
    type: 'frequency',
    domain: 'recovery',
    core: true,
    text: {
      en: 'When you feel sad or worried, does someone help you feel better?',
      cy: "Pan wyt ti'n teimlo'n drist neu'n poeni, oes rhywun yn dy helpu di i deimlo'n well?",
      ar: 'عندما تشعر بالحزن أو القلق، هل يساعدك أحد لتشعر بتحسّن؟',
    },
  },
  {
    id: 'life-getting-better',
    type: 'yes-no',
    domain: 'wellbeing',
    core: true,
    text: {
      en: 'Is your life getting better?',
      cy: "Ydy dy fywyd di'n gwella?",
      ar: 'هل حياتك تتحسّن؟',
    },
  },
];
