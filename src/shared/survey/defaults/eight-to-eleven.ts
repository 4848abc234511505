// Heard's 15 extra "How's life?" questions for 8–11-year-olds, asked after the 16 core questions (31 in all).
//
// They go a little further than the core: a friend to count on, living with or seeing brothers and sisters, a pet
// that is special to them (which may live somewhere else: many children have had to leave one behind) and whether
// they get to see it, how many social workers they have had this year (relationships); being told before big changes,
// knowing who could help them speak up, having their say in meetings about them (rights); what they do in their free
// time and getting out to parks, woods and beaches (resilience); sleeping well and somewhere safe to keep their things
// (recovery); things to look forward to, and one thing they would change (well-being). The last is the only free-text
// question, optional like every question, with a reminder not to write names or where they live.
//
// The wording is Heard's own, in the style of a Bright Spots-like well-being survey; it does not copy Coram Voice /
// University of Bristol's "Your Life, Your Care" wording. Welsh uses the informal "ti" form; Arabic is simple Modern
// Standard Arabic addressed to "you".
import type { SurveyQuestion } from '../definition';

export const EIGHT_TO_ELEVEN_EXTRA: readonly SurveyQuestion[] = [
  {
    id: 'friend-to-count-on',
    type: 'yes-no',
    domain: 'relationships',
    text: {
      en: 'Do you have a friend you can count on?',
      cy: 'Oes gen ti ffrind y gelli di ddibynnu arno?',
      ar: 'هل لديك صديق تستطيع أن تعتمد عليه؟',
    },
  },
  {
    id: 'live-with-siblings',
    type: 'single',
    domain: 'relationships',
    text: {
      en: 'Do you live with your brothers and sisters?',
      cy: "Wyt ti'n byw gyda dy frodyr a dy chwiorydd?",
      ar: 'هل تعيش مع إخوتك وأخواتك؟',
    },
    choices: [
      {
        id: 'all',
        text: { en: 'Yes, with all of them', cy: 'Ydw, gyda phob un ohonyn nhw', ar: 'نعم، معهم جميعًا' },
      },
      {
        id: 'some',
        text: { en: 'With some of them', cy: 'Gyda rhai ohonyn nhw', ar: 'مع بعضهم' },
      },
      {
        id: 'none',
        text: { en: 'No, none of them', cy: 'Nac ydw, dim un ohonyn nhw', ar: 'لا، لا أعيش مع أيٍّ منهم' },
      },
      {
        id: 'no-siblings',
        text: {
          en: "I don't have brothers or sisters",
          cy: 'Does gen i ddim brodyr na chwiorydd',
          ar: 'ليس لدي إخوة أو أخوات',
        },
      },
    ],
  },
  {
    id: 'see-siblings',
    type: 'yes-no',
    domain: 'relationships',
    showIf: { questionId: 'live-with-siblings', anyOf: ['some', 'none'] },
    text: {
      en: "Do you see the brothers and sisters you don't live with as often as you'd like?",
      cy: "Wyt ti'n gweld y brodyr a'r chwiorydd sydd ddim yn byw gyda ti mor aml ag yr hoffet ti?",
      ar: 'هل ترى إخوتك وأخواتك الذين لا تعيش معهم بقدر ما تريد؟',
    },
  },
  {
    id: 'special-pet',
    type: 'yes-no',
    domain: 'relationships',
    text: {
      en: 'Is there a pet that is special to you? It could live with you or somewhere else.',
      cy: "Oes 'na anifail anwes sy'n arbennig i ti? Gallai fyw gyda ti neu yn rhywle arall.",
      ar: 'هل يوجد حيوان أليف مميز بالنسبة لك؟ قد يعيش معك أو في مكان آخر.',
    },
  },
  {
    id: 'time-with-pet',
    type: 'frequency',
    domain: 'relationships',
    showIf: { questionId: 'special-pet', anyOf: ['yes'] },
    text: {
      en: 'Do you get to spend time with that pet?',
      cy: "Wyt ti'n cael treulio amser gyda'r anifail anwes hwnnw?",
      ar: 'هل تستطيع أن تقضي وقتًا مع هذا الحيوان الأليف؟',
    },
  },
  {
    id: 'social-workers-this-year',
    type: 'single',
    domain: 'relationships',
    text: {
      en: 'How many social workers have you had in the last year?',
      cy: "Sawl gweithiwr cymdeithasol wyt ti wedi'i gael yn ystod y flwyddyn ddiwethaf?",
      ar: 'كم أخصائيًا اجتماعيًا كان لديك خلال السنة الماضية؟',
    },
    choices: [
      { id: 'one', text: { en: 'One', cy: 'Un', ar: 'واحد' } },
      { id: 'two', text: { en: 'Two', cy: 'Dau', ar: 'اثنان' } },
      { id: 'three-or-more', text: { en: 'Three or more', cy: 'Tri neu fwy', ar: 'ثلاثة أو أكثر' } },
      { id: 'not-sure', text: { en: "I'm not sure", cy: 'Dw i ddim yn siŵr', ar: 'لا أعرف' } },
    ],
  },
  {
    id: 'told-before-changes',
    type: 'frequency',
    domain: 'rights',
    text: {
      en: 'When something big is going to change, like moving home, are you told before it happens?',
      cy: "Pan fydd rhywbeth mawr yn mynd i newid, fel symud tŷ, wyt ti'n cael gwybod cyn iddo ddigwydd?",
      ar: 'عندما يكون هناك تغيير كبير، مثل الانتقال إلى بيت جديد، هل يخبرونك قبل أن يحدث؟',
    },
  },
  {
    id: 'know-who-helps-speak-up',
    type: 'yes-no',
    domain: 'rights',
    text: {
      en: 'If you were unhappy about your care, do you know who could help you speak up?',
      cy: "Petaet ti'n anhapus am dy ofal, wyt ti'n gwybod pwy allai dy helpu di i godi llais?",
      ar: 'إذا كنت غير سعيد بالرعاية التي تحصل عليها، هل تعرف من يستطيع أن يساعدك لتعبّر عن رأيك؟',
    },
  },
  {
    id: 'say-in-meetings',
    type: 'frequency',
    domain: 'rights',
    text: {
      en: 'In meetings about you, do you get to say what you think?',
      cy: "Mewn cyfarfodydd amdanat ti, wyt ti'n cael dweud beth rwyt ti'n ei feddwl?",
      ar: 'في الاجتماعات التي تخصّك، هل تستطيع أن تقول رأيك؟',
    },
  },
  {
    id: 'free-time',
    type: 'multiple',
    domain: 'resilience',
    text: {
      en: 'What do you like doing in your free time? Pick as many as you like.',
      cy: "Beth rwyt ti'n hoffi ei wneud yn dy amser sbâr? Dewisa gymaint ag rwyt ti eisiau.",
      ar: 'ماذا تحب أن تفعل في وقت فراغك؟ اختر كل ما يناسبك.',
    },
    choices: [
      { id: 'sport', text: { en: 'Sport or swimming', cy: 'Chwaraeon neu nofio', ar: 'الرياضة أو السباحة' } },
      { id: 'games', text: { en: 'Games on a screen', cy: 'Gemau ar sgrin', ar: 'الألعاب على الشاشة' } },
      {
        id: 'making',
        text: {
          en: 'Drawing, making or building things',
          cy: 'Tynnu lluniau, creu neu adeiladu pethau',
          ar: 'الرسم أو صنع الأشياء أو بناؤها',
        },
      },
      {
        id: 'music-dance',
        text: { en: 'Music, singing or dancing', cy: 'Cerddoriaeth, canu neu ddawnsio', ar: 'الموسيقى أو الغناء أو الرقص' },
      },
      { id: 'reading', text: { en: 'Reading or stories', cy: 'Darllen neu straeon', ar: 'القراءة أو القصص' } },
      { id: 'outside', text: { en: 'Playing outside', cy: 'Chwarae tu allan', ar: 'اللعب في الخارج' } },
      {
        id: 'clubs',
        text: {
          en: 'Clubs or groups, like Cubs or Brownies',
          cy: "Clybiau neu grwpiau, fel yr Urdd neu'r Sgowtiaid",
          ar: 'النوادي أو المجموعات، مثل الكشافة',
        },
      },
      { id: 'friends', text: { en: 'Being with friends', cy: 'Bod gyda ffrindiau', ar: 'قضاء الوقت مع الأصدقاء' } },
      { id: 'other', text: { en: 'Something else', cy: 'Rhywbeth arall', ar: 'شيء آخر' } },
    ],
  },
  {
    id: 'get-outdoors',
    type: 'frequency',
    domain: 'resilience',
    text: {
      en: 'Do you get to go to places like the park, the woods or the beach?',
      cy: "Wyt ti'n cael mynd i lefydd fel y parc, y goedwig neu'r traeth?",
      ar: 'هل تستطيع أن تذهب إلى أماكن مثل الحديقة أو الغابة أو الشاطئ؟',
    },
  },
  {
    id: 'sleep-well',
    type: 'frequency',
    domain: 'recovery',
    text: {
      en: 'Do you sleep well at night?',
      cy: "Wyt ti'n cysgu'n dda yn y nos?",
      ar: 'هل تنام جيدًا في الليل؟',
    },
  },
  {
    id: 'safe-place-for-things',
    type: 'agree',
    domain: 'recovery',
    text: {
      en: 'I have somewhere safe to keep my things.',
      cy: 'Mae gen i rywle diogel i gadw fy mhethau.',
      ar: 'لدي مكان آمن أحتفظ فيه بأغراضي.',
    },
  },
  {
    id: 'look-forward-to',
    type: 'agree',
    domain: 'wellbeing',
    text: {
      en: 'I have things to look forward to.',
      cy: 'Mae gen i bethau i edrych ymlaen atyn nhw.',
      ar: 'لدي أشياء جميلة أنتظرها.',
    },
  },
  {
    id: 'one-thing-to-change',
    type: 'text',
    domain: 'wellbeing',
    text: {
      en: 'If you could change one thing to make your life better, what would it be?',
      cy: "Petaet ti'n gallu newid un peth i wneud dy fywyd di'n well, beth fyddai e?",
      ar: 'لو استطعت أن تغيّر شيئًا واحدًا ليجعل حياتك أفضل، ماذا سيكون؟',
    },
    hint: {
      en: "You don't have to write anything. Please don't write names or where you live.",
      cy: "Does dim rhaid i ti ysgrifennu dim byd. Paid ag ysgrifennu enwau na ble rwyt ti'n byw.",
      ar: 'ليس عليك أن تكتب شيئًا. من فضلك لا تكتب أسماء أو مكان سكنك.',
    },
  },
];
