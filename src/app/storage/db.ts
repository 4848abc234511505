// The one IndexedDB database. Versions are numbered and never edited once shipped: add a version with an upgrade()
// that keeps every queued op and draft.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  CouncilRow,
  DraftRow,
  FeedItem,
  FeedSeenRow,
  MeTooRow,
  MetaRow,
  MyItemRow,
  OfferItemRow,
  OfferSavedRow,
  OfferSeenRow,
  OutboxRow,
  Poll,
  RequestCodeRow,
  RequestDraftRow,
  ReactionRow,
  SurveyDoneRow,
  SurveyDraftRow,
  SurveyFindingRow,
  SurveyRow,
  Theme,
  VoteRow,
  WallPost,
  WallPrompt,
} from './rows';
import { DB_NAME } from './db-name';
import type { IroKitRow, IroTallyRow, SealedQueueRow } from './iro-rows';

export { DB_NAME };

export class HeardDb extends Dexie {
  outbox!: Table<OutboxRow, number>;
  drafts!: EntityTable<DraftRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  council!: EntityTable<CouncilRow, 'id'>;
  wallPrompts!: EntityTable<WallPrompt, 'id'>;
  wallPosts!: EntityTable<WallPost, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  feedItems!: EntityTable<FeedItem, 'id'>;
  polls!: EntityTable<Poll, 'id'>;
  myItems!: EntityTable<MyItemRow, 'id'>;
  myReactions!: EntityTable<ReactionRow, 'itemId'>;
  myVotes!: EntityTable<VoteRow, 'pollId'>;
  myMeToos!: EntityTable<MeTooRow, 'postId'>;
  feedSeen!: EntityTable<FeedSeenRow, 'itemId'>;
  surveys!: EntityTable<SurveyRow, 'id'>;
  surveyDrafts!: EntityTable<SurveyDraftRow, 'surveyId'>;
  surveysDone!: EntityTable<SurveyDoneRow, 'key'>;
  sealedQueue!: EntityTable<SealedQueueRow, 'entryId'>;
  iroTallies!: EntityTable<IroTallyRow, 'entryId'>;
  iroKit!: EntityTable<IroKitRow, 'councilId'>;
  surveyFindings!: EntityTable<SurveyFindingRow, 'id'>;
  requestDrafts!: EntityTable<RequestDraftRow, 'kind'>;
  requestCodes!: EntityTable<RequestCodeRow, 'requestId'>;
  offerItems!: EntityTable<OfferItemRow, 'id'>;
  offerSeen!: EntityTable<OfferSeenRow, 'id'>;
  offerSaved!: EntityTable<OfferSavedRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      outbox: '++seq, &id, state',
      drafts: '&key',
      meta: '&key',
      council: '&id',
      wallPrompts: '&id, sortOrder',
      wallPosts: '&id, promptId, publishedAt',
      themes: '&id',
      feedItems: '&id, publishedAt, updatedAt, districtId, status',
      polls: '&id',
      myItems: '&id, kind, createdAt',
      myReactions: '&itemId',
      myVotes: '&pollId',
      myMeToos: '&postId',
      feedSeen: '&itemId',
    });
    // "How's life?" definitions from the pull (the newest version of each survey id). Every other table, queued op
    // and draft is kept as it is (storage/db-upgrade.test.ts checks). The pull starts again from 0 once: a phone that
    // pulled before it had this table has its cursor past the surveys' changes (a pull applied twice changes nothing).
    this.version(2)
      .stores({ surveys: '&id, band' })
      .upgrade(async (tx) => {
        if (await tx.table('meta').get('cursor')) await tx.table('meta').put({ key: 'cursor', value: '0' });
      });
    // "How's life?" on the phone: the survey being answered (one draft per survey id) and the versions this phone has
    // finished with. New tables only: every queued op, draft and row is kept as it is.
    this.version(3).stores({ surveyDrafts: '&surveyId', surveysDone: '&key' });
    // An IRO's shared device at reviews: sealed responses and tallies waiting for a signal, and the council's public
    // sealing key and surveys kept for offline use. New tables only: everything else is kept as it is.
    this.version(4).stores({ sealedQueue: '&entryId, state', iroTallies: '&entryId, state', iroKit: '&councilId' });
    // What the council found from a round and will do ("What we found"), from the pull. As in version 2, everything
    // else is kept and the pull starts again from 0 once, so findings published before this table arrive.
    this.version(5)
      .stores({ surveyFindings: '&id, round' })
      .upgrade(async (tx) => {
        if (await tx.table('meta').get('cursor')) await tx.table('meta').put({ key: 'cursor', value: '0' });
      });
    // "Ask for help": the request being written (one draft per door) and the check code of each request sent from this
    // phone. New tables only: every queued op, draft and row is kept as it is (requests come in myItems, pulled as now).
    this.version(6).stores({ requestDrafts: '&kind', requestCodes: '&requestId' });
    // The local offer: its published items from the pull, the version of each this phone last showed ("Changed since
    // you last looked") and "My list". As in version 2, everything else is kept and the pull starts again from 0 once,
    // so items published before the phone had their table arrive. The "for me" answers are a meta row.
    this.version(7)
      .stores({ offerItems: '&id, category', offerSeen: '&id', offerSaved: '&id, savedAt' })
      .upgrade(async (tx) => {
        if (await tx.table('meta').get('cursor')) await tx.table('meta').put({ key: 'cursor', value: '0' });
      });
  }
}

export const db = new HeardDb();
