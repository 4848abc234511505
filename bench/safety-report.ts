// The safety check's figures on its corpus: recall (disclosures caught) and false-positive rate (ordinary posts
// flagged), overall, per language and per category, for the check today and for the check before issue 7
// (bench/safety-baseline.ts), and separately for the held-out part of the corpus (written after tuning), all of it
// and each held-out set on its own.
// Usage: npx tsx bench/safety-report.ts [--missed]   (--missed also lists what the check gets wrong)
import { SAFETY_CATEGORIES, SAFETY_LANGUAGES } from '../src/shared/safety/categories';
import { assessText } from '../src/shared/safety/assess-text';
import { CORPUS, HELD_OUT_SETS } from '../src/shared/safety/corpus';
import { evaluate, type Evaluation, type Rate } from '../src/shared/safety/evaluate';
import { assessTextBaseline } from './safety-baseline';

const pct = (r: Rate) => `${(r.rate * 100).toFixed(1).padStart(5)}% (${r.hits}/${r.total})`;
const tuned = CORPUS.filter((e) => !e.heldOut);
const heldOut = CORPUS.filter((e) => e.heldOut);

function table(title: string, before: Evaluation, after: Evaluation): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(31)}${'before'.padEnd(22)}after`);
  const row = (label: string, b: Rate, a: Rate) => console.log(`${label.padEnd(31)}${pct(b).padEnd(22)}${pct(a)}`);
  row('recall, all', before.recall, after.recall);
  row('false positives, all', before.falsePositives, after.falsePositives);
  for (const lang of SAFETY_LANGUAGES) {
    const b = before.byLanguage[lang];
    const a = after.byLanguage[lang];
    if (!b || !a) continue;
    row(`recall, ${lang}`, b.recall, a.recall);
    row(`false positives, ${lang}`, b.falsePositives, a.falsePositives);
  }
  for (const cat of SAFETY_CATEGORIES) {
    const b = before.byCategory[cat];
    const a = after.byCategory[cat];
    if (b && a) row(`recall, ${cat}`, b, a);
  }
  console.log(`${'doubt on ordinary posts'.padEnd(31)}${'-'.padEnd(22)}${pct(after.doubtOnOrdinary)}`);
  console.log(`${'disclosures with any doubt'.padEnd(31)}${'-'.padEnd(22)}${pct(after.doubtOnHarm)}`);
}

const before = (text: string) => assessTextBaseline(text);
const after = (text: string) => assessText(text);
const tunedAfter = evaluate(tuned, after);
const heldAfter = evaluate(heldOut, after);
table(`Corpus used to build the lexicon (${tuned.length} entries)`, evaluate(tuned, before), tunedAfter);
table(`Held-out corpus, written after tuning (${heldOut.length} entries)`, evaluate(heldOut, before), heldAfter);
const setResults = HELD_OUT_SETS.map((set) => ({ name: set.name, result: evaluate(set.entries, after) }));
for (const set of HELD_OUT_SETS) {
  const result = setResults.find((r) => r.name === set.name)?.result ?? evaluate(set.entries, after);
  table(`Held-out set ${set.name} (${set.entries.length} entries)`, evaluate(set.entries, before), result);
}
table(`Whole corpus (${CORPUS.length} entries)`, evaluate(CORPUS, before), evaluate(CORPUS, after));

if (process.argv.includes('--missed')) {
  const lists = [['tuned', tunedAfter] as const, ...setResults.map((r) => [r.name, r.result] as const)];
  for (const [name, e] of lists) {
    for (const m of e.missed) console.log(`missed (${name}) ${m.language} ${m.category}: ${m.text}`);
    for (const m of e.flaggedOrdinary) console.log(`flagged (${name}) ${m.language}: ${m.text}`);
  }
}
