// "How's life?" for care leavers aged 16–25 (life beyond care): 24 questions on where they live and whether they feel
// safe there, money, going without and debt, loneliness and someone to call on, their personal adviser, education,
// training and work, seeing a doctor or dentist, mental health support, help at night and at weekends, knowing the
// council's local offer, being treated unfairly for having been in care, and the four national well-being questions
// (life satisfaction, things done being worthwhile, happiness yesterday, anxiety yesterday) on 0–10 scales. One
// free-text question is optional.
//
// The words are Heard's own, in plain adult language; they are not the wording of any other survey, and the national
// well-being questions are put in Heard's own words with the same meaning and the same 0–10 scale. Welsh in the
// informal "ti" form; Arabic in Modern Standard Arabic addressed to "you".
import type { SurveyQuestion, SurveyWords } from '../definition';
import { CARE_LEAVER_LIFE } from './care-leavers-life';

/** The ends of the four national well-being scales. */
const NOT_AT_ALL_TO_COMPLETELY: { min: SurveyWords; max: SurveyWords } = {
  min: { en: 'Not at all', cy: 'Ddim o gwbl', ar: 'لا على الإطلاق' },
  max: { en: 'Completely', cy: 'Yn llwyr', ar: 'تمامًا' },
};

/** The ids of the four national well-being questions, in the order they are asked. */
export const CARE_LEAVER_WELLBEING_IDS = ['l-life-satisfied', 'l-worthwhile', 'l-happy-yesterday', 'l-anxious-yesterday'] as const;

