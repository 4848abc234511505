// Fourth held-out corpus: written after the second round of classes and never used to tune it: the honest
// estimate of how the check does on wording nobody wrote down. Do not add words to the lexicon to make these pass;
// move them to a tuned round and write a new held-out set instead.
import type { SafetyCategory, SafetyLanguage } from '../categories';
import type { CorpusEntry } from './types';

function held(language: SafetyLanguage, category: SafetyCategory | null, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category, heldOut: true, heldOutSet: 'held-out-4' }));
}

export const HELD_OUT_4: CorpusEntry[] = [
  ...held('en', 'physical-harm', [
    'got a nosebleed last night after my dad lost it with me',
    'my nan hits us with the slipper when were loud, is that allowed',
    'my little sisters got a handprint on her leg and she wont say why',
  ]),
  ...held('en', 'sexual-harm', [
    'my step brother keeps trying to come in the bathroom when im in there and laughs',
    'this guy from discord sent me robux and now hes asking for pictures in my pjs',
    'my uncle makes me lie down with him for a nap and i hate it',
  ]),
  ...held('en', 'self-harm', [
    'ive been doing the thing with the lighter again',
    'dont judge but i have lines on my thighs that no one knows about',
    'when it gets too loud in my head i burn my wrist with hot water',
  ]),
  ...held('en', 'suicide', [
    'i keep planning what id say in my note',
    'i wish i could just fall asleep forever',
    'tbh if a car hit me tomorrow i wouldnt mind',
  ]),
  ...held('en', 'neglect', [
    'we havent had the electric on since last week and its freezing',
    'my mum drinks all day and i do the shopping with my own money',
    'nobody came to pick me up from school again so i walked home in the dark',
  ]),
  ...held('en', 'running-away', [
    'im gonna get on a train tomorrow and not tell anyone where im going',
    'my brother keeps disappearing for days and the police bring him back',
    'im sleeping in the stairwell of the flats till i find somewhere',
  ]),
  ...held('en', 'criminal-exploitation', [
    'they told me to stand on the corner and text them if i see feds',
    'my cousin made me keep a bag of white stuff in my wardrobe',
    'older lads at the park gave me a knife and said i have to use it if anyone starts',
  ]),
  ...held('en', 'feeling-unsafe', [
    'my mums ex turned up at the school gates today and hes not meant to know where we are',
    'i dont like being in the house alone with him',
    'every night i check the door is locked twice because of him',
  ]),
  ...held('cy', 'physical-harm', ["mae dad yn fy mwrw i gyda'i wregys pan dw i'n hwyr"]),
  ...held('cy', 'sexual-harm', ["mae fy llystad yn dod mewn i'r ystafell ymolchi pan dw i yn y bath"]),
  ...held('cy', 'self-harm', ["dw i'n llosgi fy mraich gyda leitar"]),
  ...held('cy', 'suicide', ['dw i eisiau cysgu a pheidio deffro byth']),
  ...held('cy', 'neglect', ['does neb yn golchi fy nillad i ac mae plant yn yr ysgol yn chwerthin']),
  ...held('cy', 'running-away', ["dw i'n mynd i adael y cartref heno a pheidio dod yn ôl"]),
  ...held('cy', 'criminal-exploitation', ['mae dyn yn rhoi arian i fi am guddio pecynnau yn fy stafell']),
  ...held('cy', 'feeling-unsafe', ['dw i ddim yn hoffi bod ar fy mhen fy hun gyda fe yn y tŷ']),
  ...held('ar', 'physical-harm', ['زوج أمي بيشد شعري لما يعصب']),
  ...held('ar', 'sexual-harm', ['في واحد بالنت عم يطلب مني أشلح تيابي بالكاميرا']),
  ...held('ar', 'self-harm', ['بضل أخدش إيدي لحتى تنزف']),
  ...held('ar', 'suicide', ['ما عاد فيني أتحمل، بدي كل شي يخلص']),
  ...held('ar', 'neglect', ['ما حدا بيهتم فينا، نحنا نايمين على الأرض بلا فرشة']),
  ...held('ar', 'running-away', ['بدي أطلع من بيت العيلة وما أرجع أبداً']),
  ...held('ar', 'criminal-exploitation', ['بيبعتوني أوصل أكياس لناس ما بعرفهم وبيعطوني مصاري']),
  ...held('ar', 'feeling-unsafe', ['بخاف لما يرجع أبوي سكران بالليل']),
  ...held('en', null, [
    'my carer grounded me for a week lol so unfair',
    'i got hit by a football in pe and my nose bled everywhere',
    'im gonna go to the shop and not come back till ive found the right crisps',
    'the baby next door cries all night and i cant sleep',
    'we went camping and slept in a tent in the rain',
    'i stayed at my mates last night and we played ps5 till 3',
    'my foster mum burnt the toast again',
    'i could sleep for a week after that trip',
    'my brother took my charger and now my phones dead',
    'im scared ill fail my driving theory',
    'the older girls on my bus shared their sweets with me',
    'mum said i have to tidy my room or no xbox',
    'our teacher made us run laps in the freezing cold',
    'i hid in the toilets so i didnt have to do the presentation',
    'my social worker is taking me to get new school shoes',
    'i want to live with my nan when im older, shes the best',
    'someone keeps nicking my pens in maths',
    'my mate dared me to jump in the river and it was freezing',
  ]),
  ...held('cy', null, [
    'ces i fy nharo gan bêl yn y gêm rygbi',
    "dw i'n mynd i gysgu am wythnos ar ôl yr arholiadau",
    "mae fy chwaer fach yn crio drwy'r nos",
    'aethon ni i wersylla a chysgu mewn pabell',
    "mae ofn arna i o'r ffilm arswyd",
    'cymerodd fy mrawd fy ngwefrydd',
  ]),
  ...held('ar', null, [
    'انضربت بالكورة بحصة الرياضة',
    'نمنا بالخيمة بالرحلة',
    'أختي الصغيرة بتبكي طول الليل',
    'خايف ما أنجح بالامتحان',
    'أخوي أخد الشاحن تبعي',
    'ماما طبخت أكل زاكي اليوم',
  ]),
];
