// "How's life?" for 11–18s, 18 of the 30 questions after the core: relationships (friends, the adults they
// live with, reaching a social worker), rights (why they are in care, social worker changes, advocacy, privacy, not
// being singled out) and recovery (settling, moves, bullying, online safety, help with feelings). The rest is in
// eleven-to-eighteen.ts. Heard's own words; English at a reading age of about 11; Welsh in the informal "ti" form;
// Arabic in Modern Standard Arabic addressed to "you".
import type { SurveyQuestion } from '../definition';

export const ELEVEN_TO_EIGHTEEN_PEOPLE: readonly SurveyQuestion[] = [
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
    negative: true,
    text: {
      en: "Do adults make it obvious to other people that you are in care, in a way you don't like?",
      cy: "Ydy oedolion yn ei gwneud hi'n amlwg i bobl eraill dy fod di mewn gofal, mewn ffordd dwyt ti ddim yn ei hoffi?",
      ar: 'هل يتصرّف الكبار بطريقة تُظهر للآخرين أنك في الرعاية، بشكل لا يعجبك؟',
    },
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
    negative: true,
    unsafeIf: ['always'],
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
];
