// One version's per-question results from its answer counts, suppressed as one table: each question's answered and
// its answers, its good answers' sum and the rest, and — where a question is shown only after an earlier answer — the
// earlier question's answers that made it shown (its `asked` is their sum, so it is tied to them too).
import { answerOptions, positiveAnswers } from '../../../../shared/survey/answer-words';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import type { QuestionResult } from '../../../../shared/survey/results';
import { ANSWERED, ASKED } from '../../../../shared/survey/tally';
import { suppressCells, type CountGroup } from './suppress';

/** question id → answer value (or ASKED, ANSWERED) → count. */
export type AnswerCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

interface Cells {
  asked: number;
  answered: number;
  answers: number[];
  positive: number | null;
}

/** The cells of every question of a version, suppressed together; `value(i)` is the shown count or null. */
export function suppressedVersion(version: SurveyVersion, counts: AnswerCounts) {
  const values: number[] = [];
  const groups: CountGroup[] = [];
  const cell = (n: number) => values.push(n) - 1;
  const byQuestion = new Map<string, Cells>();
  for (const q of version.questions) {
    const mine = counts.get(q.id);
    const at = (v: string) => mine?.get(v) ?? 0;
    const options = answerOptions(q);
    const asked = cell(at(ASKED));
    const answered = cell(at(ANSWERED));
    const answers = options.map((o) => cell(at(o.value)));
    const good = positiveAnswers(q);
    let positive: number | null = null;
    if (q.type !== 'multiple' && q.type !== 'text') groups.push({ total: answered, parts: answers });
    if (good) {
      const goodCells = answers.filter((_, i) => good.includes(options[i]?.value ?? ''));
      const rest = answers.filter((c) => !goodCells.includes(c));
      positive = cell(goodCells.reduce((sum, c) => sum + (values[c] as number), 0));
      groups.push({ total: positive, parts: goodCells }, { total: answered, parts: [positive, ...rest] });
    }
    if (q.showIf) {
      const on = byQuestion.get(q.showIf.questionId);
      const onQuestion = version.questions.find((x) => x.id === q.showIf?.questionId);
      // Shown after a single answer: asked = the responses that gave one of those answers. (After a `multiple` the
      // choices overlap, so there is no sum to tie.)
      if (on && onQuestion && onQuestion.type !== 'multiple') {
        const opts = answerOptions(onQuestion);
        const parts = on.answers.filter((_, i) => q.showIf?.anyOf.includes(opts[i]?.value ?? ''));
        if (parts.length > 0) groups.push({ total: asked, parts });
      }
    }
    byQuestion.set(q.id, { asked, answered, answers, positive });
  }
  const hidden = suppressCells({ counts: values, groups });
  const value = (i: number): number | null => (hidden[i] ? null : (values[i] as number));
  return { byQuestion, value, raw: (i: number) => values[i] as number };
}

const shareOf = (count: number | null, of: number | null): number | null =>
  count === null || of === null || of < 1 ? null : Math.min(1, count / of);

/** The results of each question of `version` (previous filled in by the caller). */
export function questionResults(version: SurveyVersion, counts: AnswerCounts): QuestionResult[] {
  const { byQuestion, value, raw } = suppressedVersion(version, counts);
  return version.questions.map((q) => {
    const cells = byQuestion.get(q.id) as Cells;
    const answered = value(cells.answered);
    const options = answerOptions(q);
    const answers = options.map((o, i) => {
      const count = value(cells.answers[i] as number);
      return { value: o.value, label: o.label, count, share: shareOf(count, answered) };
    });
    let mean: number | null | undefined;
    if (q.type === 'scale') {
      const sum = cells.answers.reduce((s, c, i) => s + i * raw(c), 0);
      // One decimal place: the mean is shown only beside a shown `answered`, never more exact than a board needs.
      // Not shown beside a hidden answer count: the mean and the shown cells together could give the hidden ones back.
      const anyHidden = answers.some((a) => a.count === null);
      mean = !anyHidden && answered !== null && answered >= 1 ? Math.round((sum / answered) * 10) / 10 : null;
    }
    return {
      id: q.id,
      type: q.type,
      domain: q.domain,
      core: q.core === true,
      negative: q.negative === true,
      text: q.text,
      asked: value(cells.asked),
      answered,
      answers,
      ...(mean !== undefined ? { mean } : {}),
      positiveShare: cells.positive === null ? null : shareOf(value(cells.positive), answered),
      previous: null,
    };
  });
}
