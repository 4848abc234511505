// The join link any staff member can show a young person: the council's join code, checked against src/shared.
import { joinLinkSchema } from '../../../../shared/staff';
import { staffRequest } from '../../../api/request';

export const loadJoinLink = () => staffRequest({ method: 'GET', url: '/api/v1/staff/join-link', answer: joinLinkSchema });

/** The address a phone opens to join: this server's /join/<code>. */
export const joinUrl = (origin: string, joinCode: string) => `${origin}/join/${encodeURIComponent(joinCode)}`;
