// A question's answers as a bar chart: this round's share giving each answer and, when the question was asked
// unchanged, last round's. The canvas is an image named for the question; the table beside it (describedBy) is its
// text. The chart library (draw-answers-chart.ts) loads only when a chart is first drawn, in the staff area.
import { useEffect, useRef } from 'react';
import type { AnswersChartSpec } from './draw-answers-chart';

export interface AnswersChartProps extends AnswersChartSpec {
  /** The image's name ("Chart of the answers to …"). */
  label: string;
  /** The id of the table with the same figures. */
  describedBy: string;
}

export function AnswersChart({ label, describedBy, bars, series }: AnswersChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Drawn again only when the figures or words change (not on every render of the page around it).
  const spec = JSON.stringify({ bars, series });
  useEffect(() => {
    let undraw: (() => void) | undefined;
    let gone = false;
    import('./draw-answers-chart').then(
      ({ drawAnswersChart }) => {
        const el = canvas.current;
        if (gone || !el) return;
        try {
          undraw = drawAnswersChart(el, JSON.parse(spec) as AnswersChartSpec);
        } catch {
          // No drawing surface: the table beside it carries the figures.
        }
      },
      () => undefined, // The chart could not load (offline): the table beside it carries the figures.
    );
    return () => {
      gone = true;
      undraw?.();
    };
  }, [spec]);
  const height = bars.length * (series.previous ? 2.75 : 2) + 3;
  return (
    <div className="survey-chart no-print" style={{ blockSize: `${height}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} />
    </div>
  );
}
