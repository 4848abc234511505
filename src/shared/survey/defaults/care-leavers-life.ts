// "How's life?" for care leavers, first part: where they live, money, people to call on and their personal adviser
// (the rest of the care-leaver version, and its order, is in care-leavers.ts). Heard's own words, in plain adult
// language; Welsh in the informal "ti" form; Arabic in Modern Standard Arabic addressed to "you".
import type { SurveyQuestion } from '../definition';

export const CARE_LEAVER_LIFE: readonly SurveyQuestion[] = [
  // Where you live
  {
    id: 'l-home-type',
    type: 'single',
    domain: 'recovery',
    text: {
      en: 'Where are you living at the moment?',
      cy: "Ble rwyt ti'n byw ar hyn o bryd?",
      ar: 'أين تعيش في الوقت الحالي؟',
    },
    choices: [
      {
        id: 'own-tenancy',
        text: {
          en: 'My own flat or house (the tenancy is in my name)',
          cy: "Fy fflat neu dŷ fy hun (mae'r denantiaeth yn fy enw i)",
          ar: 'شقتي أو بيتي الخاص (عقد الإيجار باسمي)',
        },
      },
      {
        id: 'foster-carers',
        text: {
          en: 'Still with my foster carers (Staying Put or When I am Ready)',
          cy: "Yn dal gyda fy ngofalwyr maeth (Pan Fydda i'n Barod)",
          ar: 'ما زلت أعيش مع أسرتي الحاضنة',
        },
      },
      {
        id: 'supported',
        text: { en: 'Supported accommodation or a hostel', cy: 'Llety â chymorth neu hostel', ar: 'سكن مدعوم أو نُزُل' },
      },
      {
        id: 'family-friends',
        text: {
          en: 'With family, a partner or friends',
          cy: 'Gyda theulu, partner neu ffrindiau',
          ar: 'مع العائلة أو الشريك أو الأصدقاء',
        },
      },
      { id: 'student', text: { en: 'Student accommodation', cy: 'Llety myfyrwyr', ar: 'سكن طلابي' } },
      {
        id: 'nowhere-settled',
        text: {
          en: 'Nowhere settled – sofa surfing or homeless',
          cy: "Unman sefydlog – cysgu ar soffas pobl eraill neu'n ddigartref",
          ar: 'لا مكان ثابت، أتنقّل بين بيوت الآخرين أو بلا مأوى',
        },
      },
      { id: 'other', text: { en: 'Somewhere else', cy: 'Rhywle arall', ar: 'مكان آخر' } },
    ],
  },
  {
    id: 'l-home-safe',
    type: 'frequency',
    domain: 'recovery',
    unsafeIf: ['hardly-ever', 'never'],
    text: {
      en: 'Do you feel safe in the place you live now?',
      cy: "Wyt ti'n teimlo'n ddiogel yn y lle rwyt ti'n byw nawr?",
      ar: 'هل تشعر بالأمان في المكان الذي تعيش فيه الآن؟',
    },
  },
  {
    id: 'l-home-problems',
    type: 'multiple',
    domain: 'recovery',
    text: {
      en: 'Is anything about where you live a problem for you? Choose all that apply.',
      cy: "Oes unrhyw beth am y lle rwyt ti'n byw yn broblem i ti? Dewisa bob un sy'n berthnasol.",
      ar: 'هل هناك ما يسبّب لك مشكلة في المكان الذي تعيش فيه؟ اختر كل ما ينطبق.',
    },
    choices: [
      { id: 'cost', text: { en: 'It costs too much', cy: "Mae'n costio gormod", ar: 'تكلفته مرتفعة جدًا' } },
      {
        id: 'repairs',
        text: { en: 'Repairs, damp or mould', cy: 'Atgyweirio, lleithder neu lwydni', ar: 'إصلاحات أو رطوبة أو عفن' },
      },
      {
        id: 'area',
        text: { en: "The area doesn't feel safe", cy: "Dydy'r ardal ddim yn teimlo'n ddiogel", ar: 'المنطقة لا تبدو آمنة' },
      },
      {
        id: 'people',
        text: {
          en: 'People I live with or near',
          cy: "Pobl rydw i'n byw gyda nhw neu'n agos atyn nhw",
          ar: 'الأشخاص الذين أعيش معهم أو بالقرب منهم',
        },
      },
      {
        id: 'far-away',
        text: {
          en: "It's far from friends, family, work or college",
          cy: "Mae'n bell o ffrindiau, teulu, gwaith neu goleg",
          ar: 'بعيد عن الأصدقاء أو العائلة أو العمل أو الكلية',
        },
      },
      {
        id: 'may-have-to-leave',
        text: {
          en: 'I might have to leave soon',
          cy: 'Efallai bydd rhaid i fi adael cyn hir',
          ar: 'قد أضطر إلى المغادرة قريبًا',
        },
      },
      { id: 'nothing', text: { en: 'No, nothing', cy: 'Nac oes, dim byd', ar: 'لا، لا شيء' } },
    ],
  },

  // Money
  {
    id: 'l-money',
    type: 'single',
    domain: 'resilience',
    text: {
      en: 'How are you managing with money at the moment?',
      cy: "Sut wyt ti'n ymdopi gydag arian ar hyn o bryd?",
      ar: 'كيف تتدبّر أمورك المالية في الوقت الحالي؟',
    },
    choices: [
      { id: 'fine', text: { en: "I'm doing fine", cy: "Rydw i'n iawn", ar: 'أموري جيدة' } },
      {
        id: 'getting-by',
        text: { en: "I'm just about getting by", cy: 'Rydw i jyst yn dod i ben', ar: 'بالكاد أتدبّر أموري' },
      },
      {
        id: 'quite-hard',
        text: { en: "I'm finding it quite hard", cy: "Mae'n eithaf anodd", ar: 'الأمر صعب نوعًا ما' },
      },
      { id: 'very-hard', text: { en: "I'm finding it very hard", cy: "Mae'n anodd iawn", ar: 'الأمر صعب جدًا' } },
    ],
  },
  {
    id: 'l-going-without',
    type: 'frequency',
    domain: 'recovery',
    negative: true,
    text: {
      en: "In the last month, have you gone without food or heating because you couldn't afford it?",
      cy: 'Yn ystod y mis diwethaf, wyt ti wedi gorfod mynd heb fwyd neu wres am nad oedd gen ti ddigon o arian?',
      ar: 'خلال الشهر الماضي، هل اضطررت إلى الاستغناء عن الطعام أو التدفئة لأنك لم تستطع تحمّل تكلفتهما؟',
    },
  },
  {
    id: 'l-debt',
    type: 'yes-no',
    domain: 'resilience',
    negative: true,
    text: {
      en: "Do you owe money that you're worried about – for example rent arrears, bills, loans or buy now, pay later?",
      cy: "Oes arnat ti arian sy'n dy boeni di – er enghraifft ôl-ddyledion rhent, biliau, benthyciadau neu 'prynu nawr, talu wedyn'?",
      ar: 'هل عليك ديون تقلقك، مثل إيجار متأخر أو فواتير أو قروض أو خدمات «اشترِ الآن وادفع لاحقًا»؟',
    },
  },
  {
    id: 'l-debt-help',
    type: 'yes-no',
    domain: 'resilience',
    text: {
      en: 'Has anyone helped you make a plan to deal with it?',
      cy: "Ydy rhywun wedi dy helpu di i wneud cynllun i ddelio â'r peth?",
      ar: 'هل ساعدك أحد على وضع خطة للتعامل مع هذه الديون؟',
    },
    showIf: { questionId: 'l-debt', anyOf: ['yes'] },
  },

  // People
  {
    id: 'l-lonely',
    type: 'frequency',
    domain: 'relationships',
    negative: true,
    text: {
      en: 'Do you feel lonely or cut off from people?',
      cy: "Wyt ti'n teimlo'n unig neu ar wahân i bobl eraill?",
      ar: 'هل تشعر بالوحدة أو بالانعزال عن الناس؟',
    },
  },
  {
    id: 'l-someone-to-ask',
    type: 'yes-no',
    domain: 'relationships',
    text: {
      en: 'If you needed help in a hurry – a lift, a bit of money, somewhere to stay for a night – is there someone you could ask?',
      cy: 'Petai angen help arnat ti ar frys – lifft, ychydig o arian, rhywle i aros am noson – oes rhywun y gallet ti ofyn iddyn nhw?',
      ar: 'إذا احتجت إلى مساعدة عاجلة، مثل توصيلة أو بعض المال أو مكان تبيت فيه ليلة، هل هناك شخص يمكنك أن تطلب منه ذلك؟',
    },
  },

  // Personal adviser
  {
    id: 'l-pa-have',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'Do you have a personal adviser (PA) at the moment?',
      cy: 'Oes gen ti gynghorydd personol ar hyn o bryd?',
      ar: 'هل لديك مستشار شخصي في الوقت الحالي؟',
    },
  },
  {
    id: 'l-pa-reach',
    type: 'frequency',
    domain: 'relationships',
    text: {
      en: 'When you need your PA, can you get hold of them?',
      cy: "Pan fydd angen dy gynghorydd personol arnat ti, wyt ti'n gallu cysylltu â nhw?",
      ar: 'عندما تحتاج إلى مستشارك الشخصي، هل تستطيع التواصل معه؟',
    },
    readAloud: {
      en: 'When you need your personal adviser, can you get hold of them?',
      cy: "Pan fydd angen dy gynghorydd personol arnat ti, wyt ti'n gallu cysylltu â nhw?",
      ar: 'عندما تحتاج إلى مستشارك الشخصي، هل تستطيع التواصل معه؟',
    },
    showIf: { questionId: 'l-pa-have', anyOf: ['yes'] },
  },
  {
    id: 'l-pa-follows-through',
    type: 'agree',
    domain: 'relationships',
    text: {
      en: 'Your PA listens to you and does what they say they will do.',
      cy: "Mae dy gynghorydd personol yn gwrando arnat ti ac yn gwneud beth maen nhw'n dweud y byddan nhw'n ei wneud.",
      ar: 'مستشارك الشخصي يستمع إليك وينفّذ ما يعد به.',
    },
    readAloud: {
      en: 'Your personal adviser listens to you and does what they say they will do.',
      cy: "Mae dy gynghorydd personol yn gwrando arnat ti ac yn gwneud beth maen nhw'n dweud y byddan nhw'n ei wneud.",
      ar: 'مستشارك الشخصي يستمع إليك وينفّذ ما يعد به.',
    },
    showIf: { questionId: 'l-pa-have', anyOf: ['yes'] },
  },
];
