// Held-out corpus: written last, after the lexicon was tuned, and never used to tune it. Its recall is reported
// separately as an honest estimate of how the check does on phrasings nobody wrote down. Do not add words to the
// lexicon to make these pass; move them to the tuned corpus and write new held-out entries instead.
import type { SafetyCategory, SafetyLanguage } from '../categories';
import type { CorpusEntry } from './types';

function held(language: SafetyLanguage, category: SafetyCategory | null, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category, heldOut: true }));
}

export const HELD_OUT: CorpusEntry[] = [
  ...held('en', 'physical-harm', [
    "my dad hits me",
    "mum smacks me round the face",
    "my foster carer hurt me yesterday",
    "he pinned me down and punched me",
    "my stepmum pulled me down the stairs by my hoodie",
    "i got a black eye from my brother and mum laughed",
    "the man my mum lives with kicks the dog and then me",
  ]),
  ...held('en', 'sexual-harm', [
    "someone touched me where they shouldnt",
    "my dads friend keeps asking me for nudes on insta",
    "he made me touch his willy",
    "a guy i met on tiktok keeps asking to see me naked",
    "my teacher kissed me and told me not to tell",
    "i was made to have sex with older boys at a party",
    "he puts his hand on my leg and moves it up",
  ]),
  ...held('en', 'self-harm', [
    "i cut my arms last night",
    "i have been hurting myself with a compass",
    "i keep burning myself",
    "i self harm when my mum shouts",
    "i bang my head on the floor till i feel dizzy",
    "i scratched myself so much i needed plasters",
  ]),
  ...held('en', 'suicide', [
    "i want to end my life",
    "i feel like killing myself",
    "everyone would be happier if i died",
    "i am going to take all the pills in the cupboard",
    "i dont want to live any more",
    "i am thinking about jumping off the bridge near school",
    "im going to hang myself",
    "i am tired of being alive",
  ]),
  ...held('en', 'neglect', [
    "there is nothing to eat at home",
    "my mum doesnt give us any food",
    "we have no food and no money for the meter",
    "mum is always drunk and doesnt look after us",
    "i have to feed my little brothers because nobody else does",
    "nobody has washed my uniform for weeks",
  ]),
  ...held('en', 'running-away', [
    "i am going to run away tomorrow",
    "i ran away from my carers",
    "im leaving tonight and i wont be back",
    "i stay out all night so i dont have to be at home",
    "i went missing from the children's home again",
  ]),
  ...held('en', 'criminal-exploitation', [
    "they make me carry drugs",
    "i have to sell weed for some older boys",
    "i owe a dealer money and he says i have to work it off",
    "they send me to other towns to deal",
    "the gang makes me hold knives for them",
  ]),
  ...held('en', 'feeling-unsafe', [
    "i dont feel safe",
    "i am scared of my dads girlfriend",
    "i feel scared every time he comes home",
    "he threatened to hurt me if i told anyone",
    "a stranger keeps following me after school",
    "i am not safe at my placement",
  ]),
  ...held('en', null, [
    "i want to go to the seaside",
    "my dad is taking me to the football",
    "i love my foster mum",
    "school dinners are horrible",
    "i hate doing my homework",
    "my brother keeps using my xbox",
    "i want my own phone",
    "the youth club is the best",
    "i want to see my nan more",
    "my social worker is nice but always busy",
    "i am scared of exams",
    "i hit my head on the cupboard door",
    "i got a cut on my knee from football",
    "my mum is coming to visit",
    "we played tig and i got caught",
    "i want to learn to cook curry",
    "i am bored of the same food",
    "i feel lonely sometimes at night",
    "my friend fell out with me",
    "please can we have more days out",
    "no more changing schools",
    "yes more help with college",
    "i am dying for the holidays",
    "my teacher said my work was killer",
    "i want to run a marathon",
    "i got lost in town but found my way",
    "my carers took me bowling",
    "i want a dog",
    "my little brother hit me with a lego brick",
    "i dont like my review meetings",
  ]),
  ...held('cy', 'physical-harm', [
    "mae fy nhad yn fy nharo i",
    "mae fy ngofalwr yn fy mrifo",
  ]),
  ...held('cy', 'sexual-harm', [
    "mae e'n fy nghyffwrdd i",
    "gofynnodd dyn am luniau noeth ohona i",
  ]),
  ...held('cy', 'self-harm', [
    "dw i'n niweidio fy hun bob nos",
  ]),
  ...held('cy', 'suicide', [
    "does dim pwynt i fi fyw",
  ]),
  ...held('cy', 'neglect', [
    "does dim bwyd adref",
    "does neb yn fy mwydo",
  ]),
  ...held('cy', 'feeling-unsafe', [
    "dw i ddim yn teimlo'n ddiogel",
    "mae ofn arna i o fy llystad",
  ]),
  ...held('cy', null, [
    "dw i'n hoffi pêl-droed",
    "mae'r ysgol yn ddiflas heddiw",
    "hoffwn i weld fy mrawd",
    "mae fy nghoes yn brifo ar ôl rhedeg",
    "mae fy ngofalwr yn garedig",
    "dim mwy o gyfarfodydd hir",
    "mae gen i ofn y tywyllwch",
    "dw i'n marw eisiau gweld y ffilm",
  ]),
  ...held('ar', 'physical-harm', [
    "ابي يضربني كل يوم",
    "امي ضربتني بالشبشب",
  ]),
  ...held('ar', 'sexual-harm', [
    "عمي يلمسني",
    "واحد طلب مني صور بدون ملابس",
  ]),
  ...held('ar', 'self-harm', [
    "اؤذي حالي لما ازعل",
  ]),
  ...held('ar', 'suicide', [
    "أريد أن أقتل نفسي",
  ]),
  ...held('ar', 'neglect', [
    "ما حدا بيطعمنا",
  ]),
  ...held('ar', 'running-away', [
    "بدي اهرب من البيت",
  ]),
  ...held('ar', 'feeling-unsafe', [
    "لا أشعر بالأمان في البيت",
    "انا خايفة من زوج امي",
  ]),
  ...held('ar', null, [
    "بدي اروح عالبحر",
    "اخوي بيزعجني",
    "الاكل مش طيب اليوم",
    "بدي العب كورة",
    "بحب ستي كتير",
    "بدي موبايل جديد كتير",
    "شكرا على الرحلة الحلوة",
  ]),
];
