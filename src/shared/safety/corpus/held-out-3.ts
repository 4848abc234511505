// Third held-out corpus: written after the first generalisation (class × class frames, text-speak) and measured
// before anything else changed: 40.0% recall (16/40), 6.7% false positives (2/30) — see the commit that added it.
// Its misses were then studied for the classes they lacked (a second round), so its figures since are no longer an
// estimate for unseen wording: ./held-out-4.ts is. No phrase was added to pass one entry.
import type { SafetyCategory, SafetyLanguage } from '../categories';
import type { CorpusEntry } from './types';

function held(language: SafetyLanguage, category: SafetyCategory | null, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category, heldOut: true, heldOutSet: 'held-out-3' }));
}

export const HELD_OUT_3: CorpusEntry[] = [
  ...held('en', 'physical-harm', [
    'my foster mum twisted my ear till i cried and said i deserved it',
    'dads new gf chucked a mug at my head n it cut me',
    'my brother is 7 and he came to school with a burn on his hand and said mum did it',
  ]),
  ...held('en', 'sexual-harm', [
    'theres this lad whos 19 and he keeps saying im mature for my age and wants to meet up in secret',
    'mums friend always wants me to sit on his knee and it feels wrong',
    'someone screenshotted my snaps and says theyll send them to everyone unless i send more',
  ]),
  ...held('en', 'self-harm', [
    'been using my pencil sharpener blade on my legs again',
    'i punch walls till my knuckles split',
    'does anyone else scratch themselves till it bleeds when things get bad',
  ]),
  ...held('en', 'suicide', [
    'ive been giving my stuff away to my friends cos i wont need it',
    'i looked up how to do it properly last night',
    'nothing matters and i dont wanna wake up tomorrow',
  ]),
  ...held('en', 'neglect', [
    'my mum sells our food vouchers and we eat crisps for tea',
    'the babys nappy hasnt been changed all day and mums asleep',
    'i got sent home from school cos my clothes smell and nobody washes them',
  ]),
  ...held('en', 'running-away', [
    'ive got my bag packed under my bed for when i need to go',
    'my sister hasnt been back to the home since friday and she isnt answering',
    'ive been staying at my boyfriends for a week and my carer doesnt know where i am',
  ]),
  ...held('en', 'criminal-exploitation', [
    'this older kid bought me new trainers and now says i owe him and have to do a job for him',
    'they make us take the bus to places like blackpool with stuff in our socks',
    'my mate got stabbed cos he lost the food he was meant to be holding and now they want me to take over',
  ]),
  ...held('en', 'feeling-unsafe', [
    'whenever the new lodger is in i stay in my room and dont come out',
    'my stepdad has a temper and i never know what mood hes in, i walk on eggshells',
    'theres a car thats been parked outside our house every night this week with men in it',
  ]),
  ...held('cy', 'physical-harm', ['mae fy llysfam yn fy nhaflu i yn erbyn y wal']),
  ...held('cy', 'sexual-harm', ["mae dyn ar snapchat eisiau cwrdd â fi ac yn gofyn ble dw i'n byw"]),
  ...held('cy', 'self-harm', ["dw i'n crafu fy nghroen nes ei fod yn gwaedu"]),
  ...held('cy', 'suicide', ['dw i ddim eisiau bod yn fyw rhagor']),
  ...held('cy', 'neglect', ['dyn ni ddim wedi cael swper ers dydd Sul']),
  ...held('cy', 'running-away', ['dw i wedi bod yn cysgu ar soffa ffrind ers i mi adael']),
  ...held('cy', 'criminal-exploitation', ["mae'r bois hŷn yn talu fi i fynd â bagiau i'r dre"]),
  ...held('cy', 'feeling-unsafe', ["dw i'n crynu pan dw i'n clywed ei gar e"]),
  ...held('ar', 'physical-harm', ['خالي بيضرب أخوي الصغير بالعصاية']),
  ...held('ar', 'sexual-harm', ['زوج خالتي بيحاول يبوسني لما ما حدا موجود']),
  ...held('ar', 'self-harm', ['صرت أجرح إيدي بالموس كل ليلة']),
  ...held('ar', 'suicide', ['حاسس إنه ما في داعي أكمل']),
  ...held('ar', 'neglect', ['أهلي بيتركونا بدون أكل ولا مصاري']),
  ...held('ar', 'running-away', ['طلعت من الدار وما رجعت من يومين']),
  ...held('ar', 'criminal-exploitation', ['في ناس كبار بيعطوني مصاري عشان أخبي أغراض عندي']),
  ...held('ar', 'feeling-unsafe', ['ما بحس إني بأمان لما يكون عمي بالبيت']),
  ...held('en', null, [
    'my carer chucked my old trainers out without asking',
    'i got absolutely battered at fifa by my cousin',
    'we stayed up all night at the sleepover watching scary films',
    'my sister is so annoying she keeps following me around',
    'i nearly died when i saw the price of the tickets',
    'my foster dad grabbed my arm to stop me walking into the road',
    'my bag got soaked and my homework is ruined, great',
    'im not allowed on my xbox till i finish my homework',
    'my brother owes me a tenner and wont pay me back',
    'i want to leave this school and go to college instead',
    'ive got a scar on my knee from falling off my scooter when i was 6',
    'mum forgot to pack my lunch so i had the school dinner',
    'the older kids at the bus stop are always so loud',
    'no one ever picks me for the team in pe',
    'we had a massive water fight and i got soaked',
    'im so done with this weather',
    'my keyworker drove me to my new school and it was fine',
    'i hate my haircut, my carer took me to a rubbish barber',
  ]),
  ...held('cy', null, [
    'ges i fy nghuro yn y gêm gan fy mrawd',
    "dw i'n marw eisiau mynd i'r sinema",
    'aeth fy mrawd ar goll yn y siop am bum munud',
    "mae ofn arna i o'r arholiad mathemateg",
    'dw i wedi blino ar waith cartref',
    'mae fy ngofalwr yn gwneud bwyd neis bob nos',
  ]),
  ...held('ar', null, [
    'أخوي غلبني بالبلايستيشن',
    'رح موت من الضحك على هالفيديو',
    'أمي ما خلتني أطلع مع صحابي لأنه عندي امتحان',
    'خايف من امتحان بكرة',
    'هربت من الحصة المملة',
    'بابا طبخ أكل طيب اليوم',
  ]),
];
