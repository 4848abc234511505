// Staff copy and adapt a survey (a new version of the same survey id) and publish pulse check-ins. The server chooses
// what staff never should: the version number (the previous one + 1), which questions the new version keeps unchanged
// (so trends compare like with like) and a pulse's id. Nothing is ever updated: a change is a new version.
import { newId } from '../../../../shared/ids';
import type { PulseCreate, StaffSurveySummary, SurveyEdit } from '../../../../shared/survey/authoring';
import { roundProblems, surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import { keptQuestions } from '../../../../shared/survey/keeps';
import type { Db } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { badRequest, conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { readJsonColumn } from '../../../lib/json-column';
import { publishSurveyVersions } from './publish';

/** Every version of every survey the council has published, oldest first within each id. */
async function loadAll(db: Db, councilId: string): Promise<Array<{ definition: SurveyVersion; publishedAt: string }>> {
  const rows = await db
    .selectFrom('surveys')
    .select(['id', 'version', 'definition', 'published_at'])
    .where('council_id', '=', councilId)
    .where('status', '=', 'published')
    .orderBy('id')
    .orderBy('version')
    .execute();
  return rows.flatMap((row) => {
    const definition = readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null);
    return definition ? [{ definition: { ...definition, id: row.id, version: Number(row.version) }, publishedAt: row.published_at }] : [];
  });
}

export async function listSurveys(db: Db, councilId: string): Promise<StaffSurveySummary[]> {
  const byId = new Map<string, StaffSurveySummary>();
  for (const { definition: v, publishedAt } of await loadAll(db, councilId)) {
    const known = byId.get(v.id);
    const entry = { version: v.version, publishedAt };
    if (known) {
      known.versions.push(entry);
      known.newest = v;
    } else byId.set(v.id, { id: v.id, band: v.band, round: v.round, kind: v.kind ?? 'round', versions: [entry], newest: v });
  }
  return [...byId.values()].sort((a, b) => a.round.localeCompare(b.round) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** Refuses, naming every problem, a version that is not sound on its own or beside the round's other bands. */
function checkAgainstRound(candidate: SurveyVersion, others: readonly SurveyVersion[]): void {
  const parsed = surveyVersionSchema.safeParse(candidate);
  if (!parsed.success) throw badRequest('invalid-survey', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const problems = roundProblems([candidate, ...others]);
  if (problems.length > 0) throw badRequest('invalid-survey', `This survey cannot be published: ${problems.join('; ')}`);
}

async function publishOne(deps: AppDeps, staff: StaffAuth, version: SurveyVersion, others: readonly SurveyVersion[], action: string) {
  checkAgainstRound(version, others);
  const now = deps.now();
  const taken = () =>
    deps.db
      .selectFrom('surveys')
      .select('id')
      .where('council_id', '=', staff.councilId)
      .where('id', '=', version.id)
      .where('version', '=', version.version);
  await deps.db
    .transaction()
    .execute(async (trx) => {
      await publishSurveyVersions(trx, staff.councilId, [version], now.toISOString());
      await audit(
        trx,
        {
          councilId: staff.councilId,
          staffId: staff.staffId,
          action,
          entity: 'survey',
          entityId: version.id,
          detail: { version: version.version, round: version.round, band: version.band, questions: version.questions.length },
        },
        now,
      );
    })
    .catch(async (error: unknown) => {
      // Two people publishing at once: the second finds its version number taken (the table's key refuses it).
      if (await taken().executeTakeFirst())
        throw conflict('survey-version-taken', 'Someone published a new version of this survey just now. Reload and try again.');
      throw error;
    });
  return version;
}

export async function publishNewVersion(deps: AppDeps, staff: StaffAuth, id: string, edit: SurveyEdit): Promise<SurveyVersion> {
  const all = (await loadAll(deps.db, staff.councilId)).map((r) => r.definition);
  const previous = all.filter((v) => v.id === id).at(-1);
  if (!previous) throw notFound('That survey');
  const kept = keptQuestions(previous, edit);
  const unchanged =
    kept.length === previous.questions.length &&
    kept.length === edit.questions.length &&
    JSON.stringify([edit.title, edit.intro, edit.afterwards, edit.window ?? null, edit.questions]) ===
      JSON.stringify([previous.title, previous.intro, previous.afterwards, previous.window ?? null, previous.questions]);
  if (unchanged) throw badRequest('survey-unchanged', 'Nothing was changed, so there is no new version to publish.');
  const next: SurveyVersion = {
    id,
    round: previous.round,
    version: previous.version + 1,
    band: previous.band,
    title: edit.title,
    intro: edit.intro,
    afterwards: edit.afterwards,
    questions: edit.questions,
    ...(kept.length > 0 ? { keeps: { version: previous.version, questionIds: kept } } : {}),
    ...(previous.kind ? { kind: previous.kind } : {}),
    ...(edit.window ? { window: edit.window } : {}),
  };
  // The round's other bands as phones have them now (their newest versions), for the core-question check.
  const others = newestOfEach(all.filter((v) => v.round === previous.round && v.id !== id));
  return publishOne(deps, staff, next, others, 'survey.version.publish');
}

function newestOfEach(versions: readonly SurveyVersion[]): SurveyVersion[] {
  const newest = new Map<string, SurveyVersion>();
  for (const v of versions) if ((newest.get(v.id)?.version ?? 0) < v.version) newest.set(v.id, v);
  return [...newest.values()];
}

export async function createPulse(deps: AppDeps, staff: StaffAuth, body: PulseCreate): Promise<SurveyVersion> {
  // Its own round: a pulse's answers never count towards a full round's response rates.
  const id = `pulse-${newId()}`;
  const pulse: SurveyVersion = {
    id,
    round: id,
    version: 1,
    band: body.band,
    title: body.title,
    intro: body.intro,
    afterwards: body.afterwards,
    questions: body.questions,
    kind: 'pulse',
    window: body.window,
  };
  return publishOne(deps, staff, pulse, [], 'survey.pulse.publish');
}