export const CARE_LEAVER_QUESTIONS: readonly SurveyQuestion[] = [
  ...CARE_LEAVER_LIFE,

  // Education, training and work
  {
    id: 'l-doing',
    type: 'single',
    domain: 'resilience',
    text: {
      en: 'What are you mainly doing at the moment?',
      cy: "Beth rwyt ti'n ei wneud yn bennaf ar hyn o bryd?",
      ar: 'ما الذي تقوم به بشكل أساسي في الوقت الحالي؟',
    },
    choices: [
      {
        id: 'school-college',
        text: { en: 'School, sixth form or college', cy: 'Ysgol, chweched dosbarth neu goleg', ar: 'المدرسة أو الكلية' },
      },
      { id: 'university', text: { en: 'University', cy: 'Prifysgol', ar: 'الجامعة' } },
      {
        id: 'apprenticeship',
        text: { en: 'An apprenticeship or training', cy: 'Prentisiaeth neu hyfforddiant', ar: 'تدريب مهني أو دورة تدريبية' },
      },
      { id: 'work', text: { en: 'Paid work', cy: 'Gwaith cyflogedig', ar: 'عمل مدفوع الأجر' } },
      {
        id: 'looking',
        text: { en: 'Looking for work or a course', cy: 'Chwilio am waith neu gwrs', ar: 'أبحث عن عمل أو دورة' },
      },
      {
        id: 'caring',
        text: {
          en: 'Looking after my child or a family member',
          cy: "Gofalu am fy mhlentyn neu aelod o'r teulu",
          ar: 'أعتني بطفلي أو بأحد أفراد عائلتي',
        },
      },
      {
        id: 'unwell',
        text: {
          en: 'Not able to work or study because of my health',
          cy: 'Methu gweithio neu astudio oherwydd fy iechyd',
          ar: 'لا أستطيع العمل أو الدراسة بسبب صحتي',
        },
      },
      { id: 'other', text: { en: 'Something else', cy: 'Rhywbeth arall', ar: 'شيء آخر' } },
    ],
  },
  {
    id: 'l-doing-support',
    type: 'agree',
    domain: 'resilience',
    text: {
      en: 'You get the help you need with education, training or finding work.',
      cy: "Rwyt ti'n cael yr help sydd ei angen arnat ti gydag addysg, hyfforddiant neu ddod o hyd i waith.",
      ar: 'تحصل على المساعدة التي تحتاجها في التعليم أو التدريب أو إيجاد عمل.',
    },
  },

  // Health
  {
    id: 'l-gp-dentist',
    type: 'single',
    domain: 'recovery',
    text: {
      en: 'Are you registered with a doctor (GP) and a dentist near where you live now?',
      cy: "Wyt ti wedi cofrestru gyda meddyg teulu a deintydd yn agos at y lle rwyt ti'n byw nawr?",
      ar: 'هل أنت مسجَّل لدى طبيب عام وطبيب أسنان قرب المكان الذي تعيش فيه الآن؟',
    },
    choices: [
      { id: 'both', text: { en: 'Yes, both', cy: 'Ydw, y ddau', ar: 'نعم، لدى الاثنين' } },
      {
        id: 'doctor-only',
        text: { en: 'A doctor, but not a dentist', cy: 'Meddyg teulu, ond nid deintydd', ar: 'لدى طبيب عام فقط' },
      },
      {
        id: 'dentist-only',
        text: { en: 'A dentist, but not a doctor', cy: 'Deintydd, ond nid meddyg teulu', ar: 'لدى طبيب أسنان فقط' },
      },
      { id: 'neither', text: { en: 'Neither', cy: "Dim un o'r ddau", ar: 'لا هذا ولا ذاك' } },
      { id: 'not-sure', text: { en: 'Not sure', cy: 'Dydw i ddim yn siŵr', ar: 'لا أعرف' } },
    ],
  },
  {
    id: 'l-mental-health',
    type: 'single',
    domain: 'recovery',
    text: {
      en: 'How are things with getting support for your mental health?',
      cy: 'Sut mae pethau o ran cael cymorth gyda dy iechyd meddwl?',
      ar: 'ما وضعك فيما يخص الحصول على دعم لصحتك النفسية؟',
    },
    choices: [
      {
        id: 'helps',
        text: { en: 'I get support and it helps', cy: "Rydw i'n cael cymorth ac mae'n helpu", ar: 'أحصل على دعم وهو يفيدني' },
      },
      {
        id: 'not-enough',
        text: {
          en: "I get support, but it isn't enough",
          cy: "Rydw i'n cael cymorth, ond dydy hynny ddim yn ddigon",
          ar: 'أحصل على دعم لكنه غير كافٍ',
        },
      },
      {
        id: 'cannot-get',
        text: {
          en: "I need support but can't get it",
          cy: 'Mae angen cymorth arna i, ond dydw i ddim yn gallu ei gael',
          ar: 'أحتاج إلى دعم لكن لا أستطيع الحصول عليه',
        },
      },
      {
        id: 'dont-know-where',
        text: {
          en: "I don't know where to go for support",
          cy: 'Dydw i ddim yn gwybod ble i fynd am gymorth',
          ar: 'لا أعرف إلى أين أتوجّه للحصول على دعم',
        },
      },
      {
        id: 'not-needed',
        text: {
          en: "I don't need support right now",
          cy: 'Does dim angen cymorth arna i ar hyn o bryd',
          ar: 'لا أحتاج إلى دعم حاليًا',
        },
      },
    ],
  },

  // Rights and fair treatment
  {
    id: 'l-out-of-hours',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'If something went wrong at night or at the weekend, would you know who to contact for help?',
      cy: "Petai rhywbeth yn mynd o'i le yn y nos neu ar y penwythnos, fyddet ti'n gwybod at bwy i droi am help?",
      ar: 'إذا حدثت مشكلة ليلًا أو في عطلة نهاية الأسبوع، هل تعرف بمن تتصل للحصول على المساعدة؟',
    },
  },
  {
    id: 'l-local-offer',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: "Do you know what your council offers care leavers – its 'local offer' – and what you're entitled to?",
      cy: "Wyt ti'n gwybod beth mae dy gyngor yn ei gynnig i bobl sy'n gadael gofal – y 'cynnig lleol' – a beth mae gen ti hawl iddo?",
      ar: 'هل تعرف ما يقدّمه مجلسك المحلي للشباب الذين غادروا الرعاية، أي «العرض المحلي»، وما الذي يحق لك الحصول عليه؟',
    },
  },
  {
    id: 'l-treated-unfairly',
    type: 'frequency',
    domain: 'rights',
    negative: true,
    text: {
      en: "Do people treat you unfairly because you've been in care – for example landlords, employers or services?",
      cy: "Ydy pobl yn dy drin di'n annheg oherwydd dy fod di wedi bod mewn gofal – er enghraifft landlordiaid, cyflogwyr neu wasanaethau?",
      ar: 'هل يعاملك الناس بشكل غير عادل لأنك كنت في الرعاية، مثل أصحاب العقارات أو أصحاب العمل أو الجهات الخدمية؟',
    },
  },

  // The four national well-being questions, in Heard's words
  {
    id: 'l-life-satisfied',
    type: 'scale',
    domain: 'wellbeing',
    text: {
      en: 'Taking everything into account, how satisfied are you with your life at the moment?',
      cy: 'O ystyried popeth, pa mor fodlon wyt ti â dy fywyd ar hyn o bryd?',
      ar: 'إذا أخذت كل شيء بعين الاعتبار، ما مدى رضاك عن حياتك في الوقت الحالي؟',
    },
    scaleEnds: NOT_AT_ALL_TO_COMPLETELY,
  },
  {
    id: 'l-worthwhile',
    type: 'scale',
    domain: 'wellbeing',
    text: {
      en: 'How much do you feel that the things you do in your life are worth doing?',
      cy: "I ba raddau wyt ti'n teimlo bod y pethau rwyt ti'n eu gwneud yn dy fywyd yn werth eu gwneud?",
      ar: 'إلى أي حد تشعر أن الأشياء التي تقوم بها في حياتك تستحق العناء؟',
    },
    scaleEnds: NOT_AT_ALL_TO_COMPLETELY,
  },
  {
    id: 'l-happy-yesterday',
    type: 'scale',
    domain: 'wellbeing',
    text: {
      en: 'Thinking about yesterday, how happy did you feel?',
      cy: "Wrth feddwl am ddoe, pa mor hapus oeddet ti'n teimlo?",
      ar: 'بالتفكير في يوم أمس، ما مدى شعورك بالسعادة؟',
    },
    scaleEnds: NOT_AT_ALL_TO_COMPLETELY,
  },
  {
    id: 'l-anxious-yesterday',
    type: 'scale',
    domain: 'wellbeing',
    negative: true,
    text: {
      en: 'Thinking about yesterday, how anxious or on edge did you feel?',
      cy: "Wrth feddwl am ddoe, pa mor bryderus neu ar bigau'r drain oeddet ti'n teimlo?",
      ar: 'بالتفكير في يوم أمس، ما مدى شعورك بالقلق أو التوتر؟',
    },
    scaleEnds: NOT_AT_ALL_TO_COMPLETELY,
  },

  // In their own words
  {
    id: 'l-one-thing',
    type: 'text',
    domain: 'wellbeing',
    text: {
      en: 'What one thing would make the biggest difference to your life right now?',
      cy: "Pa un peth fyddai'n gwneud y gwahaniaeth mwyaf i dy fywyd di ar hyn o bryd?",
      ar: 'ما الشيء الواحد الذي سيُحدث أكبر فرق في حياتك الآن؟',
    },
    hint: {
      en: "Optional. Please don't include names, phone numbers or your address.",
      cy: "Dewisol. Paid â chynnwys enwau, rhifau ffôn na dy gyfeiriad, os gweli di'n dda.",
      ar: 'اختياري. يُرجى عدم كتابة أسماء أو أرقام هواتف أو عنوانك.',
    },
  },
];
