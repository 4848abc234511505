// English rules written as classes of words rather than phrases: who (any carer, relative or stranger, "someone",
// a sibling), what (an injury and where it came from, a covering story, something withheld as a punishment, a
// secret kept), and when or where (at night, in bed, every time he comes home). Each rule is one class × class
// frame, so it also catches phrasings nobody wrote down; each was checked against the ordinary posts of the corpus.
// Merged into ./en.ts (same word classes). Pattern syntax: see ./types.ts.
import type { LexiconRule } from './types';

export const EN_FRAME_CLASSES: Readonly<Record<string, string>> = {
  // What a hurt leaves behind ("mark" alone is a school mark, so marks are matched only on a body).
  injury:
    'burn|burns|bruis*|welt*|black eye*|fat lip|split lip|bust* lip|burst lip|nosebleed|bloody nose|broken nose|broken arm|burn marks|handprint*|finger marks|cuts|scratches',
  weapon: 'belt|stick|slipper|cane|wire|cable|hanger|spoon|lead|fist*|knife|lighter|iron|shoe|hairbrush|buckle',
  game: 'fifa|fortnite|chess|pool|football|mario|game|games|ps5|xbox|cards|uno|monopoly|tennis',
  // When: a repeated or triggered time ("every time he comes home").
  when: 'when|whenever|every time|everytime|each time|as soon as|if|after|once',
  // Something a child is kept from, as a punishment.
  withheld: 'food|dinner|tea|breakfast|lunch|meal*|supper|a drink|water|drinks|snacks|eat|to eat',
  punish: 'naughty|bad|punish*|cheeky|answer* back|rude|misbehav*|wet* the bed|in trouble|told off|wrong|mistake*|late|cry*',
  withhold: 'no|without|not allowed|not let|wont give|dont give|dont get|never get|take* away|took away|stop*|lose|lost',
};

// Things that chase, follow or wet a child without harm: "ran away from the rain", "my dog follows me everywhere".
export const EN_FRAME_SAFE: readonly string[] = [
  'away ~1 from ~1 a|the|some ~1 rain|storm|thunder|wasp*|bee|bees|spider*|goose|geese|swan*|seagull*|cow|cows|horse*|zombie*|monster|clown|ghost|waves',
  'dog|dogs|puppy|cat|kitten|pet|pets|baby|toddler ~1 follows|follow|followed|following ~1 me|us',
  'do ~1 this|my|the|that|these ~1 maths|homework|work|essay|revision|coursework|question*|level|exam|test|quiz|puzzle|game|job|project|sums',
  '$hitting|battered|beaten|beat|smashed|destroyed|thrashed|hammered|killed ~3 at|in|on ~1 $game',
  'grab*|grabbed|pull*|pulled ~2 my|me ~1 arm|hand|hood|coat ~3 to ~1 stop ~1 me ~2 falling|walking into|running into|getting hit|crossing|going in the road',
  // School marks: "a good mark from my teacher".
  'good|bad|top|high|low|great|better|best|full|pass ~1 mark|marks',
  'marks|mark ~2 in|for|on ~1 my|the|a|an|this ~1 test|exam|essay|homework|work|quiz|mock|mocks|coursework',
  'no ~1 food|eating|drinks|snacks ~1 in|at ~1 the|our|my ~1 bedroom*|classroom|library|lessons|class|car|lounge',
];

