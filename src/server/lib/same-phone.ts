// "N from the same phone within an hour": how staff see a flood without ever seeing which phone (or child) it was.
// The lists that show it load, for the phones on one page, the times of their other items; this counts them.

export const SAME_PHONE_WINDOW_MS = 60 * 60_000;
/** Fewer than this within an hour is ordinary use (a young person at a session), so the item is not marked. */
export const SAME_PHONE_MARK_AT = 5;

export interface PhoneItem {
  id: string;
  deviceId: string | null;
  createdAt: string;
}

/** The window of times whose items can count for any of these: an hour either side of the first and last. */
export function neighbourWindow(items: readonly PhoneItem[]): { deviceIds: string[]; from: string; to: string } | null {
  const withPhone = items.filter((i): i is PhoneItem & { deviceId: string } => i.deviceId !== null);
  if (withPhone.length === 0) return null;
  const times = withPhone.map((i) => Date.parse(i.createdAt));
  return {
    deviceIds: [...new Set(withPhone.map((i) => i.deviceId))],
    from: new Date(Math.min(...times) - SAME_PHONE_WINDOW_MS).toISOString(),
    to: new Date(Math.max(...times) + SAME_PHONE_WINDOW_MS).toISOString(),
  };
}

/**
 * For each item, how many items from its phone (itself included) were made within an hour either side of it; only
 * items at or above SAME_PHONE_MARK_AT are in the answer.
 */
export function countSamePhone(items: readonly PhoneItem[], neighbours: readonly { deviceId: string; createdAt: string }[]): Map<string, number> {
  const byDevice = new Map<string, number[]>();
  for (const n of neighbours) {
    const times = byDevice.get(n.deviceId) ?? [];
    times.push(Date.parse(n.createdAt));
    byDevice.set(n.deviceId, times);
  }
  const out = new Map<string, number>();
  for (const item of items) {
    if (!item.deviceId) continue;
    const at = Date.parse(item.createdAt);
    const near = (byDevice.get(item.deviceId) ?? []).filter((t) => Math.abs(t - at) <= SAME_PHONE_WINDOW_MS).length;
    if (near >= SAME_PHONE_MARK_AT) out.set(item.id, near);
  }
  return out;
}
