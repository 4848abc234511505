// What waits for staff: GET /api/v1/staff/waiting answers one summary per kind the member's roles may open.
import { z } from 'zod';

export const waitingSummarySchema = z.object({
  /** Items nobody has acted on yet. */
  waiting: z.number().int().min(0),
  /** When the oldest of them arrived (null: none waiting). */
  oldestAt: z.string().nullable(),
  /** Of those, how many are past the council's response time. */
  overdue: z.number().int().min(0),
});
export type WaitingSummary = z.infer<typeof waitingSummarySchema>;

/** GET /api/v1/staff/waiting → { [kind]: summary } */
export const waitingAnswerSchema = z.record(z.string(), waitingSummarySchema);
export type WaitingAnswer = z.infer<typeof waitingAnswerSchema>;
