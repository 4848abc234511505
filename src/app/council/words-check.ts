// The shared safety check with the council's own words, for a young person's free text (a request's words, a survey
// answer), loaded only when a screen is about to need it: it and the council's words are a large part of the code, and
// most screens never need them. The service worker precaches every chunk, so it loads offline too.
import type { TextAssessment } from '../../shared/safety/assess-text';

let loading: Promise<(text: string) => Promise<TextAssessment>> | null = null;

/** Starts loading the check (call when free text comes on screen, so pressing Next does not wait). */
export function loadWordsCheck(): Promise<(text: string) => Promise<TextAssessment>> {
  loading ??= Promise.all([import('../../shared/safety/assess-text'), import('./safety-terms')]).then(
    ([{ assessText }, { councilSafetyTerms }]) =>
      async (text: string) =>
        // When the council's own words cannot be read from the phone, Heard's list still checks (help at once for
        // words about harm); the server checks again with the council's words when the words arrive.
        assessText(text, { extraTerms: await councilSafetyTerms().catch(() => []) }),
  );
  // A failed load (an old cache) is tried again next time rather than remembered.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The safety check on `text`, with the council's own words when they can be read. */
export async function checkWords(text: string): Promise<TextAssessment> {
  return (await loadWordsCheck())(text);
}
