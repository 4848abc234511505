// Themes: which posts staff can still add to a theme, in what order themes are listed, and how months read.
import type { StaffThemeView } from '../../../../../shared/feed-staff';
import type { PromptKind } from '../../../../../shared/wall';
import type { StaffWallPostView } from '../../../../../shared/wall-staff';
import { dateLocale } from '../../../../ui/staff/dates';

export interface CandidatePost {
  id: string;
  /** The words as published (personal details removed), or as written while still waiting. */
  text: string;
  status: 'published' | 'pending';
  kind: PromptKind | null;
  promptText: string;
  districtName: string | null;
  meToo: number;
  createdAt: string;
}

/**
 * Published and waiting posts, newest first, each with its prompt's kind ("Yes more" / "No more") so staff can put
 * the same idea from both together. Posts already in the theme, and any post listed twice, appear once or not at all.
 * (The staff wall API gives each post its prompt's id, not its kind: the kind comes from the prompts list.)
 */
export function candidatePosts(
  lists: ReadonlyArray<readonly StaffWallPostView[]>,
  promptKinds: ReadonlyMap<string, PromptKind>,
  alreadyIn: Iterable<string> = [],
): CandidatePost[] {
  const skip = new Set(alreadyIn);
  const out: CandidatePost[] = [];
  for (const list of lists) {
    for (const p of list) {
      if (skip.has(p.id) || (p.status !== 'published' && p.status !== 'pending')) continue;
      skip.add(p.id);
      out.push({
        id: p.id,
        text: p.publishedText ?? p.text,
        status: p.status,
        kind: promptKinds.get(p.promptId) ?? null,
        promptText: p.promptText,
        districtName: p.districtName,
        meToo: p.meToo,
        createdAt: p.createdAt,
      });
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/** Most heard first (posts plus "me too"s), then by name. */
export function sortThemes<T extends Pick<StaffThemeView, 'title' | 'posts' | 'meToo'>>(themes: readonly T[]): T[] {
  return [...themes].sort((a, b) => b.posts + b.meToo - (a.posts + a.meToo) || a.title.en.localeCompare(b.title.en));
}

/** Months oldest first, so a table reads over time. */
export function monthsInOrder<T extends { month: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.month.localeCompare(b.month));
}

/** "2026-11" → "November 2026" in the reader's language; anything else is shown as it is. */
export function monthLabel(month: string, lng: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  try {
    return new Intl.DateTimeFormat(dateLocale(lng), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return month;
  }
}

/** Themes that could be merged into `intoId`: every other one, by name. */
export function mergeCandidates<T extends Pick<StaffThemeView, 'id' | 'title'>>(themes: readonly T[], intoId: string): T[] {
  return themes.filter((t) => t.id !== intoId).sort((a, b) => a.title.en.localeCompare(b.title.en));
}
