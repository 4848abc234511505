// Why an action on a request was refused: the op's rejection code and a plain message. The op handlers answer it as
// a rejection; the lookup routes as an HTTP error.
import type { RejectCode } from '../../../../shared/protocol';
import { HttpError } from '../../../lib/errors';

export interface Refusal {
  code: Extract<RejectCode, 'not-found' | 'closed' | 'already-done' | 'not-allowed' | 'too-many'>;
  message: string;
}

export const asRejection = (r: Refusal) => ({ status: 'rejected' as const, code: r.code, message: r.message });

const STATUS: Record<Refusal['code'], number> = { 'not-found': 404, closed: 409, 'already-done': 409, 'not-allowed': 409, 'too-many': 429 };
export const asHttpError = (r: Refusal) => new HttpError(STATUS[r.code], r.code, r.message);
