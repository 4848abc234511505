// Casework that is not a stage's clock: who has it, acknowledging it, recording contact and advocacy, messages to the
// young person, staff notes, closing it and the learning from a stage.
import type { z } from 'zod';
import type { RequestCase } from '../../../../shared/requests/staff';
import type {
  advocacySchema,
  assignSchema,
  closeSchema,
  contactedSchema,
  learningSchema,
  noteSchema,
  staffMessageSchema,
} from '../../../../shared/requests/staff';
import { loadStaff } from '../../../auth/staff-store';
import { badRequest, conflict } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { addEvent, changeRequest } from './casework-change';

type Body<S extends z.ZodType> = z.output<S>;

export function assign(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof assignSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'assign', progresses: true }, async (ctx) => {
    if (body.staffId !== null) {
      const member = await loadStaff(ctx.trx, body.staffId, staff.councilId);
      if (!member || member.disabled) throw badRequest('unknown-staff', 'Choose a member of your council’s staff.');
      // Only someone who can open requests can work on one (the complaints team or an admin).
      if (!member.roles.some((r) => r === 'complaints' || r === 'admin')) {
        throw badRequest('unknown-staff', 'Choose someone in the complaints team or an admin: others cannot open requests.');
      }
    }
    if (ctx.row.assigned_to === body.staffId) return { unchanged: true };
    await ctx.trx.updateTable('requests').set({ assigned_to: body.staffId }).where('id', '=', ctx.row.id).execute();
    await addEvent(ctx, { type: 'assigned', data: { to: body.staffId } });
    return { detail: { to: body.staffId } };
  });
}

export function acknowledge(deps: AppDeps, staff: StaffAuth, id: string): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'acknowledge', progresses: true }, async (ctx) => {
    if (ctx.row.acknowledged_at !== null) return { unchanged: true };
    await ctx.trx.updateTable('requests').set({ acknowledged_at: ctx.now.toISOString() }).where('id', '=', ctx.row.id).execute();
    await addEvent(ctx, { type: 'acknowledged' });
  });
}

export function recordContact(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof contactedSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'contacted', progresses: true }, async (ctx) => {
    await ctx.trx.updateTable('requests').set({ contacted_at: ctx.now.toISOString() }).where('id', '=', ctx.row.id).execute();
    await addEvent(ctx, { type: 'contacted', text: body.note });
  });
}

export function recordAdvocacy(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof advocacySchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'advocacy', progresses: true }, async (ctx) => {
    await ctx.trx.updateTable('requests').set({ advocacy: body.state }).where('id', '=', ctx.row.id).execute();
    await addEvent(ctx, { type: 'advocacy', text: body.note ?? null, data: { state: body.state } });
    return { detail: { state: body.state } };
  });
}

/** A message to the young person. Its id is the sender's: sent again (a retry), it is stored once. */
export function sendMessage(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof staffMessageSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'message', progresses: true }, async (ctx) => {
    const before = await ctx.trx.selectFrom('request_events').select(['request_id', 'type']).where('id', '=', body.id).executeTakeFirst();
    if (before) {
      if (before.request_id === ctx.row.id && before.type === 'message-out') return { unchanged: true };
      throw conflict('id-used', 'That message id is used already: send it with a new one.');
    }
    await addEvent(ctx, { id: body.id, type: 'message-out', text: body.text, data: { signedAs: body.signedAs ?? null }, visible: true });
  });
}

export function addNote(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof noteSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'note', progresses: false, whenClosed: true }, async (ctx) => {
    await addEvent(ctx, { type: 'note', text: body.text });
  });
}

/** Closes it (answered another way, withdrawn, or nothing more to do); the current stage keeps an outcome if given. */
export function closeRequest(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof closeSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'close', progresses: false }, async (ctx) => {
    if (body.outcome) {
      await ctx.trx
        .updateTable('request_stages')
        .set({ outcome: body.outcome })
        .where('request_id', '=', ctx.row.id)
        .where('stage', '=', Number(ctx.row.stage))
        .where('outcome', 'is', null)
        .execute();
    }
    await addEvent(ctx, { type: 'closed', text: body.reason, data: { outcome: body.outcome ?? null } });
    return { status: 'closed', detail: { outcome: body.outcome ?? null } };
  });
}

/** What the council learned from a stage, for the annual report. Written again, it replaces the last words. */
export function recordLearning(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof learningSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'learning', progresses: false, whenClosed: true }, async (ctx) => {
    const done = await ctx.trx
      .updateTable('request_stages')
      .set({ learning: body.learning })
      .where('request_id', '=', ctx.row.id)
      .where('stage', '=', body.stage)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw badRequest('no-such-stage', `This request has not reached stage ${body.stage}.`);
    await addEvent(ctx, { type: 'learning', text: body.learning, data: { stage: body.stage } });
    return { detail: { stage: body.stage } };
  });
}
