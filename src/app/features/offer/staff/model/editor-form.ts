// The offer editor's form as typed (every box a string) and the item input it becomes: pounds to whole pence, blank
// ages to "no limit", the three languages' words to localized text. Checked with the same zod schema the server uses,
// so a problem is named beside its field before anything is sent.
import type { z } from 'zod';
import type { OFFER_AMOUNT_PER } from '../../../../../shared/offer';
import { CARE_LEAVER_STATUSES, type CareLeaverStatus, type Condition, type OfferCategory, type StatutoryKey } from '../../../../../shared/offer';
import { offerItemInputSchema, type OfferItemFields, type OfferItemInput } from '../../../../../shared/offer-staff';
import type { Nation } from '../../../../../shared/requests/request';
import type { LocalizedText } from '../../../../../shared/text';

export const TEXT_FIELDS = ['title', 'summary', 'body', 'howToClaim', 'whoToAsk', 'amountNote'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const FORM_LANGUAGES = ['en', 'cy', 'ar'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];
export type AmountPer = (typeof OFFER_AMOUNT_PER)[number];

export interface EditorForm {
  category: OfferCategory;
  text: Record<FormLanguage, Record<TextField, string>>;
  /** Pounds as typed ("3,000", "£12.50"); blank: no amount. */
  pounds: string;
  per: AmountPer;
  minAge: string;
  maxAge: string;
  statuses: CareLeaverStatus[];
  outOfArea: Condition;
  inEducation: Condition;
  uasc: Condition;
  nations: Nation[];
  /** Language codes, separated by commas or spaces ("en, cy, ar"). */
  languages: string;
  statutory: StatutoryKey | '';
  lastChecked: string;
  checkBy: string;
  owner: string;
  sortOrder: string;
}

const blankTexts = (): Record<TextField, string> => ({ title: '', summary: '', body: '', howToClaim: '', whoToAsk: '', amountNote: '' });

/** A new item: checked today, to be checked again in a year. */
export function blankForm(today: string): EditorForm {
  return {
    category: 'money',
    text: { en: blankTexts(), cy: blankTexts(), ar: blankTexts() },
    pounds: '',
    per: 'once',
    minAge: '16',
    maxAge: '24',
    statuses: [],
    outOfArea: 'any',
    inEducation: 'any',
    uasc: 'any',
    nations: [],
    languages: 'en',
    statutory: '',
    lastChecked: today,
    checkBy: addYear(today),
    owner: '',
    sortOrder: '0',
  };
}

function addYear(day: string): string {
  const [y, m, d] = day.split('-');
  const date = new Date(Date.UTC(Number(y) + 1, Number(m) - 1, Number(d)));
  return Number.isNaN(date.getTime()) ? day : date.toISOString().slice(0, 10);
}

/** Whole pence as pounds for the box: 300000 → "3000", 1250 → "12.50". */
export function penceToPounds(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, '0')}`;
}

/** "£3,000", "3000.5", "12.50" → whole pence; null when it is not an amount of money. */
export function poundsToPence(typed: string): number | null {
  const plain = typed.replace(/[£,\s]/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(plain);
  if (!match) return null;
  const pence = (match[2] ?? '').padEnd(2, '0');
  return Number(match[1]) * 100 + Number(pence);
}

export function formFromFields(fields: OfferItemFields): EditorForm {
  const text = { en: blankTexts(), cy: blankTexts(), ar: blankTexts() };
  const put = (field: TextField, value: LocalizedText | null | undefined) => {
    for (const lng of FORM_LANGUAGES) text[lng][field] = value?.[lng] ?? '';
  };
  put('title', fields.title);
  put('summary', fields.summary);
  put('body', fields.body);
  put('howToClaim', fields.howToClaim);
  put('whoToAsk', fields.whoToAsk);
  put('amountNote', fields.amount?.note);
  const e = fields.eligibility;
  return {
    category: fields.category,
    text,
    pounds: fields.amount ? penceToPounds(fields.amount.pence) : '',
    per: fields.amount?.per ?? 'once',
    minAge: e.minAge === null ? '' : String(e.minAge),
    maxAge: e.maxAge === null ? '' : String(e.maxAge),
    statuses: [...e.statuses],
    outOfArea: e.outOfArea,
    inEducation: e.inEducation,
    uasc: e.uasc,
    nations: [...e.nations],
    languages: fields.languages.join(', '),
    statutory: fields.statutory ?? '',
    lastChecked: fields.lastChecked,
    checkBy: fields.checkBy,
    owner: fields.owner,
    sortOrder: String(fields.sortOrder),
  };
}

/**
 * One text in three languages. A required text always has its English (blank when not typed, so the check names
 * `<field>.en`); an optional one is null when nothing is typed in any language.
 */
function localized(form: EditorForm, field: TextField, required: boolean): LocalizedText | null {
  const [en, cy, ar] = FORM_LANGUAGES.map((lng) => form.text[lng][field].trim());
  if (!required && !en && !cy && !ar) return null;
  return { en: en ?? '', ...(cy ? { cy } : {}), ...(ar ? { ar } : {}) };
}

/** A whole number of years, null when blank, NaN when it is not a whole number (the check names it). */
function age(typed: string): number | null {
  const t = typed.trim();
  if (!t) return null;
  return /^\d{1,2}$/.test(t) ? Number(t) : Number.NaN;
}

/** A problem with the form, by the field's path in the item input ("title.en", "eligibility.maxAge", "amount"). */
export type FieldProblems = Record<string, ProblemKind>;
export type ProblemKind = 'required' | 'tooLong' | 'amount' | 'age' | 'ageOrder' | 'language' | 'date' | 'checkBy' | 'number' | 'invalid';

export type FormResult = { ok: true; input: OfferItemInput } | { ok: false; problems: FieldProblems };

/** The item input the form says, or its problems by field. */
export function formToInput(form: EditorForm): FormResult {
  const problems: FieldProblems = {};
  let amount: OfferItemInput['amount'] = null;
  if (form.pounds.trim()) {
    const pence = poundsToPence(form.pounds);
    if (pence === null) problems['amount.pence'] = 'amount';
    else amount = { pence, per: form.per, note: localized(form, 'amountNote', false) };
  } else if (localized(form, 'amountNote', false)) {
    problems['amount.pence'] = 'amount';
  }
  const sortOrder = form.sortOrder.trim() === '' ? 0 : Number(form.sortOrder);
  const input: OfferItemInput = {
    category: form.category,
    title: localized(form, 'title', true) as LocalizedText,
    summary: localized(form, 'summary', true) as LocalizedText,
    body: localized(form, 'body', true) as LocalizedText,
    amount,
    howToClaim: localized(form, 'howToClaim', false),
    whoToAsk: localized(form, 'whoToAsk', false),
    eligibility: {
      minAge: age(form.minAge),
      maxAge: age(form.maxAge),
      statuses: CARE_LEAVER_STATUSES.filter((s) => form.statuses.includes(s)),
      outOfArea: form.outOfArea,
      inEducation: form.inEducation,
      uasc: form.uasc,
      nations: [...form.nations],
    },
    languages: form.languages
      .split(/[\s,]+/)
      .map((l) => l.trim())
      .filter(Boolean),
    statutory: form.statutory || null,
    lastChecked: form.lastChecked,
    checkBy: form.checkBy,
    owner: form.owner.trim(),
    sortOrder,
  };
  const parsed = offerItemInputSchema.safeParse(input);
  if (!parsed.success) for (const issue of parsed.error.issues) problems[fieldOf(issue.path)] ??= problemOf(issue);
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, input };
}

/** The form field a problem belongs to: a language code's place in the list is the list's box. */
export function fieldOf(path: readonly PropertyKey[]): string {
  const names = path.map(String);
  if (names[0] === 'languages') return 'languages';
  if (names[0] === 'eligibility' && (names[1] === 'statuses' || names[1] === 'nations')) return `eligibility.${names[1]}`;
  if (names[0] === 'amount') return names[1] === 'note' ? names.join('.') : 'amount.pence';
  return names.join('.') || 'eligibility';
}

function problemOf(issue: z.core.$ZodIssue): ProblemKind {
  const where = issue.path.map(String).join('.');
  if (where === 'checkBy' && issue.code === 'custom') return 'checkBy';
  if (where === 'eligibility.maxAge' && issue.code === 'custom') return 'ageOrder';
  if (where.startsWith('eligibility.') && where.endsWith('Age')) return 'age';
  if (where.startsWith('languages')) return 'language';
  if (where === 'lastChecked' || where === 'checkBy') return 'date';
  if (where === 'sortOrder') return 'number';
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'tooLong';
  return 'invalid';
}

/**
 * The field a server refusal names ("title.en: Too small: …" → "title.en"), so its message shows beside that field;
 * null when the message names no field.
 */
export function fieldOfServerMessage(message: string): string | null {
  const match = /^([A-Za-z][\w]*(?:\.[\w]+)*): /.exec(message);
  if (!match?.[1]) return null;
  return fieldOf(match[1].split('.'));
}
