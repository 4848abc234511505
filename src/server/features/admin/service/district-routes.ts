// The admin's districts one at a time. Each change goes through the council settings' district list, so it is checked
// (no name twice, ignoring case), audited (council.settings.update, naming what was added or renamed) and sent to
// phones exactly as a change made on the settings page.
import { listDistricts } from '../../../council/load';
import { badRequest, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { updateCouncilSettings } from './council-settings';

export const listCouncilDistricts = (deps: AppDeps, actor: StaffAuth) => listDistricts(deps.db, actor.councilId);

export async function addDistrict(deps: AppDeps, actor: StaffAuth, name: string) {
  const existing = await listDistricts(deps.db, actor.councilId);
  if (existing.length >= 50) throw badRequest('too-many-districts', 'A council has at most 50 districts.');
  const settings = await updateCouncilSettings(deps, actor, { districts: [...existing, { name }] });
  return settings.districts;
}

export async function renameDistrict(deps: AppDeps, actor: StaffAuth, id: string, name: string) {
  const existing = await listDistricts(deps.db, actor.councilId);
  // Another council's district answers exactly as one that does not exist.
  if (!existing.some((d) => d.id === id)) throw notFound('That district');
  const settings = await updateCouncilSettings(deps, actor, { districts: existing.map((d) => (d.id === id ? { id, name } : d)) });
  return settings.districts;
}
