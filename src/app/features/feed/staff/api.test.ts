import { describe, expect, it } from 'vitest';
import { feedLogUrl } from './api';

describe('district log links', () => {
  it('asks for everything, whole-council items or one district, as JSON or CSV', () => {
    expect(feedLogUrl('', 'csv')).toBe('/api/v1/staff/feed/log?format=csv');
    expect(feedLogUrl('council', 'json')).toBe('/api/v1/staff/feed/log?format=json&district=council');
    expect(feedLogUrl('north & east', 'csv')).toBe('/api/v1/staff/feed/log?format=csv&district=north+%26+east');
  });
});
