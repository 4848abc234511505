// The staff frame's calls: who is signed in, signing in and out, and a member's own password.
import { staffMeSchema } from '../../../shared/staff';
import { waitingAnswerSchema } from '../../../shared/waiting';
import { staffRequest } from '../../api/request';

export const loadMe = () => staffRequest({ method: 'GET', url: '/api/v1/staff/me', answer: staffMeSchema });
/** The one staff POST without a session; the server answers who signed in and sets the session cookie. */
export const signIn = (email: string, password: string) =>
  staffRequest({ method: 'POST', url: '/api/v1/staff/session', body: { email, password }, answer: staffMeSchema });
export const signOut = () => staffRequest({ method: 'DELETE', url: '/api/v1/staff/session' });
/** The member's other sessions end on the server. */
export const changeMyPassword = (currentPassword: string, newPassword: string) =>
  staffRequest({ method: 'POST', url: '/api/v1/staff/me/password', body: { currentPassword, newPassword } });
/** What waits for someone to act, by section kind (only the kinds the member's roles may open). */
export const loadWaiting = () => staffRequest({ method: 'GET', url: '/api/v1/staff/waiting', answer: waitingAnswerSchema });
