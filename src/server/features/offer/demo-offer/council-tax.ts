// Demoshire's offer: council tax (Demoshire's exemption to 25 in England, and Wales's national exemption).
import { ASK, TEAM, forWhom, markdown, offerItem, type DemoOfferItem } from './demo-item';

const councilTax = offerItem('offer-council-tax', {
  category: 'money',
  statutory: 'council-tax',
  title: { en: 'No council tax until you are 25', cy: 'Dim treth gyngor nes eich bod yn 25', ar: 'لا ضريبة مجلس بلدي حتى سن 25' },
  summary: {
    en: 'If you live in England, you do not pay council tax until your 25th birthday. We sort it out with the council.',
    cy: 'Os ydych chi’n byw yn Lloegr, dydych chi ddim yn talu treth gyngor tan eich pen-blwydd yn 25 oed. Rydyn ni’n trefnu hyn gyda’r cyngor.',
    ar: 'إذا كنت تعيش في إنجلترا، لا تدفع ضريبة المجلس البلدي حتى عيد ميلادك الخامس والعشرين. نحن نرتب ذلك مع المجلس.',
  },
  body: {
    en: markdown(
      '**Council tax** is a bill for local services, like bin collections and street lights. Most adults pay it.',
      '',
      'As a Demoshire care leaver, you do not pay it until your **25th birthday**:',
      '- **If you live in Demoshire**, you are exempt. You pay nothing.',
      '- **If you live somewhere else in England**, we pay the bill to your council for you.',
      '',
      'If you live with other adults, ask your PA. They may still have to pay their part.',
    ),
    cy: markdown(
      'Bil ar gyfer gwasanaethau lleol, fel casglu biniau a goleuadau stryd, yw **treth gyngor**. Mae’r rhan fwyaf o oedolion yn ei thalu.',
      '',
      'Fel rhywun sy’n gadael gofal Demoshire, dydych chi ddim yn ei thalu tan eich **pen-blwydd yn 25 oed**:',
      '- **Os ydych chi’n byw yn Demoshire**, rydych chi wedi’ch eithrio. Dydych chi’n talu dim.',
      '- **Os ydych chi’n byw rywle arall yn Lloegr**, rydyn ni’n talu’r bil i’ch cyngor chi.',
      '',
      'Os ydych chi’n byw gydag oedolion eraill, gofynnwch i’ch PA. Efallai y bydd rhaid iddyn nhw dalu eu rhan nhw.',
    ),
    ar: markdown(
      '**ضريبة المجلس البلدي** فاتورة للخدمات المحلية، مثل جمع القمامة وأضواء الشوارع. معظم الكبار يدفعونها.',
      '',
      'بما أنك من مغادري الرعاية في ديموشاير، لا تدفعها حتى **عيد ميلادك الخامس والعشرين**:',
      '- **إذا كنت تعيش في ديموشاير**، أنت معفى. لا تدفع شيئاً.',
      '- **إذا كنت تعيش في مكان آخر في إنجلترا**، ندفع الفاتورة لمجلسك عنك.',
      '',
      'إذا كنت تعيش مع أشخاص كبار آخرين، اسأل مستشارك الشخصي. قد يحتاجون إلى دفع حصتهم.',
    ),
  },
  amount: null,
  howToClaim: {
    en: 'When you get a council tax letter, send a photo of it to your PA. They tell the council tax team, and you will not be asked to pay.',
    cy: 'Pan fyddwch chi’n cael llythyr treth gyngor, anfonwch lun ohono at eich PA. Maen nhw’n dweud wrth y tîm treth gyngor, ac ni fydd gofyn i chi dalu.',
    ar: 'عندما تصلك رسالة عن ضريبة المجلس البلدي، أرسل صورتها إلى مستشارك الشخصي. هو يخبر فريق الضريبة، ولن يُطلب منك أن تدفع.',
  },
  whoToAsk: {
    en: 'Your PA, or the council tax team on 01632 960 330.',
    cy: 'Eich PA, neu’r tîm treth gyngor ar 01632 960 330.',
    ar: 'مستشارك الشخصي، أو فريق ضريبة المجلس البلدي على الرقم 01632 960 330.',
  },
  eligibility: forWhom({ statuses: ['former-relevant'], minAge: 18, maxAge: 24, nations: ['england'] }),
  languages: ['en'],
  lastChecked: '2026-04-01',
  checkBy: '2027-03-31',
  owner: TEAM.revenues,
  sortOrder: 60,
});

