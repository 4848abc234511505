import { describe, expect, it } from 'vitest';
import type { WallPrompt } from '../../../../shared/wall';
import { groupByKind, visiblePrompts } from './wall-model';

const p = (id: string, kind: WallPrompt['kind'], districtId: string | null, sortOrder = 0): WallPrompt => ({
  id,
  kind,
  districtId,
  sortOrder,
  open: true,
  text: { en: id },
});

describe('wall model', () => {
  it('shows council-wide prompts and the chosen district only, Yes more first', () => {
    const all = [p('s', 'starter', null), p('n', 'no-more', 'havant'), p('y', 'yes-more', null), p('x', 'no-more', 'forest')];
    expect(visiblePrompts(all, 'havant').map((x) => x.id)).toEqual(['y', 'n', 's']);
    expect(visiblePrompts(all, null).map((x) => x.id)).toEqual(['y', 'n', 'x', 's']);
    expect(groupByKind(visiblePrompts(all, 'havant')).map((g) => g.kind)).toEqual(['yes-more', 'no-more', 'starter']);
  });
});
