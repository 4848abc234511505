// Shapes of the rows kept on the device. Pulled collections keep the server's wire shape.
import type { CouncilPublic } from '../../shared/council';
import type { FeedItem, Reaction, Theme } from '../../shared/feed';
import type { KeptPrivateReason, MyItemKind, MyItemState } from '../../shared/my-items';
import type { RequestView } from '../../shared/requests/request';
import type { OfferItem } from '../../shared/offer';
import type { Poll } from '../../shared/poll';
import type { OpType, RejectCode } from '../../shared/protocol';
import type { SurveyFinding } from '../../shared/survey/authoring';
import type { SurveyVersion } from '../../shared/survey/definition';
import type { WallPost, WallPrompt } from '../../shared/wall';

/** An op waiting to reach the server, or one the server refused (kept, with its reason, never dropped). */
export interface OutboxRow {
  /** Local order of sending. */
  seq?: number;
  id: string;
  type: OpType;
  payload: unknown;
  createdAt: string;
  state: 'queued' | 'rejected';
  attempts: number;
  code?: RejectCode;
  message?: string;
  /**
   * Set for ops that must not be linked to this device (anonymous survey responses): sent without the device
   * token. Reserved for the surveys feature.
   */
  anonymous?: boolean;
}

export interface DraftRow {
  /** e.g. "wall:<promptId>" */
  key: string;
  text: string;
  updatedAt: string;
}

/** Things this device said, with their journey. Text stays on this device only. */
export interface MyItemRow {
  id: string;
  kind: MyItemKind;
  /** What was written, for the young person's own eyes. */
  text: string;
  /** For wall posts: the prompt; for poll suggestions: the poll. */
  parentId: string;
  createdAt: string;
  /** Local delivery state until the server says more. */
  delivery: 'not-sent' | 'delivered' | 'rejected';
  state: MyItemState | null;
  reason: KeptPrivateReason | null;
  themeIds: string[];
  feedItemIds: string[];
  updatedAt: string;
  /** When this device last showed the item's journey; a badge shows while updatedAt is later. */
  seenAt: string | null;
  /** On this device the text looked like it might be about harm: help was shown at once. */
  flaggedOnDevice?: boolean;
  /** Kept private for safeguarding and a person at the council has recorded what they did (the server says so). */
  seenByPerson?: boolean;
  /** The young person took it back ("Take this back"); its text is no longer kept on this phone. */
  withdrawn?: boolean;
  /** For kind 'request': where it is (reference, stage, due dates, messages), as the server last said. */
  request?: RequestView;
}

export interface MetaRow {
  key: MetaKey;
  value: unknown;
}
export type MetaKey =
  | 'device'
  | 'cursor'
  | 'lastSyncAt'
  | 'lastSyncError'
  | 'persistRequested'
  | 'feedLastLookedAt'
  | 'language'
  /** The district the young person chose for their wall (null: all). */
  | 'district'
  /** When the young person read and accepted the privacy notice on this phone (shown once, before the first post). */
  | 'privacyAcknowledged'
  /** The young person's age for "How's life?" (SurveyProfile): asked once, never sent anywhere. */
  | 'surveyProfile'
  /**
   * The staff member last signed in on this device, as the server answered /staff/me (name, roles, council): lets the
   * staff frame open offline. Never a password or session token; forgotten at sign-out and on a 401.
   */
  | 'staffSeen'
  /** The young person's answers to the local offer's "for me" questions (OfferAnswers): kept on this phone, never sent. */
  | 'offerForMe';

/** What "How's life?" asks once to choose the right version; kept on this phone only, changeable on the survey screen. */
export interface SurveyProfile {
  age: number;
  /** Asked only of 16–18-year-olds: still in care (false) or a care leaver (true). */
  leftCare?: boolean;
}

export interface DeviceMeta {
  deviceId: string;
  token: string;
  councilId: string;
  joinedAt: string;
}

export interface ReactionRow {
  itemId: string;
  reaction: Reaction;
  at: string;
}
export interface VoteRow {
  pollId: string;
  optionId: string;
  at: string;
}
export interface MeTooRow {
  postId: string;
  at: string;
}
export interface FeedSeenRow {
  itemId: string;
  /** The item's updatedAt when this device last showed it. */
  seenUpdatedAt: string;
}

export type CouncilRow = CouncilPublic;
/**
 * A "How's life?" survey being answered on this phone: one per survey id, saved at every answer. Deleted in the
 * transaction that queues the finished survey (the answers then live only in the queued op until it is delivered).
 */
export interface SurveyDraftRow {
  surveyId: string;
  version: number;
  /** Question id → answer, as the young person gave them (hidden answers are cleared when it is sent). */
  answers: Record<string, unknown>;
  /** The question on screen (its place in the version's list); the questions' length means the "about you" step. */
  index: number;
  gender?: 'girl' | 'boy' | 'another-way';
  /** This phone's safety check doubted a free-text answer. */
  flaggedOnDevice?: boolean;
  updatedAt: string;
}

/**
 * A survey version this phone has finished with: answered (sent or waiting to be) or, for a pulse check-in, put aside.
 * It names the survey only, never the op or a time, so nothing on the phone points at the anonymous answers.
 */
export interface SurveyDoneRow {
  /** "<surveyId>@<version>" */
  key: string;
  surveyId: string;
  version: number;
  outcome: 'answered' | 'put-aside';
}

/**
 * An "Ask for help" request being written, one per door (kind), saved at every step. Its words are the young person's
 * own: forgotten after a quick exit like every draft, deleted in the transaction that queues the request.
 */
export interface RequestDraftRow {
  kind: 'advocate' | 'complaint' | 'compliment' | 'contact-me' | 'question';
  /** The step on screen (its place in the door's list of steps). */
  step: number;
  /** The answers so far, in the shape of the request's payload (checked against it only when sent). */
  answers: Record<string, unknown>;
  /** This phone's safety check doubted the words: help was shown and the request goes as urgent. */
  flaggedOnDevice?: boolean;
  updatedAt: string;
}

/**
 * The check code this phone made for one of its requests (the server keeps only a hash): shown once, prominently,
 * after delivery, then behind "Show my check code". Forgotten with the phone.
 */
export interface RequestCodeRow {
  /** The id of the request.create op (and of its my-item). */
  requestId: string;
  code: string;
  /** When the young person said they had kept it safe; null until then (it shows prominently until then). */
  keptAt: string | null;
}

/** A "How's life?" version as pulled: the newest published version of its survey id, keyed by that id. */
export type SurveyRow = SurveyVersion;
/** A finding the council published to young people after a round, as pulled. */
export type SurveyFindingRow = SurveyFinding;
export type { FeedItem, Poll, Theme, WallPost, WallPrompt };

/** A published local offer item as pulled (the newest published version of its id). */
export type OfferItemRow = OfferItem;
/** The version of an offer item this phone last showed: a newer one is "Changed since you last looked". */
export interface OfferSeenRow {
  id: string;
  version: number;
}
/** An offer item the young person saved to "My list". */
export interface OfferSavedRow {
  id: string;
  savedAt: string;
}