const councilTaxWales = offerItem('offer-council-tax-wales', {
  category: 'money',
  title: {
    en: 'Council tax if you live in Wales',
    cy: 'Treth gyngor os ydych chi’n byw yng Nghymru',
    ar: 'ضريبة المجلس البلدي إذا كنت تعيش في ويلز',
  },
  summary: {
    en: 'In Wales, care leavers under 25 do not pay council tax. This is a law for all of Wales.',
    cy: 'Yng Nghymru, dydy pobl sy’n gadael gofal o dan 25 oed ddim yn talu treth gyngor. Mae’r gyfraith hon ar gyfer Cymru gyfan.',
    ar: 'في ويلز، مغادرو الرعاية تحت سن 25 لا يدفعون ضريبة المجلس البلدي. هذا قانون لكل ويلز.',
  },
  body: {
    en: markdown(
      'If you live in **Wales**, a Welsh law says care leavers **under 25** do not pay council tax. This is called an exemption.',
      '',
      'It is run by the Welsh council where you live, not by Demoshire. You need to tell them you are a care leaver.',
      '',
      'Your PA can:',
      '- write a letter to say you are a care leaver',
      '- help you fill in the form for your Welsh council',
      '- help you if you get a bill by mistake',
    ),
    cy: markdown(
      'Os ydych chi’n byw yng **Nghymru**, mae cyfraith Cymru’n dweud nad yw pobl sy’n gadael gofal **o dan 25 oed** yn talu treth gyngor. Eithriad yw’r enw ar hyn.',
      '',
      'Y cyngor yng Nghymru lle rydych chi’n byw sy’n gyfrifol amdano, nid Demoshire. Mae angen i chi ddweud wrthyn nhw eich bod chi’n gadael gofal.',
      '',
      'Gall eich PA:',
      '- ysgrifennu llythyr i ddweud eich bod chi’n gadael gofal',
      '- eich helpu i lenwi’r ffurflen ar gyfer eich cyngor yng Nghymru',
      '- eich helpu os cewch chi fil trwy gamgymeriad',
    ),
    ar: markdown(
      'إذا كنت تعيش في **ويلز**، يقول قانون ويلزي إن مغادري الرعاية **تحت سن 25** لا يدفعون ضريبة المجلس البلدي. هذا اسمه إعفاء.',
      '',
      'المجلس البلدي في ويلز حيث تعيش هو المسؤول عنه، وليس ديموشاير. عليك أن تخبرهم أنك من مغادري الرعاية.',
      '',
      'يمكن لمستشارك الشخصي أن:',
      '- يكتب رسالة تقول إنك من مغادري الرعاية',
      '- يساعدك على ملء الاستمارة لمجلسك في ويلز',
      '- يساعدك إذا وصلتك فاتورة بالخطأ',
    ),
  },
  amount: null,
  howToClaim: {
    en: 'Ask your PA for a letter that says you are a care leaver. Send it to the council tax team of your council in Wales.',
    cy: 'Gofynnwch i’ch PA am lythyr sy’n dweud eich bod chi’n gadael gofal. Anfonwch e at dîm treth gyngor eich cyngor yng Nghymru.',
    ar: 'اطلب من مستشارك الشخصي رسالة تقول إنك من مغادري الرعاية. أرسلها إلى فريق ضريبة المجلس البلدي في مجلسك في ويلز.',
  },
  whoToAsk: ASK.pa,
  eligibility: forWhom({ statuses: ['former-relevant'], minAge: 18, maxAge: 24, outOfArea: 'only', nations: ['wales'] }),
  languages: ['en', 'cy'],
  lastChecked: '2026-04-01',
  checkBy: '2027-03-31',
  owner: TEAM.revenues,
  sortOrder: 70,
});

export const COUNCIL_TAX: readonly DemoOfferItem[] = [councilTax, councilTaxWales];
