// Migrations in order. One set runs on SQLite and PostgreSQL; never edit one that has shipped, add a new one.
import type { Migration } from 'kysely/migration';
import * as m001 from './001-core';
import * as m002 from './002-wall';
import * as m003 from './003-feed';
import * as m004 from './004-safeguarding';
import * as m005 from './005-hardening';
import * as m006 from './006-quotas';
import * as m007 from './007-withdrawal';
import * as m008 from './008-safety-terms';
import * as m009 from './009-sign-in';
import * as m010 from './010-poll-translations';
import * as m011 from './011-surveys';
import * as m012 from './012-survey-responses';
import * as m013 from './013-survey-counts';
import * as m014 from './014-survey-keys';
import * as m015 from './015-survey-findings';
import * as m016 from './016-requests';
import * as m017 from './017-alerts';
import * as m018 from './018-bank-holidays';
import * as m019 from './019-finding-withdrawal';
import * as m020 from './020-anonymous-storage';
import * as m021 from './021-offer';
import * as m022 from './022-finding-withdraw-reason';
import * as m023 from './023-reaction-order';

export const migrations: Record<string, Migration> = {
  '001-core': m001,
  '002-wall': m002,
  '003-feed': m003,
  '004-safeguarding': m004,
  '005-hardening': m005,
  '006-quotas': m006,
  '007-withdrawal': m007,
  '008-safety-terms': m008,
  '009-sign-in': m009,
  '010-poll-translations': m010,
  '011-surveys': m011,
  '012-survey-responses': m012,
  '013-survey-counts': m013,
  '014-survey-keys': m014,
  '015-survey-findings': m015,
  '016-requests': m016,
  '017-alerts': m017,
  '018-bank-holidays': m018,
  '019-finding-withdrawal': m019,
  '020-anonymous-storage': m020,
  '021-offer': m021,
  '022-finding-withdraw-reason': m022,
  '023-reaction-order': m023,
};
