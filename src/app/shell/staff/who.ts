// Who the staff frame shows as signed in. Online, the server says (GET /staff/me) and the device remembers the answer.
// When the server cannot be reached at all, the member this device last saw stands in, marked offline, so an IRO at a
// review without a signal can still reload and run a survey; the screens that need the server show their own
// offline errors. A 401 or 403 means the session is over: sign-in, and the remembered member is forgotten.
import type { StaffMe } from '../../../shared/staff';
import { StaffApiError } from '../../api/request';
import { forgetStaff, recallStaff, rememberStaff } from '../../council/remembered-staff';
import { loadMe } from './api';

export interface Who {
  me: StaffMe;
  /** The server was out of reach: `me` is what this device kept from the last time it was. */
  offline: boolean;
}

/** No answer from the server at all (no signal), as opposed to an answer that says no. */
export const unreachable = (e: unknown): boolean => e instanceof StaffApiError && e.status === 0 && e.code === 'network';
/** The server says there is no session (signed out, timed out) or it no longer lets this member in. */
export const sessionOver = (e: unknown): boolean => e instanceof StaffApiError && (e.status === 401 || e.status === 403);

/** The member to show, or null for the sign-in screen. Never throws. */
export async function whoIsSignedIn(): Promise<Who | null> {
  try {
    const me = await loadMe();
    await rememberStaff(me).catch(() => undefined);
    return { me, offline: false };
  } catch (e) {
    if (unreachable(e)) {
      const kept = await recallStaff().catch(() => undefined);
      return kept ? { me: kept, offline: true } : null;
    }
    if (sessionOver(e)) await forgetStaff().catch(() => undefined);
    return null;
  }
}