export const EN_FRAME_RULES: readonly LexiconRule[] = [
  {
    category: 'physical-harm',
    patterns: [
      // An injury and where it came from: "bruises again and he said its from our dad", "a fat lip off my stepdad".
      '$injury ~8 from|off|by|cos|because|after ~3 $agent|$weapon',
      'marks|mark|lines|red marks|stripes ~2 on|all over|across|down ~1 my|her|his ~1 $bodypart|$skin|bum|bottom|legs|back',
      '$injury ~8 said|says|told ~3 $agent ~1 did|done ~1 it|that|this',
      // Pain on a named body part, and being told it was deserved.
      'twist*|bent|bends|yank*|crush*|pinch*|squeez* ~1 my|her|his ~1 $bodypart|wrist|wrists|fingers|hand',
      '$agent ~4 said|says|told|tells ~2 i|me|we|us ~1 deserved|deserve|deserves|asked for ~1 it',
      // A covering story: "i told school i fell over but i didnt", "he makes me say i walked into a door".
      'told|tell|say|said|says|pretend*|lie|lied|lying ~4 i|she|he|we ~1 fell|tripped|walked into|bumped|slipped ~6 but|wasnt|didnt|really|actually|not true|lie',
      '$force|told|tells|said ~2 me|us ~2 say|tell|lie|to say|to tell|to lie ~4 fell|tripped|walked into|accident',
      '$agent ~3 gets|got|getting|goes|went|is|was ~1 rough|violent|physical|handy ~2 with ~1 $me|my|her|him|them|$end|when|again',
      'pull*|drag*|push*|shov*|threw|throw*|kick* ~1 me|us|her|him ~3 down|up|across|into|out of ~1 the|my ~1 stairs|wall|floor|door|room|street',
    ],
  },
  {
    category: 'sexual-harm',
    patterns: [
      // A secret kept about what someone does: "i cant tell anyone what he does", "he said its our secret".
      '$neg|not to ~2 tell|say ~3 anyone|anybody|nobody|no one|mum|you|people ~3 what|about ~2 he|she|they|$agent ~1 does|did|do|done|makes|made',
      '$agent ~2 said|says|told|tells ~2 me|us|its|it is|this is|keep|keeping ~2 our ~1 secret|special secret|little secret',
      // Someone in a child's bed, a sibling in the third person, a frame of night or being alone.
      '$agent|one of ~4 get*|got|climb*|sleep*|slept|come*|came|creep*|lie|lies|lay|sneak* ~2 in|into ~1 my|our|her ~1 bed',
      '$agent ~3 does|did|doing|do|done ~1 stuff|things ~1 to ~2 her|him|them|my sister|my brother ~3 night|nights|bed|bedroom|room|bath|shower|alone|when|$end',
      // Money or gifts for pictures: "hed give me money if i sent videos".
      'money|cash|pay|paid|vbucks|robux|vapes|gifts ~6 if|for|to ~2 i|me|we ~2 send|sent|sending|show|film ~3 pic*|photos|videos|vids|nudes|snaps|myself',
      // Grooming lines and secrecy: "mature for my age", "meet up in secret", "sit on his knee".
      'mature ~2 for ~1 my|your|ur|her|his ~1 age',
      'meet|meet up|see me|hang out|come round|pick me up ~3 in secret|secretly|without telling|without anyone knowing|dont tell',
      'wants|wanted|makes|made|asks|asked|tells|told ~2 me|us|her ~2 sit ~1 on ~1 his|her ~1 knee|knees|lap',
      'share|post|send|show|leak|spread ~2 them|it|my|the ~3 everyone|online|my school|my friends|my family ~3 unless|if i dont|or else|if i wont',
      'unless|or else|if i dont ~2 i|we ~1 send|do|sent ~1 more|another|again',
      'hand|hands ~1 on ~1 my ~1 leg|legs|thigh*|knee|bum|chest|body ~4 up|higher|under|inside|rubs|strokes',
    ],
  },
  {
    category: 'self-harm',
    patterns: [
      'stuff|things|$skin|myself ~5 so ~1 i ~2 can|could ~1 feel ~1 something|anything|pain|real|alive',
      'scars|cuts|cutting|self harm|selfharm|harming ~8 i|now i ~2 do|did|started|tried ~1 it|that ~1 too|as well',
      'till|until ~2 my|they|it ~1 knuckles|hands|skin|arms ~1 bleed*|bled|bruise*|split|crack|raw|break open',
      'punch*|hit*|smash* ~1 wall|walls|the wall|mirrors ~3 till|until|every|when|so',
      'bang|bangs|banging|smash|smashing ~1 my ~1 head ~1 on|into ~2 the|a ~1 wall|walls|floor|door|table|desk|mirror',
    ],
  },
  {
    category: 'suicide',
    patterns: [
      'point ~2 in|of ~1 anything|everything|it all|any of it|trying|me ~2 anymore|any more|now|$end|if|when|i',
      'letters|letter|notes|note ~3 for|to ~1 everyone|everybody|my family|them all ~4 in case|incase|goodbye|when im gone|$end',
      '$neg ~4 see|imagine ~1 myself|me ~2 being|still|be ~1 alive|here|around ~2 next|in|by|at|till',
      '$neg ~4 be|being|make it ~1 alive ~1 next|by|till|to|at ~2 year|week|month|birthday|christmas',
      '$neg ~4 can|could ~1 keep ~1 living|existing|being alive|breathing',
      'giv*|gave ~3 away ~8 wont|will not|not going to|dont ~1 need',
      '$want ~2 disappear|vanish ~1 forever|for good|and never',
      'everyone|everybody|they|my family|people ~2 would|will|d ~1 be ~1 happier|better|easier ~3 if|without ~2 i|me ~2 wasnt|was gone|didnt exist|$end',
    ],
  },
  {
    category: 'neglect',
    patterns: [
      // Food or drink kept back as a punishment, in either order: "im not allowed food if im naughty".
      '$withhold ~2 $withheld ~8 $punish',
      '$punish ~8 $withhold ~2 $withheld',
      'not ~1 allowed|let ~1 $withheld ~3 if|when|until|till|unless|for ~2 i|we|im|were|days|hours',
      'send|sent|sends ~2 me|us ~2 to ~1 bed|my room ~2 with no|without|no ~1 tea|dinner|food|supper|eating',
      // Care not given: "the babys nappy hasnt been changed all day".
      'hasnt|not|never|havent|isnt ~2 been ~1 changed|fed|washed|bathed|cleaned ~3 all day|for days|since|in days|for hours|all week',
      // Treated worse than the carer's own children.
      'only ~4 her|his|their ~1 own ~1 kids|children',
      'her|his|their ~1 own ~1 kids|children ~6 we|i ~3 dont|not|never|nothing|less|leftovers',
      'same ~1 clothes|pants|socks|underwear|knickers ~4 all week|a week|for ages|since|weeks|days|every day',
      // Left to care for themselves or the younger ones, because nobody else does.
      'have to|has to|had to|got to|always ~3 look after|feed|cook for|make tea for|get ready|wash ~4 $family|myself|brothers|sisters|siblings|little ones ~6 because|as|since ~3 nobody|no one|noone|never there|never home|not there|not home|always out|always drunk|in bed',
      'make|makes|making|cook|cooks ~2 my|our ~1 own ~1 tea|dinner|food|meals ~4 because|every night|every day|nobody|no one',
      'look|looking|looks|looked ~1 after ~4 $family|brothers|sisters|siblings|little ones ~3 on my own|by myself|alone ~3 night|nights|days|weekend|all|every|most',
      '$neg ~2 give|gives|gave|buy|buys ~2 me|us ~2 any|enough|proper ~1 food|dinner|tea|meals',
      'nobody|no one|noone|never ~2 washed|washes|cleaned|cleans|buys|bought|gets|got ~3 my|our|me|us|new ~2 uniform|clothes|shoes|sheets|ones ~4 weeks|months|ages|days|$end|because',
    ],
  },
  {
    category: 'running-away',
    patterns: [
      'packed|ready ~6 when|in case|incase|if ~1 i ~1 need|have|want ~1 to ~1 go|leave|run|get out',
      'hasnt|havent|not|never ~2 been|come|came ~1 back|home ~4 since|for ~2 *day|last night|the weekend|days|ages',
      'if ~6 im|ill|i will|i am ~1 off|gone|outta here|leaving|running|do one ~0 $end|for good|and|tonight',
      'been|im|was|gone ~1 missing ~3 day|days|nights|night|weeks|hours|since',
      'they|nobody|no one|noone ~2 wont|never|cant|not ~1 find ~1 me|us ~0 $end|again|ever',
      'gonna|going to|im|ill ~1 do ~1 one ~0 $end|tonight|from|and',
      'leaving|leave|going|off|gone ~4 wont|will not|not|never ~1 be ~1 back|coming back|come back',
    ],
  },
  {
    category: 'criminal-exploitation',
    patterns: [
      'if ~1 i|we ~1 dont|do not|wont|refuse|say no|stop ~6 they|he|she|theyd|hed ~1 will|would|gonna|going to ~3 hurt|beat|stab|batter|shoot|jump|burn|smash|kill ~2 me|us|my ~1 $family|dad|family',
      'paying|pays|paid|pay ~2 me|us ~2 to ~1 take|carry|drop|deliver|hold|move|keep|hide ~3 bags|packages|parcels|stuff|packs ~3 flat|house|address|car|town|someone|them',
      'owe|owes|owed|owing ~2 him|them|her ~6 have to|got to|must|make me|makes me ~2 do ~1 a|some ~1 job|jobs|favour|favours|run|runs ~1 for',
      'bought|buys|buying|gave|gives|given ~2 me|us ~10 owe|owes|debt|pay him back|pay them back|pay it back',
      'stuff|things|drugs|packages|bags|it|wraps ~2 in|inside|down ~1 my|our ~1 socks|pants|boxers|bra|shoes|underwear|trainers',
    ],
  },
  {
    category: 'feeling-unsafe',
    patterns: [
      '$scared ~5 $when ~3 he|she|they|$agent|his|her|their ~2 comes|come|gets|get|is|are|car|van|voice|footsteps|key|keys|home|back|drunk|angry|mad|pull*',
      '$scared ~3 $when ~2 i ~1 hear|see ~2 his|her|their|him|them',
      '$neg ~3 want|wanna ~2 go|going ~1 home|back home ~1 tonight|ever|again|$end',
      '$scared|unsafe ~3 in|at ~1 my ~1 own ~1 home|house|room|bed',
      'feel|feeling|felt ~2 $scared ~2 at ~1 home|my placement|placement',
      'man|men|someone|somebody|stranger*|guy|guys|bloke|lads|car|van ~3 wait*|watch*|hangs around|parks|parked|sits|stands ~2 outside|near|by|at ~2 school|my house|our house|home|my flat|gates',
      // Keeping out of someone's way, never knowing their mood.
      '$when ~4 $agent ~3 in|home|here|around|back|drunk ~4 stay|hide|lock*|locked|keep ~3 my|the ~1 room|bedroom|door',
      'walk|walking|walked ~1 on ~1 eggshells',
      // Barricading a bedroom door.
      'chair|wardrobe|bed|desk|drawers|something ~3 against|behind|under|in front of ~1 my|the ~1 door|door handle',
    ],
  },
];
