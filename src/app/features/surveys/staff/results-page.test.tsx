// The results screen drawn from an answer that parses with the contract: suppressed cells read "fewer than 5" (never
// 0), a low response rate is flagged in words, every chart has its table, and flagged free text is marked.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enResults from '../../../../../locales/en/survey-results.json';
import enStaff from '../../../../../locales/en/staff.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { loadResults, loadWithdrawnFindings } from './api';
import { fakeResults } from './fake-results';
import { ResultsPage } from './results-page';

vi.mock('./api', () => ({
  ROUND: 'hows-life',
  loadResults: vi.fn(),
  loadWithdrawnFindings: vi.fn(),
  resultsCsvUrl: (round: string) => `/csv?round=${round}`,
}));
// The chart library needs a real canvas: the test checks what the page gives the chart, and that it names its table.
vi.mock('./answers-chart', () => ({
  AnswersChart: ({ label, describedBy, bars }: { label: string; describedBy: string; bars: { label: string; share: number | null }[] }) => (
    <div role="img" aria-label={label} aria-describedby={describedBy} data-bars={JSON.stringify(bars)} />
  ),
}));

const me = {
  id: 's1',
  email: 'p@example.org',
  name: 'Pat',
  roles: ['participation' as const],
  council: { id: 'c1', name: 'Testshire', districts: [] },
};

