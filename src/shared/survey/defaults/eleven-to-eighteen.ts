// "How's life?" for 11–18s: the 30 questions asked after the 16 shared core questions (so not the core topics: a
// trusted adult, knowing your social worker, feeling safe at home, seeing family, having a say, having fun, liking
// school, being treated fairly). They cover friends and the adults they live with, being able to reach a social worker
// and being told why it changed, knowing why they are in care, advocacy, privacy and not being singled out for being in
// care, free time, the outdoors, being trusted like others their age, life skills, getting online, moving home,
// bullying, online safety, help with feelings, confidence, sleep and loneliness. Two free-text questions are optional.
//
// The words are Heard's own, written in the style of a well-being survey for children in care; they are not the
// wording of any other survey. English at a reading age of about 11; Welsh in the informal "ti" form; Arabic in Modern
// Standard Arabic addressed to "you".
import type { SurveyQuestion, SurveyWords } from '../definition';
import { ELEVEN_TO_EIGHTEEN_PEOPLE } from './eleven-to-eighteen-people';

/** Under every free-text box: answering is optional, and nothing that could identify anyone. */
const TEXT_HINT: SurveyWords = {
  en: "You don't have to answer. Please don't write names, phone numbers or where you live.",
  cy: "Does dim rhaid i ti ateb. Paid ag ysgrifennu enwau, rhifau ffôn na ble rwyt ti'n byw.",
  ar: 'الإجابة اختيارية. من فضلك لا تكتب أسماء أو أرقام هواتف أو مكان سكنك.',
};

