// How the phone words a refusal: always in the young person's language, from `refusal.<code>` in common.json, never
// the server's English message (that stays for logs and staff). A code this version has no words for says
// `refusal.unknown`, so a newer server never puts English on a Welsh or Arabic screen.
import type { RejectCode } from '../../shared/protocol';

/**
 * Every code the phone has words for: each op rejection code, each error code a device route can answer, and the
 * client's own (`network`, `bad-response`). src/app/api/refusal.node.test.ts derives the codes from the server's
 * source and fails when one has no words here (or is not marked as sent to staff only).
 */
const REJECTIONS = {
  'unknown-type': true,
  'invalid-payload': true,
  'not-found': true,
  closed: true,
  'already-done': true,
  'not-allowed': true,
  'too-many': true,
} as const satisfies Record<RejectCode, true>;

export const WORDED_CODES = [
  ...(Object.keys(REJECTIONS) as RejectCode[]),
  'invalid-input',
  'invalid-json',
  'too-large',
  'address-too-long',
  'bad-address',
  'unsupported-media-type',
  'bad-request',
  'slow-down',
  'unauthorized',
  'forbidden',
  'unknown-join-code',
  'too-many-tries',
  'protocol-mismatch',
  'internal',
  'network',
  'bad-response',
] as const;
export type WordedCode = (typeof WORDED_CODES)[number];

const worded: ReadonlySet<string> = new Set(WORDED_CODES);

/** The common.json key that words `code` (a code it does not know, or none, is `refusal.unknown`). */
export function refusalKey(code: string | null | undefined): `refusal.${WordedCode | 'unknown'}` {
  return code && worded.has(code) ? `refusal.${code as WordedCode}` : 'refusal.unknown';
}
