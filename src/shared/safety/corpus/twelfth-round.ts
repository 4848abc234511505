// Twelfth-round corpus: written as a held-out set after the eleventh round (first measured 47/73 disclosures
// caught and 2/41 ordinary posts flagged: English 26/49 and 2/25, Welsh 11/12, Arabic 10/12), then used to widen
// the lexicon, so it now counts as tuned corpus. The held-out set is ./held-out.ts.
import type { SafetyCategory, SafetyLanguage } from '../categories';
import type { CorpusEntry } from './types';

function entries(language: SafetyLanguage, category: SafetyCategory | null, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category }));
}

export const TWELFTH_ROUND: CorpusEntry[] = [
  ...entries('en', 'physical-harm', [
    "my stepdad headbutted me when i wouldnt give him my phone",
    "my carer squeezes my arm so hard it leaves fingerprints",
    "my mum whips us with the phone charger",
    "he threw me on the floor and kicked me",
    "dads girlfriend punches me when dad is at work",
    "my uncle knocked my tooth out",
    "i got slapped for crying",
  ]),
  ...entries('en', 'sexual-harm', [
    "my mums partner keeps trying to get me on my own and touch me",
    "someone from a game sent me money and now wants pictures back",
    "an older lad filmed me in the changing rooms",
    "my stepbrother makes me do sexual things when mum is out",
    "a man in a car asked me to get in and said he would pay me",
    "he keeps sending me videos of his private parts",
    "my coach touches my bum and says its a joke",
  ]),
  ...entries('en', 'self-harm', [
    "i have been slicing my arms",
    "when i get stressed i burn my hands",
    "i have cuts on my stomach that i did myself",
    "i pick my skin until it bleeds on purpose",
    "my urge to cut is really bad tonight",
  ]),
  ...entries('en', 'suicide', [
    "i am planning to take my life",
    "i dont think i can keep living",
    "i just want to be gone",
    "i looked at the train tracks and thought about it",
    "life is too hard i want out for good",
    "if i was dead it would all stop",
    "i googled how to kill myself",
    "nobody would notice if i was gone",
  ]),
  ...entries('en', 'neglect', [
    "mum forgets to feed us when she is drinking",
    "we go days without a proper meal",
    "the kitchen is empty and mum wont get up",
    "i have to wear my brothers shoes because mine have holes and nobody buys new ones",
    "our house has no lights because the electric ran out",
    "nobody notices if i dont come home",
  ]),
  ...entries('en', 'running-away', [
    "i am going to do a runner tonight",
    "i have had enough i am leaving and never coming back",
    "i ran away last weekend and stayed in a tent",
    "i dont go home most nights",
    "im gonna leave my placement and go to my mates and not tell anyone",
  ]),
  ...entries('en', 'criminal-exploitation', [
    "the older boys make me hold their weed in my school bag",
    "they send me on the train with packages",
    "i sell for them because they pay my mum's debt",
    "if i dont go to the trap they will beat me",
    "i was told to carry a blade for protection by the olders",
  ]),
  ...entries('en', 'feeling-unsafe', [
    "im scared to be in the same room as him",
    "i dont feel protected at home",
    "my stepdad threatens to kick me out and hurt me",
    "i lock myself in the bathroom when he gets angry",
    "some men keep hanging around outside my house at night",
    "i am frightened all the time at my placement",
  ]),
  ...entries('en', null, [
    "i want more say in my care plan",
    "my carer makes the best roast dinners",
    "my teacher said i did really well",
    "i hate getting the bus in the rain",
    "my friend slapped my hand away from her chips lol",
    "i need new football boots",
    "i am so tired after swimming",
    "i want to stop having medicals at school",
    "we should have more say about contact",
    "i love my room",
    "i hate it when my brother wins",
    "my social worker is always rushing",
    "my mum said she would kill me if i got a tattoo",
    "i cried when my dog was ill",
    "i want to join the army cadets",
    "my carer is strict about bedtime",
    "the wifi keeps cutting out",
    "i feel happy at my new school",
    "i want to go on a plane",
    "i dont like spicy food",
    "my little sister keeps hitting me with her toys",
    "i was scared before my first day but it was fine",
    "i want more time with my friends",
    "my favourite subject is art",
    "please can we have a youth club on fridays",
  ]),
  ...entries('cy', 'physical-harm', [
    "mae fy llysfam yn fy nghicio i o dan y bwrdd",
    "cefais fy nharo yn fy wyneb gan fy nhad",
  ]),
  ...entries('cy', 'sexual-harm', [
    "mae dyn hŷn yn gofyn i fi anfon lluniau ohonof fi",
    "mae fy ewythr yn fy nghyffwrdd i mewn ffordd dw i ddim yn hoffi",
  ]),
  ...entries('cy', 'self-harm', [
    "dw i'n torri fy nghoesau",
    "dw i wedi bod yn niweidio fy hun ers misoedd",
  ]),
  ...entries('cy', 'suicide', [
    "dw i eisiau diweddu fy mywyd",
    "dw i ddim eisiau byw ddim mwy",
    "fyddai neb yn poeni pe bawn i'n marw",
  ]),
  ...entries('cy', 'neglect', [
    "does dim byd i fwyta yn y tŷ",
  ]),
  ...entries('cy', 'running-away', [
    "dw i'n mynd i redeg bant heno a pheidio dod adre",
  ]),
  ...entries('cy', 'feeling-unsafe', [
    "dw i'n teimlo'n ofnus yn y tŷ drwy'r amser",
  ]),
  ...entries('cy', null, [
    "dw i'n hoffi chwarae rygbi",
    "mae fy chwaer yn fy ngwylltio",
    "hoffwn i fynd i'r sinema",
    "mae'r ysgol yn iawn",
    "mae gen i ofn y deintydd",
    "dw i eisiau mwy o arian poced",
    "mae fy mhen yn brifo ar ôl y prawf",
    "dw i'n caru fy nheulu maeth",
  ]),
  ...entries('ar', 'physical-harm', [
    "ابوي بيضرب امي وبيضربني",
    "زوج امي بيرفسني",
  ]),
  ...entries('ar', 'sexual-harm', [
    "استاذي بيلمسني بطريقة غريبة",
    "واحد على السناب بيهددني ينشر صوري",
  ]),
  ...entries('ar', 'self-harm', [
    "بقطع ايدي لما ازعل",
    "جرحت رجلي بالشفرة",
  ]),
  ...entries('ar', 'suicide', [
    "بدي موت خلص تعبت",
    "ما في شي بخليني عايش",
    "نفسي انتحر",
  ]),
  ...entries('ar', 'neglect', [
    "امي ما بتطبخ وما في اكل",
  ]),
  ...entries('ar', 'running-away', [
    "رح اهرب من البيت بكرة الصبح",
  ]),
  ...entries('ar', 'feeling-unsafe', [
    "انا خايف من المشرف بالدار",
  ]),
  ...entries('ar', null, [
    "بحب امي كتير",
    "بدي اروح عند ستي",
    "المدرسة صعبة",
    "بدي العب بلايستيشن مع اخوي",
    "الاكل اليوم كان زاكي",
    "خايف من الكلاب",
    "بدي شنطة جديدة",
    "بحب الصيف",
  ]),
];
