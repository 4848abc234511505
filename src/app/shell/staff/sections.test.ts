// The staff area's sections come from the feature list, in the order staff have always seen them, each to its roles.
import { describe, expect, it } from 'vitest';
import { allowedSections, currentSection, SECTIONS } from './sections';

describe('staff sections', () => {
  it('are the home, every feature staff screen, in navigation order, then "My password"', () => {
    expect(SECTIONS.map((s) => s.key)).toEqual([
      'home',
      'joinHelp',
      'iroSurvey',
      'moderation',
      'requests',
      'requestsReport',
      'safeguarding',
      'safetyWords',
      'safeguardingSettings',
      'prompts',
      'themes',
      'feed',
      'log',
      'polls',
      'offer',
      'surveyResults',
      'surveys',
      'surveyPaper',
      'surveyPopulation',
      'accounts',
      'council',
      'alerts',
      'audit',
      'myPassword',
    ]);
    expect(new Set(SECTIONS.map((s) => s.path)).size).toBe(SECTIONS.length);
  });
  it('shows each role only its own screens (admin is not implied)', () => {
    // Every role has a home and can help a young person join: none meets an empty page.
    expect(allowedSections(['iro']).map((s) => s.key)).toEqual(['home', 'joinHelp', 'iroSurvey', 'log', 'myPassword']);
    expect(allowedSections(['complaints']).map((s) => s.key)).toEqual(['home', 'joinHelp', 'requests', 'requestsReport', 'myPassword']);
    expect(allowedSections(['moderator']).map((s) => s.key)).not.toContain('accounts');
    expect(allowedSections(['admin'])).toHaveLength(SECTIONS.length);
  });
  it('opens the section a path is in, or the first one allowed', () => {
    const mine = allowedSections(['iro']);
    expect(currentSection(mine, '/staff/log')?.key).toBe('log');
    expect(currentSection(mine, '/staff/moderation')?.key).toBe('home');
    expect(currentSection(mine, '/staff')?.key).toBe('home');
    expect(currentSection(allowedSections(['moderator']), '/staff/feed/new')?.key).toBe('feed');
    expect(currentSection(allowedSections(['complaints']), '/staff/requests/0b0e5f4c-8d7a-4f7e-9c55-2f1f6f1d9a11')?.key).toBe('requests');
    // A path that only starts with the same letters is not in the section: it opens the first one allowed.
    const admin = allowedSections(['admin']);
    expect(currentSection(admin, '/staff/safeguarding-settings')?.key).toBe('safeguardingSettings');
    expect(currentSection(admin, '/staff/safeguardingx')?.key).toBe('home');
    expect(currentSection(admin, '/staff/surveysx')?.key).toBe('home');
    expect(currentSection(admin, '/staff/surveys')?.key).toBe('surveys');
    expect(currentSection(admin, '/staff/survey-results/abc')?.key).toBe('surveyResults');
  });
});
