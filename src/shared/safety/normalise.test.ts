import { describe, expect, it } from 'vitest';
import { normaliseForSafety } from './normalise';

describe('normaliseForSafety', () => {
  it.each<[string, string]>([
    // Invisible and formatting characters
    ['self\u200bharm', 'selfharm'],
    ['se\u00adlf ha\u00adrm', 'self harm'],
    ['self\u2060harm', 'selfharm'],
    ['k\u200dil\u200cl', 'kil'],
    ['\u202ehurt\u202c', 'hurt'],
    ['hurt\ufe0f', 'hurt'],
    // Look-alike letters: Cyrillic, fullwidth, mathematical bold and sans-serif
    ['ѕеlf һаrm', 'self harm'],
    ['kіll', 'kil'],
    ['ｓｅｌｆ ｈａｒｍ', 'self harm'],
    ['𝐬𝐞𝐥𝐟 𝐡𝐚𝐫𝐦', 'self harm'],
    ['𝗵𝗶𝘁𝘀', 'hits'],
    // Leetspeak and repeated letters
    ['h1ts', 'hits'],
    ['s3lf', 'self'],
    ['k1ll', 'kil'],
    ['h@te', 'hate'],
    ['$elf', 'self'],
    ['hurrrts', 'hurts'],
    ['I am 14', 'i am 14'],
    ['help!', 'help'],
    // Separators between letters
    ['s-e-l-f', 'self'],
    ['s.e.l.f', 'self'],
    ['s_e_l_f', 'self'],
    ['s e l f h a r m', 'selfharm'],
    ['self-harm', 'self harm'],
    ['he_hits_me', 'he hits me'],
    // Accents and apostrophes
    ["don't", 'dont'],
    ["mae'n", 'maen'],
    ['ŵy', 'wy'],
    // Arabic: tatweel, harakat, letter variants
    ['ضـــربني', 'ضربني'],
    ['ضَرَبَنِي', 'ضربني'],
    ['أريد أن أموت', 'اريد ان اموت'],
    ['إيذاء', 'ايذا'],
    ['آذاني', 'اذاني'],
    ['يؤذيني', 'ياذيني'],
    ['خائف', 'خاف'],
    ['مستشفى', 'مستشفي'],
    ['حياة', 'حياه'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseForSafety(text)).toBe(expected);
  });

  it('is the same for a council term and the text it must find', () => {
    expect(normaliseForSafety('Trap House')).toBe(normaliseForSafety('TRAP HOUSE'));
    expect(normaliseForSafety('t.r.a.p house')).toBe('trap house');
  });
});
