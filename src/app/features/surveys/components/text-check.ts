// The shared safety check for a free-text answer, loaded only when a survey reaches a text question (it and the
// council's words are the largest part of the survey's code, and most questions never need them). The service worker
// precaches every chunk, so it loads offline too.
import type { TextAssessment } from '../../../../shared/safety/assess-text';

let loading: Promise<(text: string) => Promise<TextAssessment>> | null = null;

/** Starts loading the check (call when a text question comes on screen, so pressing Next does not wait). */
export function loadTextCheck(): Promise<(text: string) => Promise<TextAssessment>> {
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

/** The safety check on `text`, with the council's own words. */
export async function checkText(text: string): Promise<TextAssessment> {
  return (await loadTextCheck())(text);
}
