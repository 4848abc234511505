// Language polls' staff calls: list, create, open or close, decide on a name idea, word an option in Welsh and Arabic,
// adopt the winner. Every answer is checked against src/shared.
import type { LocalizedText } from '../../../../shared/text';
import { staffPollListSchema, staffPollViewSchema } from '../../../../shared/feed-staff';
import { staffRequest } from '../../../api/request';

const id = encodeURIComponent;
const POLLS = '/api/v1/staff/polls';

export const listPolls = async () => (await staffRequest({ method: 'GET', url: POLLS, answer: staffPollListSchema })).polls;
export const createPoll = (poll: { term: string; question: LocalizedText; options: string[] }) =>
  staffRequest({ method: 'POST', url: POLLS, body: poll, answer: staffPollViewSchema });
export const setPollOpen = (pollId: string, open: boolean) =>
  staffRequest({ method: 'PATCH', url: `${POLLS}/${id(pollId)}`, body: { open }, answer: staffPollViewSchema });
/** Approving a name idea the safety check doubts needs `confirmDoubt` (the server answers 'confirm-doubt' otherwise). */
export const decideOption = (pollId: string, optionId: string, decision: { action: 'approve' | 'hide'; confirmDoubt?: boolean }) =>
  staffRequest({ method: 'POST', url: `${POLLS}/${id(pollId)}/options/${id(optionId)}/decision`, body: decision, answer: staffPollViewSchema });
/** Replaces an option's Welsh and Arabic words; a language that is empty or left out has none. */
export const setOptionWords = (pollId: string, optionId: string, words: { cy: string | null; ar: string | null }) =>
  staffRequest({ method: 'PUT', url: `${POLLS}/${id(pollId)}/options/${id(optionId)}/translations`, body: words, answer: staffPollViewSchema });
/** Adopts the winner into the council's words, with a feed item that records it. */
export const adoptOption = (pollId: string, adoption: { optionId: string; did: LocalizedText | null; responsible: string }) =>
  staffRequest({ method: 'POST', url: `${POLLS}/${id(pollId)}/adopt`, body: adoption, answer: staffPollViewSchema });
