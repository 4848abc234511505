// Join codes young people type from a poster or a worker's phone: no 0/O, 1/I/L or 5/S look-alikes. The code is a
// column of councils, so finding and changing it happens here.
import { randomInt } from 'node:crypto';
import type { Db } from './load';

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXYZ2346789';
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The council a join code belongs to, if any. */
export async function councilIdForJoinCode(db: Db, joinCode: string): Promise<string | undefined> {
  const row = await db.selectFrom('councils').select('id').where('join_code', '=', joinCode).executeTakeFirst();
  return row?.id;
}

/** Gives the council a new join code. False when there is no such council. */
export async function setJoinCode(db: Db, councilId: string, joinCode: string): Promise<boolean> {
  const updated = await db.updateTable('councils').set({ join_code: joinCode }).where('id', '=', councilId).executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}
