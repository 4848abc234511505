// Personal details a young person may have put in a post (phone, email, address, names, school, social
// handles): a moderator must remove them before anything is shown. Checked on the text as typed.

export type PersonalDetailKind = 'phone' | 'email' | 'address' | 'name' | 'school' | 'social-handle';

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

export function findPersonalDetails(text: string): PersonalDetailKind[] {
  const kinds = new Set<PersonalDetailKind>();
  for (const [kind, pattern] of PERSONAL_PATTERNS) {
    if (pattern.test(text)) kinds.add(kind);
  }
  return [...kinds];
}

/** What stands in for a personal detail that was taken out. */
export const REDACTED = '[removed]';

/**
 * The text with every personal detail findPersonalDetails knows replaced by REDACTED: for words no person may read
 * with the details in them (anonymous survey answers), where a moderator does not edit each one by hand.
 */
export function redactPersonalDetails(text: string): string {
  let out = text;
  for (const [, pattern] of PERSONAL_PATTERNS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    out = out.replace(global, (match, lead: unknown) =>
      // The social-handle pattern keeps the space it starts with.
      typeof lead === 'string' && /^\s+$/.test(lead) && match.startsWith(lead) ? `${lead}${REDACTED}` : REDACTED,
    );
  }
  return out;
}
