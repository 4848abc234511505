// A council's own settings as its admins see and change them. Devices learn of changes through the `council`
// collection of the change log.
import type { CouncilSettingsUpdate } from '../../../../shared/council';
import type { CouncilSettings } from '../../../../shared/staff';
import { DEFAULT_TIMESCALES, timescaleProblems } from '../../../../shared/requests/clock';
import { LANGUAGES } from '../../../../shared/text';
import { saveCouncil } from '../../../council/edit';
import { loadCouncilRecord, type Db } from '../../../council/load';
import type { StoredCouncilSettings } from '../../../council/settings';
import { audit } from '../../../lib/audit';
import { badRequest, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';
import { applyDistricts } from './districts';

export async function loadCouncilSettings(db: Db, councilId: string): Promise<CouncilSettings> {
  const council = await loadCouncilRecord(db, councilId);
  if (!council) throw notFound('That council');
  const { outOfHoursPhone, safeguardingHours, vocabulary, languages, nation, requestTimescales } = council.settings;
  return {
    id: council.id,
    name: council.name,
    joinCode: council.joinCode,
    districts: council.districts,
    outOfHoursPhone,
    safeguardingHours,
    vocabulary,
    languages,
    nation,
    requestTimescales: requestTimescales ?? DEFAULT_TIMESCALES[nation],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings after the update, and the names of the fields it changed. */
export function changedSettings(stored: StoredCouncilSettings, update: CouncilSettingsUpdate): { next: StoredCouncilSettings; changed: string[] } {
  const changed: string[] = [];
  const next = { ...stored };
  if (update.outOfHoursPhone !== undefined && update.outOfHoursPhone !== stored.outOfHoursPhone) {
    next.outOfHoursPhone = update.outOfHoursPhone;
    changed.push('outOfHoursPhone');
  }
  if (update.safeguardingHours !== undefined && !same(update.safeguardingHours, stored.safeguardingHours)) {
    next.safeguardingHours = update.safeguardingHours;
    changed.push('safeguardingHours');
  }
  if (update.vocabulary !== undefined && !same(update.vocabulary, stored.vocabulary)) {
    next.vocabulary = update.vocabulary;
    changed.push('vocabulary');
  }
  if (update.languages !== undefined) {
    // English is the source language and always offered; keep a stable order.
    const languages = LANGUAGES.filter((l) => l === 'en' || update.languages?.includes(l));
    if (!same(languages, stored.languages)) {
      next.languages = languages;
      changed.push('languages');
    }
  }
  changedClock(stored, update, next, changed);
  return { next, changed };
}

/**
 * The nation and its timescales. Timescales outside the nation's rules are refused; ones equal to the regulations' are
 * stored as "the regulations'" (null); a new nation without timescales brings its own regulations.
 */
function changedClock(stored: StoredCouncilSettings, update: CouncilSettingsUpdate, next: StoredCouncilSettings, changed: string[]): void {
  const nation = update.nation ?? stored.nation;
  let timescales = update.requestTimescales === undefined ? (nation === stored.nation ? stored.requestTimescales : null) : update.requestTimescales;
  if (timescales !== null) {
    const problems = timescaleProblems(nation, timescales);
    if (problems.length > 0) {
      throw badRequest(
        'timescales-outside-rules',
        `These timescales break the ${nation === 'wales' ? 'Welsh' : 'English'} regulations: ${problems.join(', ')}. A council may give itself less time to act than the regulations, never more, and young people more time to ask for the next stage, never less.`,
      );
    }
    if (same(timescales, DEFAULT_TIMESCALES[nation])) timescales = null;
  }
  if (nation !== stored.nation) {
    next.nation = nation;
    changed.push('nation');
  }
  if (!same(timescales, stored.requestTimescales)) {
    next.requestTimescales = timescales;
    changed.push('requestTimescales');
  }
}

/**
 * Applies a settings change. `districts`, when given, is the whole list in order: ids keep existing districts,
 * entries without an id are new, and existing districts left out are removed unless something refers to them.
 */
export async function updateCouncilSettings(deps: AppDeps, actor: StaffAuth, update: CouncilSettingsUpdate): Promise<CouncilSettings> {
  const now = deps.now();
  const councilId = actor.councilId;
  await deps.db.transaction().execute(async (trx) => {
    const council = await loadCouncilRecord(trx, councilId);
    if (!council) throw notFound('That council');
    const { next, changed } = changedSettings(council.settings, update);
    const nameChanged = update.name !== undefined && update.name !== council.name;
    if (nameChanged) changed.push('name');
    if (nameChanged || changed.length > 0) await saveCouncil(trx, councilId, { name: nameChanged ? update.name : undefined, settings: next });
    const districtDetail = update.districts ? await applyDistricts(trx, councilId, update.districts) : null;
    if (districtDetail) changed.push('districts');
    if (changed.length === 0) return;
    await recordChanges(trx, [{ councilId, collection: 'council', entityId: councilId }]);
    await audit(
      trx,
      {
        councilId,
        staffId: actor.staffId,
        action: 'council.settings.update',
        entity: 'council',
        entityId: councilId,
        detail: { changed, ...(nameChanged ? { name: update.name } : {}), ...(districtDetail ?? {}) },
      },
      now,
    );
  });
  return loadCouncilSettings(deps.db, councilId);
}
