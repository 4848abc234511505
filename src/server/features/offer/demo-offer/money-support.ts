// Demoshire's offer: help with money as it goes (bills, savings, travel).
import { ASK, TEAM, careLeavers, forWhom, markdown, offerItem, type DemoOfferItem } from './demo-item';

const bills = offerItem('offer-help-with-bills', {
  category: 'money',
  title: { en: 'Help with bills in your first months', cy: 'Help gyda biliau yn eich misoedd cyntaf', ar: 'مساعدة في الفواتير في أشهرك الأولى' },
  summary: {
    en: 'When you move into your first home, we help pay your gas, electricity, water and internet for the first 3 months.',
    cy: 'Pan fyddwch chi’n symud i’ch cartref cyntaf, rydyn ni’n helpu i dalu am nwy, trydan, dŵr a’r rhyngrwyd am y 3 mis cyntaf.',
    ar: 'عندما تنتقل إلى بيتك الأول، نساعدك في دفع الغاز والكهرباء والماء والإنترنت في أول 3 أشهر.',
  },
  body: {
    en: markdown(
      'Bills can be a shock when you first live on your own. For your **first 3 months** in your own home, we pay up to **£100 a month** towards:',
      '- gas and electricity',
      '- water',
      '- internet, so you can keep in touch and look for work',
      '',
      'Your PA will help you put each bill in your name and read your meters on the day you move in.',
      '',
      'After 3 months, your PA helps you make a budget so you can pay the bills yourself. If you fall behind, tell your PA early. We would much rather help than see you in debt.',
    ),
    cy: markdown(
      'Gall biliau fod yn sioc pan fyddwch chi’n byw ar eich pen eich hun am y tro cyntaf. Am eich **3 mis cyntaf** yn eich cartref eich hun, rydyn ni’n talu hyd at **£100 y mis** tuag at:',
      '- nwy a thrydan',
      '- dŵr',
      '- y rhyngrwyd, er mwyn i chi gadw mewn cysylltiad a chwilio am waith',
      '',
      'Bydd eich PA yn eich helpu i roi pob bil yn eich enw chi a darllen eich mesuryddion ar y diwrnod rydych chi’n symud i mewn.',
      '',
      'Ar ôl 3 mis, mae eich PA yn eich helpu i wneud cyllideb er mwyn i chi allu talu’r biliau eich hun. Os ydych chi’n mynd ar ei hôl hi, dywedwch wrth eich PA yn gynnar. Byddai’n well o lawer gennym ni helpu na’ch gweld chi mewn dyled.',
    ),
    ar: markdown(
      'قد تكون الفواتير صدمة عندما تعيش وحدك لأول مرة. في **أول 3 أشهر** في بيتك، ندفع حتى **£100 في الشهر** من أجل:',
      '- الغاز والكهرباء',
      '- الماء',
      '- الإنترنت، لتبقى على تواصل وتبحث عن عمل',
      '',
      'سيساعدك مستشارك الشخصي على وضع كل فاتورة باسمك وقراءة العدادات في يوم انتقالك.',
      '',
      'بعد 3 أشهر، يساعدك مستشارك على عمل ميزانية لتدفع الفواتير بنفسك. إذا تأخرت في الدفع، أخبر مستشارك مبكراً. نفضّل أن نساعدك بدلاً من أن تقع في الدَّين.',
    ),
  },
  amount: {
    pence: 10_000,
    per: 'month',
    note: {
      en: 'Up to £100 a month, for your first 3 months.',
      cy: 'Hyd at £100 y mis, am eich 3 mis cyntaf.',
      ar: 'حتى £100 في الشهر، في أول 3 أشهر.',
    },
  },
  howToClaim: {
    en: 'Send your PA a photo of each bill. We pay the company, or pay you back within 5 working days.',
    cy: 'Anfonwch lun o bob bil at eich PA. Rydyn ni’n talu’r cwmni, neu’n talu’n ôl i chi o fewn 5 diwrnod gwaith.',
    ar: 'أرسل إلى مستشارك الشخصي صورة كل فاتورة. ندفع للشركة، أو نعيد لك المال خلال 5 أيام عمل.',
  },
  whoToAsk: ASK.pa,
  eligibility: forWhom({ statuses: ['relevant', 'former-relevant'], minAge: 16, maxAge: 24 }),
  languages: ['en'],
  lastChecked: '2026-05-06',
  checkBy: '2027-05-06',
  owner: TEAM.leavingCare,
  sortOrder: 40,
});