beforeAll(() => initTestI18n({ en: { 'survey-results': enResults, staff: enStaff } }, 'survey-results'));
beforeEach(() => vi.mocked(loadWithdrawnFindings).mockResolvedValue([]));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('survey results screen', () => {
  it('lists the findings withdrawn after publication with who, when and why (and says when there are none)', async () => {
    vi.mocked(loadResults).mockResolvedValue(fakeResults);
    const words = (en: string) => ({ en, cy: en, ar: en });
    vi.mocked(loadWithdrawnFindings).mockResolvedValue([
      {
        id: 'f2',
        round: 'hows-life',
        told: words('You want more time outside.'),
        willDo: words('We will open the park on Sundays.'),
        questionIds: [],
        publishedAt: '2026-05-01T10:00:00.000Z',
        withdrawnAt: '2026-05-03T10:00:00.000Z',
        withdrawnBy: 'Alex Admin',
        reason: 'The park is closed for building work.',
      },
      {
        id: 'f1',
        round: 'hows-life',
        told: words('You want a say.'),
        willDo: words('We will ask.'),
        questionIds: [],
        publishedAt: '2026-04-01T10:00:00.000Z',
        withdrawnAt: '2026-04-02T10:00:00.000Z',
        withdrawnBy: null,
        reason: null,
      },
    ]);
    render(<ResultsPage me={me} onError={() => undefined} />);
    const region = await screen.findByRole('region', { name: enResults.withdrawn.title });
    const items = await within(region).findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('You want more time outside.'),
      expect.stringContaining('You want a say.'),
    ]);
    expect(items[0]!.textContent).toContain('Alex Admin');
    expect(items[0]!.textContent).toContain('The park is closed for building work.');
    expect(items[1]!.textContent).toContain(enResults.withdrawn.byUnknown);
    expect(items[1]!.textContent).toContain(enResults.withdrawn.whyUnknown);
    cleanup();
    vi.mocked(loadWithdrawnFindings).mockResolvedValue([]);
    render(<ResultsPage me={me} onError={() => undefined} />);
    expect(await screen.findByText(enResults.withdrawn.none)).toBeTruthy();
  });

  it('shows the round, with suppressed figures as "fewer than 5" and a low response rate flagged', async () => {
    vi.mocked(loadResults).mockResolvedValue(fakeResults);
    render(<ResultsPage me={me} onError={() => undefined} />);
    const bands = await screen.findByRole('table', { name: enResults.overview.bandsCaption });
    const older = within(bands).getByRole('row', { name: /Ages 8 to 11/ });
    expect(cells(older)).toEqual(['40', '160', '25%Low: under 30%']);
    const young = within(bands).getByRole('row', { name: /Ages 4 to 7/ });
    expect(cells(young)).toEqual(['fewer than 5', '40', 'not shown (fewer than 5)']);
    expect(screen.getByText(/Response rate under 30%: Ages 8 to 11\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: enResults.results.csv }).getAttribute('href')).toBe('/csv?round=hows-life');

    const bySex = screen.getByRole('table', { name: 'Ages 8 to 11: responses by sex' });
    expect(cells(within(bySex).getByRole('row', { name: /Another way/ }))).toEqual(['fewer than 5', '—', '—']);
    // A zero that is a real count reads 0; a suppressed one never does.
    const byMode = screen.getByRole('table', { name: 'Ages 8 to 11: responses by how they were answered' });
    expect(cells(within(byMode).getByRole('row', { name: /Paper/ }))).toEqual(['0']);
  });

  it('draws every question with a chart and the table that is its text, last round beside this one', async () => {
    vi.mocked(loadResults).mockResolvedValue(fakeResults);
    render(<ResultsPage me={me} onError={() => undefined} />);
    const chart = await screen.findByRole('img', { name: /Chart of the answers to "Do you have an adult you trust\?"/ });
    const table = document.getElementById(chart.getAttribute('aria-describedby') ?? '')!;
    expect(within(table).getByRole('columnheader', { name: enResults.columns.previous })).toBeTruthy();
    expect(cells(within(table).getByRole('row', { name: /^No fewer/ }))).toEqual(['fewer than 5', 'not shown (fewer than 5)', '20%']);
    expect(cells(within(table).getByRole('row', { name: /^Yes/ }))).toEqual(['33', '87%', '80%']);
    // The chart draws no bar for a suppressed share (null, never 0).
    expect(JSON.parse(chart.dataset.bars!)).toEqual([
      { label: 'Yes', share: 0.868, previous: 0.8 },
      { label: 'No', share: null, previous: 0.2 },
      { label: 'Not sure', share: null, previous: 0 },
    ]);
    expect(screen.getByText(/Average score: 8 out of 10\./)).toBeTruthy();
    // Grouped by domain, in the domains' order.
    const band = screen.getByRole('region', { name: 'Ages 8 to 11 in detail' });
    expect(
      within(band)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Relationships', 'Resilience', 'Overall well-being', enResults.freeText.title]);
    expect(within(screen.getByRole('heading', { name: enResults.highlights.bright }).parentElement!).getByText(/87% good answers/)).toBeTruthy();
  });

  it('says so when the council has published no survey', async () => {
    vi.mocked(loadResults).mockResolvedValue({
      ...fakeResults,
      total: { responses: 0, population: null, rate: null },
      bands: [],
      brightSpots: [],
      areasToImprove: [],
      tallies: [],
    });
    render(<ResultsPage me={me} onError={() => undefined} />);
    expect(await screen.findByText(enResults.results.empty)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks the free text the safety check doubted', async () => {
    vi.mocked(loadResults).mockResolvedValue(fakeResults);
    render(<ResultsPage me={me} onError={() => undefined} />);
    const flagged = (await screen.findByText('Nobody listens to me')).closest('li')!;
    expect(within(flagged).getByText(enResults.freeText.flagged)).toBeTruthy();
    const plain = screen.getByText('I like my [removed] carer').closest('li')!;
    expect(within(plain).queryByText(enResults.freeText.flagged)).toBeNull();
  });

  it('leaves out the free text for a role the server sends none to, and draws nothing for a band with too few answers', async () => {
    vi.mocked(loadResults).mockResolvedValue({ ...fakeResults, bands: fakeResults.bands.map(({ freeText: _, ...b }) => b).reverse() });
    render(<ResultsPage me={{ ...me, roles: ['iro'] }} onError={() => undefined} />);
    await screen.findByRole('heading', { name: 'Ages 4 to 7 in detail' });
    expect(screen.queryByRole('heading', { name: enResults.freeText.title })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    const table = screen.getByRole('table', { name: 'Answers to "How do you feel at home?"' });
    expect(within(table).getAllByRole('row').slice(1).map(cells)).toEqual(
      Array.from({ length: 5 }, () => ['fewer than 5', 'not shown (fewer than 5)']),
    );
  });
});
