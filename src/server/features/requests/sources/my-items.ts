// The requests' part of "my items": the phone's own requests, each with where it has got to (RequestView).
import type { MyItemSource, OwnItem } from '../../../my-items/types';
import { loadRequestClock } from '../../../council/request-clock';
import { loadRequestRows, toRequestItem, toRequestView } from '../service/view';

export const requestMyItems: MyItemSource = {
  kind: 'request',
  async load(db, scope, opIds) {
    if (opIds.length === 0) return [];
    const requests = await db
      .selectFrom('requests')
      .selectAll()
      .where('council_id', '=', scope.councilId)
      .where('device_id', '=', scope.deviceId)
      .where('op_id', 'in', [...opIds])
      .execute();
    if (requests.length === 0) return [];
    const clock = await loadRequestClock(db, scope.councilId);
    const today = clock.today(scope.now ?? new Date());
    return (await loadRequestRows(db, requests)).map((rows): OwnItem => {
      const item = toRequestItem(rows, toRequestView(rows, clock, today));
      // A request is never taken back or moved to the safeguarding queue: its own status says where it is.
      return { item, rowId: rows.request.id, status: rows.request.status, withdrawnAt: null };
    });
  },
};
