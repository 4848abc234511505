// Every corpus entry's result as one line, so the phone's environment (jsdom) and the server's (node) can be shown
// to give the same answer for every entry: both test projects compare these lines with one shared file,
// src/shared/safety/corpus/__results__/corpus-results.txt (update it with `npx vitest run -u` on both files).
import { assessText } from './assess-text';
import { CORPUS } from './corpus';

export function corpusResultLines(): string {
  return (
    CORPUS.map((entry) => {
      const r = assessText(entry.text);
      const matches = r.matches.map((m) => `${m.strength[0]}:${m.category}:${m.term}`).join(', ');
      return `${entry.language} ${entry.category ?? 'ordinary'} | ${JSON.stringify(entry.text)} → ${r.doubt} [${r.categories.join(', ')}] {${matches}}`;
    }).join('\n') + '\n'
  );
}
