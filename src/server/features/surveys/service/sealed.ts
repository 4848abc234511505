// Sealed responses from an IRO's device: opened with the council's private key, checked as any survey.submit, stored
// as mode 'iro'. The staff member who sent it is audited as sending "a sealed response", never with its answers, its
// survey or its entry id; the response row knows nothing of them.
//
// A repeat (the device retrying after a lost answer) is recognised by the envelope itself: the hash of its single-use
// ephemeral public key, kept in survey_sealed_entries with the council and the month only — no staff id, no time, no
// response id — so the list of entries seen cannot be joined to the responses or to who sent them. (Not by the
// device's entry id alone: the same envelope sent again under a new entry id would be stored twice, and a count that
// moves when one envelope is replayed gives that child's answers away.)
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { surveySubmitPayloadSchema } from '../../../../shared/survey/response';
import { unseal } from '../../../../shared/survey/sealed';
import type { sealedSubmitSchema } from '../../../../shared/survey/iro';
import { audit } from '../../../lib/audit';
import { badRequest } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { storeResponse } from './responses';
import { councilPrivateKey } from './sealing-key';

export type SealedOutcome = { stored: true; repeat?: true };

export async function receiveSealed(
  deps: AppDeps,
  staff: StaffAuth,
  body: z.output<typeof sealedSubmitSchema>,
): Promise<{ status: number; answer: SealedOutcome }> {
  const now = deps.now();
  const key = await councilPrivateKey(deps.db, staff.councilId, body.sealed.keyId);
  if (!key)
    throw badRequest(
      'sealed-key-unknown',
      "This response was sealed with a key that is not your council's. Fetch the sealing key again and redo it.",
    );
  let opened: unknown;
  try {
    opened = await unseal(body.sealed, key);
  } catch {
    throw badRequest('sealed-unreadable', 'This sealed response could not be opened: it was damaged or changed on the way.');
  }
  const payload = surveySubmitPayloadSchema.safeParse(opened);
  if (!payload.success) throw badRequest('invalid-payload', 'The sealed response is not a finished survey Heard understands.');

  return deps.db.transaction().execute(async (trx) => {
    const month = now.toISOString().slice(0, 7);
    const first = await trx
      .insertInto('survey_sealed_entries')
      .values({ council_id: staff.councilId, entry_id: envelopeId(body.sealed.ephemeralPublicKey), month })
      .onConflict((oc) => oc.columns(['council_id', 'entry_id']).doNothing())
      .executeTakeFirst();
    if (Number(first.numInsertedOrUpdatedRows ?? 0) === 0) return { status: 200, answer: { stored: true, repeat: true } as const };
    const stored = await storeResponse(trx, staff.councilId, payload.data, 'iro', now);
    // Throwing rolls the entry back too: the device may send it again once the survey is right.
    if (stored.status === 'refused') {
      throw stored.code === 'not-found'
        ? badRequest('unknown-survey', 'This survey is not one your council has published.')
        : badRequest('invalid-payload', stored.message);
    }
    await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'survey.sealed.receive', entity: 'survey-response' }, now);
    return { status: 201, answer: { stored: true } as const };
  });
}

/** One envelope's id: the hash of its ephemeral public key (made fresh for each sealed response, never reused). */
function envelopeId(ephemeralPublicKey: unknown): string {
  return createHash('sha256').update(JSON.stringify(ephemeralPublicKey)).digest('hex');
}