export const ELEVEN_TO_EIGHTEEN_EXTRA: readonly SurveyQuestion[] = [
  ...ELEVEN_TO_EIGHTEEN_PEOPLE,

  // Resilience
  {
    id: 't-free-time',
    type: 'multiple',
    domain: 'resilience',
    text: {
      en: 'What do you do in your free time? Choose all that you do.',
      cy: "Beth rwyt ti'n ei wneud yn dy amser sbâr? Dewisa bob un rwyt ti'n ei wneud.",
      ar: 'ماذا تفعل في وقت فراغك؟ اختر كل ما تفعله.',
    },
    choices: [
      { id: 'sport', text: { en: 'Sport or exercise', cy: 'Chwaraeon neu ymarfer corff', ar: 'الرياضة أو التمارين' } },
      {
        id: 'creative',
        text: {
          en: 'Music, art, drama or dance',
          cy: 'Cerddoriaeth, celf, drama neu ddawns',
          ar: 'الموسيقى أو الرسم أو التمثيل أو الرقص',
        },
      },
      {
        id: 'clubs',
        text: {
          en: 'A club, youth group or faith group',
          cy: 'Clwb, clwb ieuenctid neu grŵp ffydd',
          ar: 'نادٍ أو مجموعة شبابية أو دينية',
        },
      },
      { id: 'gaming', text: { en: 'Gaming', cy: 'Chwarae gemau', ar: 'ألعاب الفيديو' } },
      {
        id: 'outdoors',
        text: {
          en: 'Being outdoors or with animals',
          cy: 'Bod yn yr awyr agored neu gydag anifeiliaid',
          ar: 'قضاء الوقت في الهواء الطلق أو مع الحيوانات',
        },
      },
      {
        id: 'friends',
        text: { en: 'Hanging out with friends', cy: 'Treulio amser gyda ffrindiau', ar: 'قضاء الوقت مع الأصدقاء' },
      },
      { id: 'other', text: { en: 'Something else', cy: 'Rhywbeth arall', ar: 'شيء آخر' } },
      {
        id: 'not-much',
        text: { en: 'Not much at the moment', cy: 'Dim llawer ar hyn o bryd', ar: 'لا شيء تقريبًا في الوقت الحالي' },
      },
    ],
  },
  {
    id: 't-outdoors',
    type: 'frequency',
    domain: 'resilience',
    text: {
      en: 'Do you get out to green places or the sea – parks, woods, fields or the beach?',
      cy: "Wyt ti'n cael mynd allan i lefydd gwyrdd neu i lan y môr – parciau, coedwigoedd, caeau neu'r traeth?",
      ar: 'هل تتمكّن من الخروج إلى الأماكن الخضراء أو البحر، مثل الحدائق أو الغابات أو الحقول أو الشاطئ؟',
    },
  },
  {
    id: 't-trusted',
    type: 'agree',
    domain: 'resilience',
    text: {
      en: 'You are trusted to do the same things on your own as other people your age, like going into town with friends.',
      cy: "Mae oedolion yn ymddiried ynot ti i wneud yr un pethau ar dy ben dy hun â phobl eraill dy oed, fel mynd i'r dref gyda ffrindiau.",
      ar: 'يثق بك الكبار لتفعل بمفردك ما يفعله غيرك ممن هم في عمرك، كالذهاب إلى وسط المدينة مع الأصدقاء.',
    },
  },
  {
    id: 't-life-skills',
    type: 'agree',
    domain: 'resilience',
    text: {
      en: "Someone is helping you learn skills for when you're older, like cooking, managing money or getting around on your own.",
      cy: "Mae rhywun yn dy helpu di i ddysgu sgiliau ar gyfer pan fyddi di'n hŷn, fel coginio, trin arian neu deithio ar dy ben dy hun.",
      ar: 'هناك من يساعدك على تعلّم مهارات تحتاجها عندما تكبر، مثل الطبخ وإدارة المال والتنقّل بمفردك.',
    },
  },
  {
    id: 't-online-access',
    type: 'single',
    domain: 'resilience',
    text: {
      en: 'Can you get online when you need to?',
      cy: "Wyt ti'n gallu mynd ar-lein pan fydd angen?",
      ar: 'هل تستطيع الاتصال بالإنترنت عندما تحتاج إلى ذلك؟',
    },
    choices: [
      {
        id: 'own-device',
        text: {
          en: 'Yes, on my own phone or device',
          cy: 'Ydw, ar fy ffôn neu ddyfais fy hun',
          ar: 'نعم، على هاتفي أو جهازي الخاص',
        },
      },
      {
        id: 'shared-device',
        text: {
          en: 'Yes, but only on a shared device',
          cy: "Ydw, ond dim ond ar ddyfais sy'n cael ei rhannu",
          ar: 'نعم، لكن فقط على جهاز مشترك',
        },
      },
      {
        id: 'sometimes',
        text: {
          en: 'Only sometimes – for example, no data or not much Wi-Fi',
          cy: 'Dim ond weithiau – er enghraifft, dim data neu ddim llawer o Wi-Fi',
          ar: 'أحيانًا فقط، مثلًا بسبب نفاد باقة الإنترنت أو ضعف الواي فاي',
        },
      },
      { id: 'no', text: { en: 'No', cy: 'Nac ydw', ar: 'لا' } },
    ],
  },
  {
    id: 't-proud',
    type: 'yes-no',
    domain: 'resilience',
    text: {
      en: 'In the last few months, have you done something you feel proud of?',
      cy: "Yn ystod yr ychydig fisoedd diwethaf, wyt ti wedi gwneud rhywbeth rwyt ti'n falch ohono?",
      ar: 'خلال الأشهر القليلة الماضية، هل فعلت شيئًا تشعر بالفخر به؟',
    },
  },
  {
    id: 't-proud-what',
    type: 'text',
    domain: 'resilience',
    text: {
      en: "If you'd like to, tell us what you're proud of.",
      cy: "Os hoffet ti, dywed wrthon ni beth rwyt ti'n falch ohono.",
      ar: 'إذا أحببت، أخبرنا بما تفخر به.',
    },
    hint: TEXT_HINT,
    showIf: { questionId: 't-proud', anyOf: ['yes'] },
  },

  // Well-being
  {
    id: 't-confidence',
    type: 'scale',
    domain: 'wellbeing',
    text: {
      en: 'How confident do you feel in yourself?',
      cy: 'Pa mor hyderus wyt ti ynot ti dy hun?',
      ar: 'ما مدى ثقتك بنفسك؟',
    },
    scaleEnds: {
      min: { en: 'Not at all', cy: 'Ddim o gwbl', ar: 'لا على الإطلاق' },
      max: { en: 'Completely', cy: 'Yn llwyr', ar: 'تمامًا' },
    },
  },
  {
    id: 't-looks',
    type: 'frequency',
    domain: 'wellbeing',
    text: {
      en: 'Do you feel good about your body and how you look?',
      cy: "Wyt ti'n teimlo'n dda am dy gorff a sut rwyt ti'n edrych?",
      ar: 'هل تشعر بالرضا عن جسمك ومظهرك؟',
    },
  },
  {
    id: 't-sleep',
    type: 'frequency',
    domain: 'wellbeing',
    text: {
      en: 'Do you sleep well at night?',
      cy: "Wyt ti'n cysgu'n dda yn y nos?",
      ar: 'هل تنام جيدًا في الليل؟',
    },
  },
  {
    id: 't-lonely',
    type: 'frequency',
    domain: 'wellbeing',
    negative: true,
    text: {
      en: 'Do you feel lonely?',
      cy: "Wyt ti'n teimlo'n unig?",
      ar: 'هل تشعر بالوحدة؟',
    },
  },
  {
    id: 't-one-change',
    type: 'text',
    domain: 'wellbeing',
    text: {
      en: 'If you could change one thing about your life, what would it be?',
      cy: "Petaet ti'n gallu newid un peth am dy fywyd, beth fyddai hynny?",
      ar: 'لو كان بإمكانك تغيير شيء واحد في حياتك، ماذا سيكون؟',
    },
    hint: TEXT_HINT,
  },
];
