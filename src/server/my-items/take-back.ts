// "Take this back" (op item.withdraw): the phone's own item, by the id of the op that made it, whatever its kind.
import type { Ports } from '../ports/ports';
import type { OpHandlers } from '../sync/types';

export function takeBackOpHandlers(ports: Ports): OpHandlers {
  return {
    async 'item.withdraw'({ trx, device, now }, payload) {
      for (const handler of ports.withdrawals) {
        const id = await handler.find(trx, device, payload.itemId);
        if (!id) continue;
        await handler.withdraw(trx, { councilId: device.councilId, id, cause: 'taken-back', staffId: null, now }, ports);
        return { status: 'accepted' };
      }
      // Another phone's item answers exactly as one that does not exist: nothing about it is revealed.
      return { status: 'rejected', code: 'not-found', message: 'That is not something this phone sent.' };
    },
  };
}
