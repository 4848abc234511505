import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../storage/db';
import { councilSafetyTerms } from './safety-terms';

const council = { id: 'c1', name: 'Slangshire', districts: [], outOfHoursPhone: '01632 960 999', vocabulary: {}, languages: ['en' as const] };

describe("the council's safety words on the phone", () => {
  afterEach(() => db.council.clear());

  it('are none before the council arrives, or when the council has none', async () => {
    expect(await councilSafetyTerms()).toEqual([]);
    await db.council.put(council);
    expect(await councilSafetyTerms()).toEqual([]);
  });

  it('are the words received with the council, the same array while they do not change', async () => {
    const safetyTerms = [{ term: 'pebble run', category: 'criminal-exploitation' as const, language: 'en' as const }];
    await db.council.put({ ...council, safetyTerms });
    const first = await councilSafetyTerms();
    expect(first).toEqual(safetyTerms);
    expect(await councilSafetyTerms()).toBe(first);
    await db.council.put({ ...council, safetyTerms: [...safetyTerms, { term: 'bando', category: 'criminal-exploitation', language: 'en' }] });
    expect(await councilSafetyTerms()).toHaveLength(2);
  });
});
