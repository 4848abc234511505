// The staff member this device last saw signed in (what /staff/me answered: name, roles, council), kept in the meta
// table so the staff frame can open without a signal. No password or session token is ever kept: offline, the
// server has not said who is signed in, so anything that needs the server still asks it and fails as it does today.
import { staffMeSchema, type StaffMe } from '../../shared/staff';
import { getMeta, setMeta } from '../storage/meta';
import { withDb } from '../storage/load-db';

export const rememberStaff = (me: StaffMe): Promise<void> => setMeta('staffSeen', me);

/** The remembered member, or undefined when none is kept (or what is kept is not a whole StaffMe). */
export async function recallStaff(): Promise<StaffMe | undefined> {
  const parsed = staffMeSchema.safeParse(await getMeta<unknown>('staffSeen'));
  return parsed.success ? parsed.data : undefined;
}

export const forgetStaff = (): Promise<void> =>
  withDb(async (db) => {
    await db.meta.delete('staffSeen');
  });
