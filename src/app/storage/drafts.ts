// What happens to unfinished words after a quick exit. The young person fled the screen, perhaps because someone was
// looking: when Heard is opened again the words must not be on screen. They are gone — not hidden behind a tap,
// since anyone holding the phone could make that tap. That includes a "How's life?" survey half answered and a request
// for help half written. Words already sent (in the outbox) are kept: they pressed send. (A request's check code is not
// a draft: it was made when they pressed send, and is forgotten with the phone.)
import type { HeardDb } from './db';
import { withDb } from './load-db';

const FLED_KEY = 'heard:fled';

const clearDrafts = (db: HeardDb) =>
  db.transaction('rw', [db.drafts, db.surveyDrafts, db.requestDrafts], () =>
    Promise.all([db.drafts.clear(), db.surveyDrafts.clear(), db.requestDrafts.clear()]),
  );

/**
 * Synchronously notes that the young person left in a hurry and starts forgetting the drafts. The page is usually
 * gone before IndexedDB finishes, so `forgetDraftsIfFled` finishes the job before the next first paint.
 */
export function markFled(win: Window = window): void {
  try {
    win.localStorage.setItem(FLED_KEY, '1');
  } catch {
    // Storage can be unavailable (private mode, quota): the drafts are still cleared below if the page stays long enough.
  }
  void withDb(clearDrafts).catch(() => undefined);
}

/**
 * Before the first screen: if the last visit ended in a quick exit, the drafts are cleared, then the note. (Only then
 * does the first screen wait for the database.)
 */
export async function forgetDraftsIfFled(win: Window = window): Promise<void> {
  let fled = false;
  try {
    fled = win.localStorage.getItem(FLED_KEY) === '1';
  } catch {
    return;
  }
  if (!fled) return;
  await withDb(clearDrafts);
  win.localStorage.removeItem(FLED_KEY);
}
