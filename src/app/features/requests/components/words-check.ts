// The shared safety check for the request's words, loaded only when the "what happened" step comes on screen (it and
// the council's words are a large part of the code, and "contact me" never needs them). The service worker precaches
// every chunk, so it loads offline too.
import type { TextAssessment } from '../../../../shared/safety/assess-text';

let loading: Promise<(text: string) => Promise<TextAssessment>> | null = null;

export function loadWordsCheck(): Promise<(text: string) => Promise<TextAssessment>> {
  loading ??= Promise.all([import('../../../../shared/safety/assess-text'), import('../../../council/safety-terms')]).then(
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

export async function checkWords(text: string): Promise<TextAssessment> {
  return (await loadWordsCheck())(text);
}
