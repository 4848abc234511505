// The council's published offer as open data, shaped like Open Referral UK's service profile so directories that
// compare councils' offers can read it. The mapping, item → service:
//
//   id                  → id                  the item's id (stable across versions)
//   title               → name                in the asked language, English where there is no translation
//   summary + body      → description         summary, a blank line, then the body (Markdown, as staff wrote it)
//   —                   → url                 left out: items have no page of their own
//   —                   → status              'active' (only published items are listed)
//   amount              → cost_options[]      one option: amount in pounds, `option` the period (once, week, month,
//                                             year), amount_description the note; `fees` says the same in words.
//                                             No amount: no cost options and fees "Free".
//   eligibility ages    → eligibilitys[]      minimum_age / maximum_age (whole years, both ends included), with the
//                                             statuses in words as `eligibility`
//   languages           → languages[]         one per BCP 47 code the help is given in
//   lastChecked         → assured_date        when someone last checked it is still right
//   publishedAt         → last_modified
//   the rest            → heard               category, statutory key, statuses, out of area, in education, UASC,
//                                             nations, how to claim, who to ask, version and change note
import type { OfferItem } from '../../../../shared/offer';
import { pickText } from '../../../../shared/pick-text';
import type { LocalizedText } from '../../../../shared/text';

export const OPEN_DATA_LANGUAGES = ['en', 'cy', 'ar'] as const;
export type OpenDataLanguage = (typeof OPEN_DATA_LANGUAGES)[number];

const STATUS_WORDS = { eligible: 'eligible', relevant: 'relevant', 'former-relevant': 'former relevant', qualifying: 'qualifying' } as const;

const money = (pence: number) => Math.round(pence) / 100;

function eligibilityWords(item: OfferItem): string {
  const statuses = item.eligibility.statuses.map((s) => STATUS_WORDS[s]);
  return statuses.length === 0 ? 'Care leavers' : `Care leavers who are ${statuses.join(', ')}`;
}

export function toOpenReferralService(item: OfferItem, lang: OpenDataLanguage) {
  const text = (t: LocalizedText) => pickText(t, lang).text;
  const maybe = (t: LocalizedText | null) => (t ? text(t) : null);
  const e = item.eligibility;
  return {
    id: item.id,
    name: text(item.title),
    description: `${text(item.summary)}\n\n${text(item.body)}`,
    status: 'active',
    fees: item.amount ? null : 'Free',
    cost_options: item.amount
      ? [{ id: `${item.id}-cost`, option: item.amount.per, amount: money(item.amount.pence), amount_description: maybe(item.amount.note) }]
      : [],
    eligibilitys: [{ id: `${item.id}-eligibility`, eligibility: eligibilityWords(item), minimum_age: e.minAge, maximum_age: e.maxAge }],
    languages: item.languages.map((language) => ({ id: `${item.id}-${language}`, language })),
    assured_date: item.lastChecked,
    last_modified: item.publishedAt,
    heard: {
      category: item.category,
      statutory: item.statutory,
      statuses: e.statuses,
      outOfArea: e.outOfArea,
      inEducation: e.inEducation,
      uasc: e.uasc,
      nations: e.nations,
      howToClaim: maybe(item.howToClaim),
      whoToAsk: maybe(item.whoToAsk),
      version: item.version,
      changeNote: maybe(item.changeNote),
    },
  };
}

/** The same offer always gives the same document (no time of asking in it), so its hash can be the ETag. */
export function toOpenData(council: { id: string; name: string }, items: readonly OfferItem[], lang: OpenDataLanguage) {
  return {
    organization: { id: council.id, name: council.name },
    language: lang,
    last_published_at: items.reduce<string | null>((last, i) => (last === null || i.publishedAt > last ? i.publishedAt : last), null),
    total: items.length,
    services: items.map((i) => toOpenReferralService(i, lang)),
  };
}
