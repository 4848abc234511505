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

/** Under every free-text box: answering is optional, and nothing that could identify anyone. */
const TEXT_HINT: SurveyWords = {
  en: "You don't have to answer. Please don't write names, phone numbers or where you live.",
  cy: "Does dim rhaid i ti ateb. Paid ag ysgrifennu enwau, rhifau ffôn na ble rwyt ti'n byw.",
  ar: 'الإجابة اختيارية. من فضلك لا تكتب أسماء أو أرقام هواتف أو مكان سكنك.',
};

export const ELEVEN_TO_EIGHTEEN_EXTRA: readonly SurveyQuestion[] = [
  // Relationships
  {
    id: 't-good-friend',
    type: 'yes-no',
    domain: 'relationships',
    text: {
      en: 'Do you have at least one good friend?',
      cy: 'Oes gen ti o leiaf un ffrind da?',
      ar: 'هل لديك صديق جيد واحد على الأقل؟',
    },
  },
  {
    id: 't-see-friends',
    type: 'frequency',
    domain: 'relationships',
    text: {
      en: 'Do you get to see your friends outside school or college?',
      cy: "Wyt ti'n cael gweld dy ffrindiau y tu allan i'r ysgol neu'r coleg?",
      ar: 'هل تستطيع أن ترى أصدقاءك خارج المدرسة أو الكلية؟',
    },
  },
  {
    id: 't-friends-over',
    type: 'yes-no',
    domain: 'relationships',
    text: {
      en: 'Are you allowed to have friends round where you live?',
      cy: "Wyt ti'n cael gwahodd ffrindiau draw i'r lle rwyt ti'n byw?",
      ar: 'هل يُسمح لك بدعوة أصدقائك إلى المكان الذي تعيش فيه؟',
    },
  },
  {
    id: 't-carer-interest',
    type: 'agree',
    domain: 'relationships',
    text: {
      en: 'The adults you live with take an interest in what you do, like your hobbies or schoolwork.',
      cy: "Mae'r oedolion rwyt ti'n byw gyda nhw'n dangos diddordeb yn yr hyn rwyt ti'n ei wneud, fel dy hobïau neu dy waith ysgol.",
      ar: 'الكبار الذين تعيش معهم يهتمّون بما تفعله، مثل هواياتك أو واجباتك المدرسية.',
    },
  },
  {
    id: 't-sw-reach',
    type: 'frequency',
    domain: 'relationships',
    text: {
      en: 'When you want to talk to your social worker, can you get hold of them?',
      cy: "Pan fyddi di eisiau siarad â dy weithiwr cymdeithasol, wyt ti'n gallu cysylltu â nhw?",
      ar: 'عندما تريد التحدث إلى الأخصائي الاجتماعي الخاص بك، هل تستطيع الوصول إليه؟',
    },
  },

  // Rights
  {
    id: 't-why-in-care',
    type: 'single',
    domain: 'rights',
    text: {
      en: 'Has someone explained to you why you are in care?',
      cy: 'Ydy rhywun wedi esbonio i ti pam rwyt ti mewn gofal?',
      ar: 'هل شرح لك أحدٌ لماذا أنت في الرعاية؟',
    },
    choices: [
      {
        id: 'yes',
        text: { en: 'Yes, and I understand why', cy: "Ydy, ac rydw i'n deall pam", ar: 'نعم، وأنا أفهم السبب' },
      },
      {
        id: 'yes-want-more',
        text: { en: "Yes, but I'd like to know more", cy: 'Ydy, ond hoffwn i wybod mwy', ar: 'نعم، لكنني أريد أن أعرف أكثر' },
      },
      { id: 'partly', text: { en: 'Only some of it', cy: 'Dim ond rhan ohono', ar: 'شرحوا لي جزءًا منه فقط' } },
      { id: 'no', text: { en: 'No', cy: 'Nac ydy', ar: 'لا' } },
    ],
  },
  {
    id: 't-story-help',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'Would you like someone to go through your story with you, so you understand more about why you are in care?',
      cy: 'Hoffet ti i rywun fynd drwy dy stori gyda ti, er mwyn i ti ddeall mwy am y rheswm dy fod di mewn gofal?',
      ar: 'هل تريد أن يساعدك أحدٌ على فهم قصتك، حتى تفهم أكثر لماذا أنت في الرعاية؟',
    },
    showIf: { questionId: 't-why-in-care', anyOf: ['yes-want-more', 'partly', 'no'] },
  },
  {
    id: 't-sw-changed',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'Have you had more than one social worker in the last year?',
      cy: 'Wyt ti wedi cael mwy nag un gweithiwr cymdeithasol yn ystod y flwyddyn ddiwethaf?',
      ar: 'هل كان لديك أكثر من أخصائي اجتماعي واحد خلال السنة الماضية؟',
    },
  },
  {
    id: 't-sw-change-told',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'When your social worker changed, did someone tell you why?',
      cy: 'Pan newidiodd dy weithiwr cymdeithasol, wnaeth rhywun ddweud wrthot ti pam?',
      ar: 'عندما تغيّر الأخصائي الاجتماعي، هل أخبرك أحدٌ بالسبب؟',
    },
    showIf: { questionId: 't-sw-changed', anyOf: ['yes'] },
  },
  {
    id: 't-advocate',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'Did you know you can have an advocate – someone who is on your side and helps you say what you want?',
      cy: "Oeddet ti'n gwybod y gallet ti gael eiriolwr – rhywun sydd ar dy ochr di ac sy'n dy helpu di i ddweud beth rwyt ti eisiau?",
      ar: 'هل تعلم أنه يحق لك أن يكون لك مُناصِر، أي شخص يقف إلى جانبك ويساعدك على قول ما تريد؟',
    },
  },
  {
    id: 't-privacy',
    type: 'frequency',
    domain: 'rights',
    text: {
      en: 'Do the adults around you respect your privacy, like your room, your phone and your messages?',
      cy: "Ydy'r oedolion o dy gwmpas di'n parchu dy breifatrwydd, fel dy stafell, dy ffôn a dy negeseuon?",
      ar: 'هل يحترم الكبار من حولك خصوصيتك، مثل غرفتك وهاتفك ورسائلك؟',
    },
  },
  {
    id: 't-singled-out',
    type: 'frequency',
    domain: 'rights',
    text: {
      en: "Do adults make it obvious to other people that you are in care, in a way you don't like?",
      cy: "Ydy oedolion yn ei gwneud hi'n amlwg i bobl eraill dy fod di mewn gofal, mewn ffordd dwyt ti ddim yn ei hoffi?",
      ar: 'هل يتصرّف الكبار بطريقة تُظهر للآخرين أنك في الرعاية، بشكل لا يعجبك؟',
    },
  },

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

  // Recovery
  {
    id: 't-settled',
    type: 'agree',
    domain: 'recovery',
    text: {
      en: 'You feel you can settle in and stay where you live now.',
      cy: "Rwyt ti'n teimlo y galli di setlo ac aros yn y lle rwyt ti'n byw nawr.",
      ar: 'تشعر أنك تستطيع أن تستقر وتبقى في المكان الذي تعيش فيه الآن.',
    },
  },
  {
    id: 't-moves',
    type: 'single',
    domain: 'recovery',
    text: {
      en: 'How many times have you moved home in the last year?',
      cy: 'Sawl gwaith wyt ti wedi symud cartref yn ystod y flwyddyn ddiwethaf?',
      ar: 'كم مرة انتقلت إلى بيت جديد خلال السنة الماضية؟',
    },
    choices: [
      { id: 'none', text: { en: "I haven't moved", cy: 'Dydw i ddim wedi symud', ar: 'لم أنتقل' } },
      { id: 'once', text: { en: 'Once', cy: 'Unwaith', ar: 'مرة واحدة' } },
      { id: 'twice', text: { en: 'Twice', cy: 'Dwywaith', ar: 'مرتين' } },
      { id: 'three-plus', text: { en: 'Three times or more', cy: 'Tair gwaith neu fwy', ar: 'ثلاث مرات أو أكثر' } },
      { id: 'not-sure', text: { en: "I'm not sure", cy: 'Dydw i ddim yn siŵr', ar: 'لا أعرف بالتحديد' } },
    ],
  },
  {
    id: 't-bullied',
    type: 'frequency',
    domain: 'recovery',
    text: {
      en: 'In the last few months, have you been bullied – in person or online?',
      cy: 'Yn ystod yr ychydig fisoedd diwethaf, wyt ti wedi cael dy fwlio – wyneb yn wyneb neu ar-lein?',
      ar: 'خلال الأشهر القليلة الماضية، هل تعرّضت للتنمّر، سواء وجهًا لوجه أو عبر الإنترنت؟',
    },
  },
  {
    id: 't-bullied-help',
    type: 'single',
    domain: 'recovery',
    text: {
      en: 'Did an adult help to sort out the bullying?',
      cy: 'Wnaeth oedolyn helpu i ddatrys y bwlio?',
      ar: 'هل ساعدك أحد الكبار في حلّ مشكلة التنمّر؟',
    },
    choices: [
      { id: 'helped', text: { en: 'Yes, and it helped', cy: "Do, ac roedd hynny'n help", ar: 'نعم، وقد ساعد ذلك' } },
      {
        id: 'did-not-help',
        text: { en: "Yes, but it didn't help", cy: 'Do, ond doedd hynny ddim yn help', ar: 'نعم، لكن ذلك لم يُفِد' },
      },
      {
        id: 'told-nothing-happened',
        text: {
          en: 'I told an adult, but nothing happened',
          cy: 'Dywedais i wrth oedolyn, ond ddigwyddodd dim byd',
          ar: 'أخبرت أحد الكبار، لكن لم يحدث شيء',
        },
      },
      {
        id: 'not-told',
        text: { en: "I haven't told an adult", cy: 'Dydw i ddim wedi dweud wrth oedolyn', ar: 'لم أخبر أحدًا من الكبار' },
      },
    ],
    showIf: { questionId: 't-bullied', anyOf: ['always', 'sometimes', 'hardly-ever'] },
  },
  {
    id: 't-online-safe',
    type: 'agree',
    domain: 'recovery',
    text: {
      en: 'You know how to stay safe online, and what to do if something online upsets you.',
      cy: "Rwyt ti'n gwybod sut i gadw'n ddiogel ar-lein, a beth i'w wneud os bydd rhywbeth ar-lein yn dy ypsetio di.",
      ar: 'تعرف كيف تحافظ على سلامتك على الإنترنت، وماذا تفعل إذا أزعجك شيء هناك.',
    },
  },
  {
    id: 't-feelings-help',
    type: 'agree',
    domain: 'recovery',
    text: {
      en: 'When you feel worried or low, you can get help with your feelings.',
      cy: "Pan fyddi di'n teimlo'n bryderus neu'n isel, rwyt ti'n gallu cael help gyda dy deimladau.",
      ar: 'عندما تشعر بالقلق أو الحزن، تستطيع الحصول على مساعدة بشأن مشاعرك.',
    },
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
