// The council's survey sealing key pair, made on first need. The public half goes to IRO devices; the private half is
// read only here, to open sealed responses, and is never sent anywhere.
import { newId } from '../../../../shared/ids';
import {
  importSealingPrivateKey,
  type EcJwk,
  newSealingKeyPair,
  sealingPublicJwkSchema,
  SEAL_SCHEME,
  type SealingKeyAnswer,
} from '../../../../shared/survey/sealed';
import type { Db } from '../../../db/schema';
import { parseJsonColumn } from '../../../lib/json-column';

/** The council's public sealing key, made (once, whoever asks first) when it has none. */
export async function councilSealingKey(db: Db, councilId: string, now: Date): Promise<SealingKeyAnswer> {
  const found = await db.selectFrom('survey_keys').select(['id', 'public_key']).where('council_id', '=', councilId).executeTakeFirst();
  if (found) return { keyId: found.id, scheme: SEAL_SCHEME, publicKey: parseJsonColumn(sealingPublicJwkSchema, found.public_key) };
  const pair = await newSealingKeyPair();
  await db
    .insertInto('survey_keys')
    .values({
      id: newId(),
      council_id: councilId,
      public_key: JSON.stringify(pair.publicKey),
      private_key: JSON.stringify(pair.privateKey),
      created_at: now.toISOString(),
    })
    // Two first requests at once: the one that lost keeps the winner's key.
    .onConflict((oc) => oc.column('council_id').doNothing())
    .execute();
  return councilSealingKey(db, councilId, now);
}

/** The private key for `keyId` if it is this council's, or null. */
export async function councilPrivateKey(
  db: Db,
  councilId: string,
  keyId: string,
): Promise<Awaited<ReturnType<typeof importSealingPrivateKey>> | null> {
  const row = await db.selectFrom('survey_keys').select('private_key').where('council_id', '=', councilId).where('id', '=', keyId).executeTakeFirst();
  if (!row) return null;
  return importSealingPrivateKey(JSON.parse(row.private_key) as EcJwk);
}
