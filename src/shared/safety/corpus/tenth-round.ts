// Tenth-round corpus: written as a second held-out set after the ninth round (then 58/79 disclosures caught, 1/43
// ordinary posts flagged: English 29/49, Welsh 14/15, Arabic 15/15), then used to widen the lexicon, so it now
// counts as tuned corpus. The held-out set is ./held-out.ts.
import type { SafetyCategory, SafetyLanguage } from '../categories';
import type { CorpusEntry } from './types';

function entries(language: SafetyLanguage, category: SafetyCategory | null, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category }));
}

export const TENTH_ROUND: CorpusEntry[] = [
  ...entries('en', 'physical-harm', [
    "my stepmum throws plates at me when shes in a mood",
    "he punched me in the ribs so nobody would see",
    "my foster carer dragged me out of bed by my ankle",
    "mum hits me with the remote when i answer back",
    "i have a cut on my lip where he hit me",
    "my dad choked me against the fridge",
    "they beat up my little brother and made me watch",
  ]),
  ...entries('en', 'sexual-harm', [
    "my friends older brother touched me while i was asleep",
    "a man at the bus stop showed me his privates",
    "he told me to send him a photo of me in my bra",
    "my boyfriend shares my photos with his mates without asking",
    "someone i met on snapchat wants me to meet him at a hotel",
    "my stepdad says things about my body that make me feel sick",
    "he put his hand down my trousers",
  ]),
  ...entries('en', 'self-harm', [
    "ive started scratching my wrists again",
    "i punch walls till my knuckles bleed so i feel something",
    "i took a blade to my leg last night",
    "im trying not to cut but i really want to",
    "i burnt my arm with a hot spoon on purpose",
  ]),
  ...entries('en', 'suicide', [
    "i keep thinking it would be easier if i just wasnt alive",
    "tonight is the night i end it",
    "i have been saving my tablets for when i am ready",
    "i dont want to wake up in the morning",
    "i want to kill myself and i have a plan",
    "what is the point in me being here",
    "i think about jumping off the car park roof",
    "i feel like i should just die",
  ]),
  ...entries('en', 'neglect', [
    "there is never any food left for me by the time i get home",
    "we havent had hot water or heating for weeks",
    "my mum locks the fridge so we cant eat",
    "my dad goes to the pub and leaves us alone all night",
    "i have had the same clothes on for a week because we have no washing machine",
    "nobody makes sure i go to school or eat",
  ]),
  ...entries('en', 'running-away', [
    "i am going to pack a bag and go tonight",
    "i went missing for two days and nobody looked for me",
    "i want to run and never come back to that house",
    "i have been sleeping at random peoples houses so i dont have to go home",
    "next time i am not coming back",
  ]),
  ...entries('en', 'criminal-exploitation', [
    "the olders gave me a phone and i have to answer it whenever it rings",
    "they made me go to another city and stay in a flat to sell",
    "i have to hide stuff inside me when we travel",
    "i got robbed of their stuff and now they say i owe them",
    "they pay me to carry bags and if i stop they will hurt my mum",
  ]),
  ...entries('en', 'feeling-unsafe', [
    "i feel really unsafe around my mums boyfriend",
    "i am scared to go home after school",
    "someone keeps sending me messages saying they will get me",
    "he said he will burn the house down if i tell",
    "i dont feel safe at my placement at night",
    "please can someone come and get me",
  ]),
  ...entries('en', null, [
    "i want to go to the trampoline park for my birthday",
    "my carer made pancakes this morning",
    "i hate getting up early for school",
    "my friend pushed me in the pool at the party lol",
    "i got a detention for not doing homework",
    "i want to see my brothers more often",
    "my phone is broken and i need a new one",
    "the teachers are always shouting at us",
    "my social worker is leaving and i am sad",
    "i miss my old foster carers",
    "i scored a goal and everyone cheered",
    "i want more pocket money for clothes",
    "i like living with my nan",
    "i am nervous about starting college",
    "the bus is always late",
    "i love baking cakes",
    "my sister annoys me when she takes my stuff",
    "can we have more trips to the zoo",
    "i want to learn to play the drums",
    "my mum is ill and i worry about her",
    "i cant sleep when its too hot",
    "the park is closed because of flooding",
    "my carer and me watched a scary film",
    "i felt left out at lunch",
    "i want my own bedroom",
    "i fell off the climbing wall and bruised my leg",
    "we lost the quiz by one point",
    "i hate broccoli",
    "i want to go home to my mum one day",
  ]),
  ...entries('cy', 'physical-harm', [
    "mae fy llystad yn fy nyrnu i yn fy mol",
    "mae mam yn fy slapio i pan dw i'n crio",
  ]),
  ...entries('cy', 'sexual-harm', [
    "mae dyn yn y parc yn dangos ei rannau preifat i fi",
    "mae e'n cyffwrdd â fi o dan fy nillad",
  ]),
  ...entries('cy', 'self-harm', [
    "dw i wedi torri fy hun gyda rasel",
    "dw i'n niweidio fy hun pan dw i'n grac",
  ]),
  ...entries('cy', 'suicide', [
    "dw i ddim eisiau bod yn fyw ddim mwy",
    "dw i'n meddwl am ladd fy hun drwy'r amser",
    "byddai pawb yn hapusach hebdda i",
  ]),
  ...entries('cy', 'neglect', [
    "does dim bwyd gyda ni a mae mam yn cysgu",
    "maen nhw'n fy ngadael i ar ben fy hun drwy'r nos",
  ]),
  ...entries('cy', 'running-away', [
    "dw i'n mynd i redeg i ffwrdd a pheidio dod nôl",
  ]),
  ...entries('cy', 'criminal-exploitation', [
    "maen nhw'n gwneud i fi gario pecynnau o gyffuriau",
  ]),
  ...entries('cy', 'feeling-unsafe', [
    "dw i ddim yn teimlo'n ddiogel o gwbl gartref",
    "mae gen i ofn mawr o fy nhad",
  ]),
  ...entries('cy', null, [
    "dw i'n hoffi nofio yn y môr",
    "mae fy mrawd yn ddoniol",
    "hoffwn i fwy o dripiau ysgol",
    "mae'r bws yn hwyr eto",
    "dw i eisiau ffôn newydd",
    "dw i'n nerfus am yr arholiad",
    "dw i'n caru fy nghath",
  ]),
  ...entries('ar', 'physical-harm', [
    "ابوي ضربني بالعصاية على ظهري",
    "زوجة ابي بتضربني كل ما ابوي يطلع",
  ]),
  ...entries('ar', 'sexual-harm', [
    "ابن الجيران بيلمسني غصب عني",
    "واحد كبير عالنت بدو صور الي بدون تياب",
  ]),
  ...entries('ar', 'self-harm', [
    "بجرح حالي كل ليلة",
    "بأذي نفسي لما حد يصرخ علي",
  ]),
  ...entries('ar', 'suicide', [
    "بفكر اموت حالي",
    "ما بدي عيش بعد اليوم",
    "يا ريتني ما انولدت",
  ]),
  ...entries('ar', 'neglect', [
    "ما في اكل بالبيت من امبارح",
    "امي بتتركنا وحدنا ايام",
  ]),
  ...entries('ar', 'running-away', [
    "بدي اهرب من الدار ما بقدر اتحمل",
  ]),
  ...entries('ar', 'criminal-exploitation', [
    "بيجبروني اوزع حبوب بالمدرسة",
  ]),
  ...entries('ar', 'feeling-unsafe', [
    "مش حاسس بالامان ابدا بالبيت",
    "خايف من زوج امي كتير",
  ]),
  ...entries('ar', null, [
    "بحب العب فوتبول مع صحابي",
    "بدي اروح عالبحر بالصيف",
    "المدرسة حلوة بس الواجبات كتير",
    "امي طبخت مقلوبة",
    "خايف من امتحان الانجليزي",
    "اخوي الصغير بيزعجني",
    "بحب القطط",
  ]),
];
