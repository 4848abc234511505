// A fresh join code for the council. Devices that already joined keep their tokens; only new devices need the new code.
import { councilIdForJoinCode, generateJoinCode, setJoinCode } from '../../../council/join-codes';
import { audit } from '../../../lib/audit';
import { notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';

export async function rotateJoinCode(deps: AppDeps, actor: StaffAuth): Promise<{ joinCode: string }> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    let joinCode = generateJoinCode();
    // 29^8 codes make a clash very unlikely; check anyway rather than rely on the unique index erroring.
    for (let tries = 0; tries < 5; tries++) {
      if ((await councilIdForJoinCode(trx, joinCode)) === undefined) break;
      joinCode = generateJoinCode();
    }
    if (!(await setJoinCode(trx, actor.councilId, joinCode))) throw notFound('That council');
    await audit(
      trx,
      { councilId: actor.councilId, staffId: actor.staffId, action: 'council.join-code.rotate', entity: 'council', entityId: actor.councilId },
      now,
    );
    return { joinCode };
  });
}
