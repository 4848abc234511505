// How many phones may join, and from where. A group session — 30 young people at a school or care home, one address —
// must all get in at once; guessing join codes, or a flood of made-up phones through one code, must not.
// Counters live in the database (rate_limits), so every server instance shares them.
import { HttpError } from '../../../lib/errors';
import type { AppDeps } from '../../../lib/route';
import { countHit, readHits } from '../../../lib/rate-limit-store';

export const JOIN_LIMITS = {
  /** Any join request, per address per minute: room for a group of 100 joining at once. */
  perAddressPerMinute: 120,
  /** Phones that join from one address per hour (a care home or school over a day of sessions). */
  perAddressPerHour: 300,
  /** Wrong join codes from one address per 10 minutes: mistyping happens; trying codes at this pace gets nowhere. */
  wrongCodesPer10Minutes: 30,
  /** Phones that join one council (one join code) per hour, from anywhere. */
  perCouncilPerHour: 1000,
};

const TEN_MINUTES = 10 * 60_000;
const HOUR = 60 * 60_000;

function slowDown(message: string): HttpError {
  return new HttpError(429, 'slow-down', message);
}

/** After too many wrong codes from this address, even the right one waits (so guessing cannot be finished off). */
export async function refuseIfGuessing(deps: AppDeps, address: string): Promise<void> {
  const now = deps.now().getTime();
  const row = await readHits(deps.db, `join-wrong|${address}`);
  if (row && row.windowStart > now - TEN_MINUTES && row.hits >= JOIN_LIMITS.wrongCodesPer10Minutes) {
    throw slowDown('Too many codes that did not work. Wait ten minutes, check the code, and try again.');
  }
}

export async function countWrongCode(deps: AppDeps, address: string): Promise<void> {
  await countHit(deps.db, `join-wrong|${address}`, deps.now().getTime(), TEN_MINUTES);
}

/** Counts a join that is about to happen; refuses it past the hourly limits (nothing is created). */
export async function countJoin(deps: AppDeps, address: string, councilId: string): Promise<void> {
  const now = deps.now().getTime();
  const fromHere = await countHit(deps.db, `join-address|${address}`, now, HOUR);
  if (fromHere.current > JOIN_LIMITS.perAddressPerHour) {
    throw slowDown('A lot of phones have joined from here this hour. Try again later.');
  }
  const toCouncil = await countHit(deps.db, `join-council|${councilId}`, now, HOUR);
  if (toCouncil.current > JOIN_LIMITS.perCouncilPerHour) {
    throw slowDown('A lot of phones are joining right now. Try again in a little while.');
  }
}