const juniorIsa = offerItem('offer-junior-isa', {
  category: 'money',
  title: { en: 'Your Junior ISA savings', cy: 'Eich cynilion Junior ISA', ar: 'مدخراتك في حساب Junior ISA' },
  summary: {
    en: 'If you were in care for a year or more, you may have savings waiting for you in a Junior ISA. You can use them from 18.',
    cy: 'Os buoch chi mewn gofal am flwyddyn neu fwy, efallai bod cynilion yn aros amdanoch chi mewn Junior ISA. Gallwch eu defnyddio o 18 oed.',
    ar: 'إذا كنت في الرعاية سنة أو أكثر، فقد تكون لك مدخرات تنتظرك في حساب Junior ISA. يمكنك استخدامها من سن 18.',
  },
  body: {
    en: markdown(
      'A **Junior ISA** is a savings account for young people. If you were in care for 12 months in a row, the government put **£200** into one for you. Your carers or the council may have added more.',
      '',
      'At 18 the money becomes yours. You can:',
      '- leave it to grow',
      '- move it into an adult ISA',
      '- take it out and spend it',
      '',
      'The Share Foundation looks after these accounts. Your PA can help you find yours and get the money. You will need ID, like a passport or a driving licence.',
    ),
    cy: markdown(
      'Cyfrif cynilo i bobl ifanc yw **Junior ISA**. Os buoch chi mewn gofal am 12 mis yn olynol, rhoddodd y llywodraeth **£200** mewn un i chi. Efallai bod eich gofalwyr neu’r cyngor wedi ychwanegu mwy.',
      '',
      'Yn 18 oed, eich arian chi yw e. Gallwch chi:',
      '- ei adael i dyfu',
      '- ei symud i ISA oedolion',
      '- ei dynnu allan a’i wario',
      '',
      'Mae’r Share Foundation yn gofalu am y cyfrifon hyn. Gall eich PA eich helpu i ddod o hyd i’ch un chi a chael yr arian. Bydd angen prawf adnabod arnoch chi, fel pasbort neu drwydded yrru.',
    ),
    ar: markdown(
      '**Junior ISA** حساب توفير للشباب. إذا كنت في الرعاية 12 شهراً متتالية، وضعت الحكومة فيه **£200** لك. وربما أضاف مقدمو الرعاية أو المجلس البلدي مبلغاً آخر.',
      '',
      'في سن 18 يصبح المال لك. يمكنك أن:',
      '- تتركه لينمو',
      '- تنقله إلى حساب ISA للكبار',
      '- تسحبه وتصرفه',
      '',
      'مؤسسة Share Foundation تدير هذه الحسابات. يمكن لمستشارك الشخصي أن يساعدك على إيجاد حسابك والحصول على المال. ستحتاج إلى هوية، مثل جواز سفر أو رخصة قيادة.',
    ),
  },
  amount: {
    pence: 20_000,
    per: 'once',
    note: {
      en: 'At least £200 from the government, plus anything added and the interest.',
      cy: 'O leiaf £200 gan y llywodraeth, ynghyd ag unrhyw beth a ychwanegwyd a’r llog.',
      ar: '£200 على الأقل من الحكومة، مع أي مبلغ أُضيف والفوائد.',
    },
  },
  howToClaim: {
    en: 'Ask your PA to help you contact the Share Foundation. Have your ID ready.',
    cy: 'Gofynnwch i’ch PA eich helpu i gysylltu â’r Share Foundation. Cadwch eich prawf adnabod yn barod.',
    ar: 'اطلب من مستشارك الشخصي أن يساعدك على التواصل مع مؤسسة Share Foundation. جهّز هويتك.',
  },
  whoToAsk: ASK.pa,
  eligibility: forWhom({ minAge: 16, maxAge: 24 }),
  languages: ['en'],
  lastChecked: '2025-09-15',
  checkBy: '2026-09-15',
  owner: TEAM.leavingCare,
  sortOrder: 50,
});

