// Polls as staff see them (every option but those only the safeguarding queue shows) and as phones see them.
import type { StaffPollView } from '../../../../shared/feed-staff';
import { pollOptionTranslationsSchema, type Poll, type PollOptionTranslations } from '../../../../shared/poll';
import type { Db } from '../../../db/schema';
import { notFound } from '../../../lib/errors';
import { parseText, readJsonColumn } from '../../../lib/json-column';
import { myItemChange, type Change } from '../../../sync/change-log';

export async function loadPollViews(db: Db, councilId: string, onlyId?: string): Promise<StaffPollView[]> {
  let q = db.selectFrom('polls').selectAll().where('council_id', '=', councilId);
  if (onlyId) q = q.where('id', '=', onlyId);
  const polls = await q.orderBy('created_at', 'desc').execute();
  if (polls.length === 0) return [];
  const options = await db
    .selectFrom('poll_options')
    .select(['id', 'poll_id', 'label', 'status', 'device_id', 'votes', 'translations'])
    .where(
      'poll_id',
      'in',
      polls.map((p) => p.id),
    )
    .orderBy('sort_order')
    .execute();
  return polls.map((p) => ({
    id: p.id,
    term: p.term,
    question: parseText(p.question),
    open: p.open === 1,
    createdAt: p.created_at,
    adoptedOptionId: p.adopted_option_id,
    feedItemId: p.feed_item_id,
    options: options.flatMap((o) =>
      // A name idea taken back is in no staff list; one that may be about harm is only in the safeguarding queue.
      o.poll_id === p.id && o.status !== 'safeguarding' && o.status !== 'withdrawn'
        ? [
            {
              id: o.id,
              label: o.label,
              status: o.status,
              suggested: o.device_id !== null,
              votes: Number(o.votes),
              translations: readTranslations(o.translations),
            },
          ]
        : [],
    ),
    keptPrivate: options.filter((o) => o.poll_id === p.id && o.status === 'safeguarding').length,
  }));
}

export async function loadPollView(db: Db, councilId: string, id: string): Promise<StaffPollView> {
  const [poll] = await loadPollViews(db, councilId, id);
  if (!poll) throw notFound('That poll');
  return poll;
}

/** Published polls as phones see them: only published options. */
export async function loadPolls(db: Db, councilId: string, ids: readonly string[]): Promise<Poll[]> {
  if (ids.length === 0) return [];
  // Both read at once (one statement on PostgreSQL in a pull, db/batched-reads.ts): the options through their poll,
  // so only this council's.
  const [polls, options] = await Promise.all([
    db
      .selectFrom('polls')
      .selectAll()
      .where('council_id', '=', councilId)
      .where('id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('poll_options as o')
      .innerJoin('polls as p', 'p.id', 'o.poll_id')
      .select(['o.id', 'o.poll_id', 'o.label', 'o.votes', 'o.translations'])
      .where('p.council_id', '=', councilId)
      .where('p.id', 'in', [...ids])
      .where('o.status', '=', 'published')
      .orderBy('o.sort_order')
      .execute(),
  ]);
  return polls.map((p) => ({
    id: p.id,
    term: p.term,
    question: parseText(p.question),
    open: p.open === 1,
    adoptedOptionId: p.adopted_option_id,
    options: options
      .filter((o) => o.poll_id === p.id)
      .map((o) => {
        const translations = readTranslations(o.translations);
        // Only when there are some: a poll no one translated reaches phones exactly as before.
        return { id: o.id, label: o.label, votes: Number(o.votes), ...(Object.keys(translations).length > 0 ? { translations } : {}) };
      }),
  }));
}

/** poll_options.translations as stored (null: none). Damaged text gives none rather than failing a sync. */
export function readTranslations(json: string | null): PollOptionTranslations {
  return json === null ? {} : readJsonColumn(json, pollOptionTranslationsSchema, {});
}

/** A myItems change for each phone that suggested a name in the poll, so its journey shows what happened. */
export async function suggesterChanges(db: Db, councilId: string, pollId: string): Promise<Change[]> {
  const suggested = await db
    .selectFrom('poll_options')
    .select(['id', 'device_id', 'op_id'])
    .where('poll_id', '=', pollId)
    .where('device_id', 'is not', null)
    .execute();
  return suggested.flatMap((o) => myItemChange(councilId, o));
}
