// The wall's posts as other domains may see them (themes, answers), and which posts may be quoted.
import type { Db } from '../../../db/schema';
import { parseText } from '../../../lib/json-column';
import type { CitationSource } from '../../../ports/citations';
import type { PostDetail, PostDirectory, PostFacts } from '../../../ports/posts';

async function facts(db: Db, councilId: string, ids: readonly string[]): Promise<PostFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('wall_posts')
    .select(['id', 'status', 'device_id', 'op_id', 'me_too', 'created_at', 'district_id'])
    .where('council_id', '=', councilId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    deviceId: r.device_id,
    opId: r.op_id,
    meToo: Number(r.me_too),
    createdAt: r.created_at,
    districtId: r.district_id,
  }));
}

async function details(db: Db, councilId: string, ids: readonly string[]): Promise<PostDetail[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('wall_posts as p')
    .innerJoin('wall_prompts as q', 'q.id', 'p.prompt_id')
    .select([
      'p.id',
      'p.status',
      'p.device_id',
      'p.op_id',
      'p.me_too',
      'p.created_at',
      'p.district_id',
      'p.text',
      'p.published_text',
      'q.kind',
      'q.text as prompt_text',
    ])
    .where('p.council_id', '=', councilId)
    .where('p.id', 'in', [...new Set(ids)])
    .orderBy('p.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    deviceId: r.device_id,
    opId: r.op_id,
    meToo: Number(r.me_too),
    createdAt: r.created_at,
    districtId: r.district_id,
    text: r.text,
    publishedText: r.published_text,
    promptKind: r.kind,
    promptText: parseText(r.prompt_text),
  }));
}

export const wallPostDirectory: PostDirectory = {
  facts,
  details,
  published: (db, councilId) =>
    db.selectFrom('wall_posts').select(['id', 'text']).where('council_id', '=', councilId).where('status', '=', 'published').execute(),
};

export const postCitations: CitationSource = {
  kind: 'post',
  async citable(db, councilId, id) {
    const found = await db
      .selectFrom('wall_posts')
      .select('id')
      .where('id', '=', id)
      .where('council_id', '=', councilId)
      // Only words a moderator approved can be quoted: a published item reaches every phone.
      .where('status', '=', 'published')
      .executeTakeFirst();
    return Boolean(found);
  },
};