const travelPass = offerItem('offer-travel-pass', {
  category: 'money',
  title: { en: 'A free bus pass', cy: 'Tocyn bws am ddim', ar: 'بطاقة حافلة مجانية' },
  summary: {
    en: 'If you are in education, training or work, or looking for work, we give you a bus pass.',
    cy: 'Os ydych chi mewn addysg, hyfforddiant neu waith, neu’n chwilio am waith, rydyn ni’n rhoi tocyn bws i chi.',
    ar: 'إذا كنت تدرس أو تتدرب أو تعمل، أو تبحث عن عمل، نعطيك بطاقة حافلة.',
  },
  body: {
    en: markdown(
      'Getting to college, work or a job interview costs money. We give you a **bus pass** so travel is not a problem.',
      '',
      '- **In Demoshire**: a Demoshire Explorer pass for all local buses, for a year at a time.',
      '- **Living somewhere else**: we pay for a bus or train pass where you live.',
      '',
      'You can use it for anything, not just college or work. You can get a new one each year while you are learning, training, working or looking for work.',
    ),
    cy: markdown(
      'Mae mynd i’r coleg, i’r gwaith neu i gyfweliad swydd yn costio arian. Rydyn ni’n rhoi **tocyn bws** i chi er mwyn i deithio beidio â bod yn broblem.',
      '',
      '- **Yn Demoshire**: tocyn Demoshire Explorer ar gyfer pob bws lleol, am flwyddyn ar y tro.',
      '- **Os ydych chi’n byw rywle arall**: rydyn ni’n talu am docyn bws neu drên lle rydych chi’n byw.',
      '',
      'Gallwch ei ddefnyddio ar gyfer unrhyw beth, nid dim ond y coleg neu’r gwaith. Gallwch gael un newydd bob blwyddyn tra byddwch chi’n dysgu, yn hyfforddi, yn gweithio neu’n chwilio am waith.',
    ),
    ar: markdown(
      'الذهاب إلى الكلية أو العمل أو مقابلة عمل يكلف مالاً. نعطيك **بطاقة حافلة** حتى لا يكون التنقل مشكلة.',
      '',
      '- **في ديموشاير**: بطاقة Demoshire Explorer لكل الحافلات المحلية، لمدة سنة في كل مرة.',
      '- **إذا كنت تعيش في مكان آخر**: ندفع ثمن بطاقة حافلة أو قطار حيث تعيش.',
      '',
      'يمكنك استخدامها لأي شيء، وليس فقط للكلية أو العمل. يمكنك الحصول على بطاقة جديدة كل سنة ما دمت تدرس أو تتدرب أو تعمل أو تبحث عن عمل.',
    ),
  },
  amount: null,
  howToClaim: {
    en: 'Ask your PA. Bring a photo of your face for the pass. It takes about a week.',
    cy: 'Gofynnwch i’ch PA. Dewch â llun o’ch wyneb ar gyfer y tocyn. Mae’n cymryd tua wythnos.',
    ar: 'اسأل مستشارك الشخصي. أحضر صورة لوجهك من أجل البطاقة. يستغرق الأمر نحو أسبوع.',
  },
  whoToAsk: ASK.pa,
  eligibility: forWhom({ statuses: careLeavers(), minAge: 16, maxAge: 24 }),
  languages: ['en'],
  lastChecked: '2026-06-30',
  checkBy: '2027-06-30',
  owner: TEAM.leavingCare,
  sortOrder: 80,
});

export const MONEY_SUPPORT: readonly DemoOfferItem[] = [bills, juniorIsa, travelPass];
