// The Kysely database type: every table, composed from one file per area (the migrations are the truth).
import type { Kysely, Transaction } from 'kysely';
import type { AlertTables } from './tables/alerts';
import type { AnonymousOpTables } from './tables/anonymous-ops';
import type { BankHolidayTables } from './tables/bank-holidays';
import type { CoreTables } from './tables/core';
import type { FeedTables } from './tables/feed';
import type { HardeningTables } from './tables/hardening';
import type { OfferTables } from './tables/offer';
import type { QuotaTables } from './tables/quotas';
import type { RequestTables } from './tables/requests';
import type { SafeguardingTables } from './tables/safeguarding';
import type { SafetyTermsTables } from './tables/safety-terms';
import type { SignInTables } from './tables/sign-in';
import type { SurveyFindingTables } from './tables/survey-findings';
import type { SurveyTables } from './tables/surveys';
import type { WallTables } from './tables/wall';

export type Database = CoreTables &
  WallTables &
  FeedTables &
  SafeguardingTables &
  HardeningTables &
  QuotaTables &
  SafetyTermsTables &
  SignInTables &
  SurveyTables &
  SurveyFindingTables &
  AnonymousOpTables &
  RequestTables &
  BankHolidayTables &
  AlertTables &
  OfferTables;

/** A connection or a transaction: reads take either. */
export type Db = Kysely<Database> | Transaction<Database>;
export type Trx = Transaction<Database>;
/** The name of a table, as the boundary test and each feature's `tables` list it. */
export type TableName = keyof Database & string;
