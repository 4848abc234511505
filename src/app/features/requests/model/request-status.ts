// Where a request is, in the young person's terms: what happens next and by when, whether they can ask for the next
// stage, and when to tell them about the Ombudsman. Pure: the view comes from the server (pull or lookup).
import { lastStage } from '../../../../shared/requests/clock';
import type { RequestView } from '../../../../shared/requests/request';

export type NextStep = 'received' | 'due' | 'stopped' | 'answered' | 'can-ask-next' | 'ombudsman' | 'closed';

/** How many stages this request can go through: a complaint has the nation's stages, anything else one. */
export const stagesOf = (v: Pick<RequestView, 'kind' | 'nation'>): number => (v.kind === 'complaint' ? lastStage(v.nation) : 1);

/** After the council answered the last stage of a complaint (or closed it), the Ombudsman is where to go next. */
export function showOmbudsman(v: RequestView): boolean {
  if (!v.ombudsman || v.kind !== 'complaint') return false;
  return v.stage >= stagesOf(v) && (v.respondedOn !== null || v.status === 'closed');
}

export function nextStep(v: RequestView): NextStep {
  if (escalateTo(v) !== null) return 'can-ask-next';
  if (showOmbudsman(v)) return 'ombudsman';
  if (v.status === 'closed') return 'closed';
  if (v.clockStoppedSince) return 'stopped';
  if (v.respondedOn) return 'answered';
  return v.dueOn ? 'due' : 'received';
}

/** The stage "I'm not happy — ask for the next stage" asks for, or null when there is none to ask for now. */
export function escalateTo(v: RequestView): 2 | 3 | null {
  const to = v.stage + 1;
  return v.canEscalate && to <= stagesOf(v) && (to === 2 || to === 3) ? to : null;
}

/** How to reach each Ombudsman: shown as words (Heard never calls a third party for the young person). */
export const OMBUDSMEN = {
  lgsco: { phone: '0300 061 0614', web: 'www.lgo.org.uk' },
  psow: { phone: '0300 790 0203', web: 'www.ombudsman.wales' },
} as const;
