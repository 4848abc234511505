// The safety check as it was before issue 7 (regular expressions over lightly normalised text), copied from
// git (src/shared/safety/assess-text.ts at d7b3a9c) so bench/safety-report.ts can give "before" figures on
// the same corpus. Not used by Heard.

type PersonalDetailKind = 'phone' | 'email' | 'address' | 'name' | 'school' | 'social-handle';
interface TextAssessment {
  disclosure: boolean;
  personalDetails: PersonalDetailKind[];
}

/** Normalise: lower case, curly quotes to straight, apostrophes dropped, spaces collapsed. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u0060\u00b4']/g, '')
    .replace(/\s+/g, ' ');
}

// Phrases children use about harm, written without apostrophes (normalise drops them).
const DISCLOSURE_PATTERNS: readonly RegExp[] = [
  /\b(hurts?|hurting|hurted|hit|hits|hitting|beats?|beating|kicks?|kicked|punch(es|ed)?|slaps?|slapped|chok(e|es|ed|ing)|strangl\w*|burn(s|ed|t)?) (me|us|my (brother|sister|mum|mom|dad))\b/,
  /\b(he|she|they|my (carer|foster \w+|dad|mum|mom|step\w*|uncle|brother|boyfriend|girlfriend)) (hit|hits|hurt|hurts|touch(es|ed)?|beat|beats|kicked|locks?|locked) me\b/,
  /\btouch(es|ed|ing)? me\b/,
  /\b(abuse|abused|abusing|abuses|rape|raped|raping|molest\w*|grooming|groomed)\b/,
  /\b(sexual|sex) (stuff|things|pictures|pics|photos)\b/,
  /\bsen(t|d|ding) (me )?(nudes|pics|pictures|photos) (of|to)\b/,
  /\bmade (me|to) (do|send|watch)\b/,
  /\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (my ?self|myself)\b/,
  /\b(self ?harm\w*|suicid\w*|overdose\w*)\b/,
  /\b(want|wanna|going) to die\b/,
  /\bwanna die\b/,
  /\bdont want to (live|be alive|be here anymore)\b/,
  /\bend it all\b/,
  /\b(scared|frightened|afraid|terrified) (to go home|of (him|her|them|my \w+)|to go back)\b/,
  /\b(not|dont feel|never feel) safe\b/,
  /\bunsafe\b/,
  /\brunning away\b|\brun away\b/,
  /\b(no|not enough|never any) food\b|\bstarving\b|\bnot fed\b/,
  /\bthreaten(s|ed|ing)? (me|to)\b/,
  /\b(drugs?|weed) (for|from) (him|her|them)\b|\bmade to (sell|carry)\b/,
  // Welsh
  /\b(yn fy mrifo|cam-drin|camdrin|eisiau marw|ddim yn ddiogel|hunan-niweidio|hunan niweidio)\b/,
];
// Arabic (no \b: word boundaries do not apply to Arabic script in JS regexps).
const ARABIC_DISCLOSURE: readonly RegExp[] = [/يضربني|يؤذيني|تضربني|تؤذيني|اعتداء|تحرش|أريد أن أموت|اريد ان اموت|انتحار|لست بأمان|لا أشعر بالأمان/];

const PERSONAL_PATTERNS: ReadonlyArray<[PersonalDetailKind, RegExp]> = [
  ['email', /[^\s@]+@[^\s@]+\.[a-z]{2,}/i],
  // UK phone numbers: 07xxx xxxxxx, +44 7..., 01xxx/02x landlines, with spaces or dashes; Arabic-Indic digits too.
  ['phone', /(\+?44\s?\(?0?\)?|\b0)[\s-]?\d(?:[\s-]?\d){8,9}\b/],
  ['phone', /[٠-٩]{7,}/],
  ['social-handle', /(^|\s)@[a-z0-9_.]{2,}/i],
  ['social-handle', /\b(snap(chat)?|insta(gram)?|tiktok|ig)\s*(is|:|-)?\s*@?[a-z0-9_.]{3,}/i],
  // Postcodes (e.g. SO23 8UJ) and street addresses (e.g. 12 Acacia Road).
  ['address', /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i],
  [
    'address',
    /\b\d{1,4}[a-z]?,?\s+([A-Z][a-z]+\s+){1,3}(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|gardens|place|terrace|grove|hill)\b/i,
  ],
  ['school', /\b([A-Z][\w'-]+\s+){1,4}([Ss]chool|[Aa]cademy|[Cc]ollege|[Pp]rimary|[Gg]rammar)\b/],
  ['name', /\bmy name is\s+[A-Za-z]{2,}/i],
  ['name', /\b(i am|im|i'm)\s+[A-Z][a-z]{2,}\b(?!\s+(years|and|so|not|in|at|from|happy|sad|scared))/],
  ['name', /\b(Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+[A-Z][a-z]+/],
  [
    'name',
    /\b[Mm]y (social worker|sw|carer|foster (mum|mom|dad|carer)|iro|pa|personal adviser|teacher|key worker|support worker|advocate)(,)?\s+(is\s+)?[A-Z][a-z]+/,
  ],
];

export function assessTextBaseline(text: string): TextAssessment {
  const plain = normalise(text);
  const disclosure = DISCLOSURE_PATTERNS.some((p) => p.test(plain)) || ARABIC_DISCLOSURE.some((p) => p.test(text));
  const kinds = new Set<PersonalDetailKind>();
  for (const [kind, pattern] of PERSONAL_PATTERNS) {
    if (pattern.test(text)) kinds.add(kind);
  }
  return { disclosure, personalDetails: [...kinds] };
}
