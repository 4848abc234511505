// The rows an IRO's shared device keeps for surveys at reviews (Dexie version 4). None holds a child's answers in a
// form the device can read: a queued response is sealed for the council's key before it is written.
import type { SurveyVersion } from '../../shared/survey/definition';
import type { Tally } from '../../shared/survey/iro';
import type { SealedEnvelope, SealingKeyAnswer } from '../../shared/survey/sealed';

/** What went wrong with the last try: 'refused' stays until someone looks (the server said no, with its reason). */
export interface SendState {
  state: 'waiting' | 'refused';
  tries: number;
  /** ms since the epoch: not before this (backoff after a lost connection). */
  nextTryAt: number;
  refusal?: { code: string; message: string };
}

/** A child's finished survey, sealed for the council's public key; sent to POST /api/v1/staff/surveys/sealed. */
export interface SealedQueueRow extends SendState {
  /** The device's random id for this item: a repeat is stored once by the server. */
  entryId: string;
  sealed: SealedEnvelope;
}

/** A review's tally waiting to be sent (POST /api/v1/staff/surveys/tallies). */
export interface IroTallyRow extends SendState {
  entryId: string;
  tally: Tally;
}

/** The council's public sealing key and published surveys, kept so the device works offline at a review. */
export interface IroKitRow {
  councilId: string;
  key: SealingKeyAnswer;
  surveys: SurveyVersion[];
  /** ISO time of the last refresh. */
  savedAt: string;
}
