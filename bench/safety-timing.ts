// Time per post of the safety check on the server: assessText over every corpus entry, after one warm-up pass
// (which also compiles the lexicons, timed on its own).
// Usage: npx tsx bench/safety-timing.ts
import { assessText } from '../src/shared/safety/assess-text';
import { CORPUS } from '../src/shared/safety/corpus';

const t0 = performance.now();
assessText('warm up');
const compileMs = performance.now() - t0;
for (const e of CORPUS) assessText(e.text);
const rounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const start = performance.now();
  for (const e of CORPUS) assessText(e.text);
  rounds.push((performance.now() - start) / CORPUS.length);
}
rounds.sort((a, b) => a - b);
const longest = CORPUS.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
const long = `${longest} `.repeat(Math.ceil(2000 / longest.length)).slice(0, 2000);
const ls = performance.now();
for (let i = 0; i < 20; i++) assessText(long);
const longMs = (performance.now() - ls) / 20;
console.log(`lexicons compiled in ${compileMs.toFixed(0)} ms`);
console.log(
  `per post over ${CORPUS.length} corpus entries: median of 5 rounds ${rounds[2]?.toFixed(3)} ms (fastest ${rounds[0]?.toFixed(3)}, slowest ${rounds[4]?.toFixed(3)})`,
);
console.log(`a 2,000-character post: ${longMs.toFixed(2)} ms`);
