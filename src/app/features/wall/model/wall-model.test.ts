import { describe, expect, it } from 'vitest';
import type { WallPrompt } from '../../../../shared/wall';
import { groupByKind, journeyOf, visiblePrompts } from './wall-model';

const p = (id: string, kind: WallPrompt['kind'], districtId: string | null, sortOrder = 0): WallPrompt => ({
  id, kind, districtId, sortOrder, open: true, text: { en: id },
});

describe('wall model', () => {
  it('shows council-wide prompts and the chosen district only, Yes more first', () => {
    const all = [p('s', 'starter', null), p('n', 'no-more', 'havant'), p('y', 'yes-more', null), p('x', 'no-more', 'forest')];
    expect(visiblePrompts(all, 'havant').map((x) => x.id)).toEqual(['y', 'n', 's']);
    expect(visiblePrompts(all, null).map((x) => x.id)).toEqual(['y', 'n', 'x', 's']);
    expect(groupByKind(visiblePrompts(all, 'havant')).map((g) => g.kind)).toEqual(['yes-more', 'no-more', 'starter']);
  });
  it('tells the journey of a post', () => {
    expect(journeyOf({ delivery: 'not-sent', state: null })).toBe('not-sent');
    expect(journeyOf({ delivery: 'rejected', state: null })).toBe('couldnt-send');
    expect(journeyOf({ delivery: 'delivered', state: 'delivered' })).toBe('delivered');
    expect(journeyOf({ delivery: 'delivered', state: 'answered' })).toBe('published');
    expect(journeyOf({ delivery: 'delivered', state: 'kept-private' })).toBe('kept-private');
  });
});
