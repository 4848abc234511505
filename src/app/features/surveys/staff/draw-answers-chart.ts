// Draws a question's answers as horizontal bars with Chart.js. Only answers-chart.tsx loads this module, when a chart
// is first drawn, so the chart library is a chunk of its own that young people never download with the app's screens.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface AnswersChartSpec {
  /** Each answer in order: its words, this round's share 0–1 and last round's (null: suppressed or not asked). */
  bars: readonly { label: string; share: number | null; previous: number | null }[];
  /** The legend's names; `previous` null when there is no earlier round to compare with. */
  series: { now: string; previous: string | null };
}

const cssColour = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
const percent = (s: number | null) => (s === null ? null : Math.round(s * 1000) / 10);

/** Draws on `canvas`; gives back what takes the chart away again. A suppressed share draws no bar. */
export function drawAnswersChart(canvas: HTMLCanvasElement, { bars, series }: AnswersChartSpec): () => void {
  const datasets: ChartConfiguration<'bar', (number | null)[], string>['data']['datasets'] = [
    { label: series.now, data: bars.map((b) => percent(b.share)), backgroundColor: cssColour('--brand', '#3b2a8f') },
  ];
  if (series.previous)
    datasets.push({ label: series.previous, data: bars.map((b) => percent(b.previous)), backgroundColor: cssColour('--muted', '#564e66') });
  const fg = cssColour('--fg', '#1f1a2e');
  const chart = new Chart<'bar', (number | null)[], string>(canvas, {
    type: 'bar',
    data: { labels: bars.map((b) => b.label), datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max: 100, ticks: { color: fg, callback: (v) => `${v}%` } },
        y: { ticks: { color: fg } },
      },
      plugins: {
        legend: { display: series.previous !== null, labels: { color: fg } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${c.parsed.x}%` } },
      },
    },
  });
  return () => chart.destroy();
}
