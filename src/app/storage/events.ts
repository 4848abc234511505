// The event a local write sends when it has queued an op: the sync runtime listens for it. Kept apart from the
// outbox (and Dexie) so the first screen can listen without loading the database code.
export const QUEUED_EVENT = 'heard:queued';
