// A question's answers as horizontal bars (Chart.js, loaded only in the staff area when a chart is first drawn): the
// share giving each answer this round and, when the question was asked unchanged, last round. A suppressed share
// draws no bar. The canvas is an image named for the question; the table beside it (describedBy) is its text.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface AnswersChartProps {
  /** The image's name ("Chart of the answers to …"). */
  label: string;
  /** The id of the table with the same figures. */
  describedBy: string;
  /** Each answer in order: its words, this round's share 0–1 and last round's (null: suppressed or not asked). */
  bars: readonly { label: string; share: number | null; previous: number | null }[];
  /** The legend's names; `previous` null when there is no earlier round to compare with. */
  series: { now: string; previous: string | null };
}

const cssColour = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
const percent = (s: number | null) => (s === null ? null : Math.round(s * 1000) / 10);

export default function AnswersChart({ label, describedBy, bars, series }: AnswersChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Drawn again only when the figures or words change (not on every render of the page around it).
  const spec = JSON.stringify({ bars, series });
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const { bars, series } = JSON.parse(spec) as Pick<AnswersChartProps, 'bars' | 'series'>;
    const datasets: ChartConfiguration<'bar', (number | null)[], string>['data']['datasets'] = [
      { label: series.now, data: bars.map((b) => percent(b.share)), backgroundColor: cssColour('--brand', '#1f5f8b') },
    ];
    if (series.previous)
      datasets.push({ label: series.previous, data: bars.map((b) => percent(b.previous)), backgroundColor: cssColour('--muted', '#6b6b6b') });
    const fg = cssColour('--fg', '#1a1a1a');
    let chart: Chart<'bar', (number | null)[], string> | undefined;
    try {
      chart = new Chart<'bar', (number | null)[], string>(el, {
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
    } catch {
      // No drawing surface (a printer preview, a test): the table beside it carries the figures.
    }
    return () => chart?.destroy();
  }, [spec]);
  const height = bars.length * (series.previous ? 2.75 : 2) + 3;
  return (
    <div className="survey-chart no-print" style={{ blockSize: `${height}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} />
    </div>
  );
}
