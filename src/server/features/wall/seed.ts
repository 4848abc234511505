// Demo wall content for Demoshire, in the words young people wrote on the Hampshire graffiti walls (2018).
import type { Transaction } from 'kysely';
import { newId } from '../../../shared/ids';
import { assessText } from '../../../shared/safety/assess-text';
import type { LocalizedText } from '../../../shared/text';
import type { PromptKind } from '../../../shared/wall';
import type { Database } from '../../db/schema';
import type { DemoSeedContext } from '../../ports/server-feature';
import { recordChanges, type Change } from '../../sync/change-log';

interface DemoPrompt {
  key: string;
  kind: PromptKind;
  text: LocalizedText;
  posts: Array<[text: string, meToo: number]>;
}

const PROMPTS: readonly DemoPrompt[] = [
  {
    key: 'yes',
    kind: 'yes-more',
    text: { en: 'Yes more…', cy: 'Mwy o…', ar: 'نريد المزيد من…' },
    posts: [
      ['Honesty', 9],
      ['Same worker', 14],
      ['Talk to us a bit more about our care plan', 11],
      ['Remember what I say or ask for', 8],
      ['Always informed', 6],
      ['An invested carer that wants to help', 5],
      ['Saying how I say it', 4],
      ['Get things done', 7],
      ['Days like this where we all get together', 3],
    ],
  },
  {
    key: 'no',
    kind: 'no-more',
    text: { en: 'No more…', cy: 'Dim mwy o…', ar: 'لا نريد المزيد من…' },
    posts: [
      ['No more change of social workers', 17],
      ['No more broken promises', 12],
      ["Don't drag me out of school", 9],
      ["Don't keep asking me to do a questionnaire with the same stuff in it", 6],
      ['Waiting forever for meaningful feedback', 10],
      ['Not knowing where to go or who to talk to', 8],
      ['Less bullying', 7],
      ['Rushed time', 3],
    ],
  },
  {
    key: 'heard',
    kind: 'starter',
    text: { en: "I don't feel heard when…", cy: 'Dydw i ddim yn teimlo fy mod i’n cael fy nghlywed pan…', ar: 'لا أشعر أن أحداً يسمعني عندما…' },
    posts: [
      ["They don't act on what I have said", 13],
      ['What happens when you give your view... nothing', 9],
    ],
  },
  {
    key: 'meetings',
    kind: 'starter',
    text: { en: 'My meetings would be better if…', cy: 'Byddai fy nghyfarfodydd yn well pe bai…', ar: 'ستكون اجتماعاتي أفضل لو…' },
    posts: [
      ['I could chair my own meetings', 5],
      ["They weren't in school time", 6],
    ],
  },
  {
    key: 'visits',
    kind: 'starter',
    text: { en: 'Visits would be better if…', cy: 'Byddai ymweliadau yn well pe baen nhw…', ar: 'ستكون الزيارات أفضل لو…' },
    posts: [['They were more frequent', 4]],
  },
  {
    key: 'listened',
    kind: 'starter',
    text: { en: 'I feel listened to when…', cy: 'Rydw i’n teimlo bod rhywun yn gwrando arna i pan…', ar: 'أشعر أن أحداً يستمع إليّ عندما…' },
    posts: [['I feel confident about talking about my feelings', 3]],
  },
];

/** Posts waiting for a person, so the moderation queue has something to show (one has a name in it). */
const PENDING: ReadonlyArray<[promptKey: string, text: string]> = [
  ['yes', 'More help before leaving care, like knowing how to pay bills'],
  ['no', 'No more being taken out of class for meetings'],
  ['heard', 'My social worker Dave never rings me back'],
];

export type DemoWallPosts = Record<string, string[]>;

export async function seedDemoWall(trx: Transaction<Database>, ctx: DemoSeedContext): Promise<DemoWallPosts> {
  const changes: Change[] = [];
  const byPrompt: DemoWallPosts = {};
  const dayMs = 24 * 60 * 60 * 1000;
  let n = 0;
  for (const [i, p] of PROMPTS.entries()) {
    const promptId = newId();
    const created = new Date(ctx.now.getTime() - 200 * dayMs).toISOString();
    await trx
      .insertInto('wall_prompts')
      .values({
        id: promptId,
        council_id: ctx.councilId,
        kind: p.kind,
        text: JSON.stringify(p.text),
        district_id: null,
        open: 1,
        sort_order: i + 1,
        created_at: created,
        updated_at: created,
      })
      .execute();
    changes.push({ councilId: ctx.councilId, collection: 'wallPrompts', entityId: promptId });
    byPrompt[p.key] = [];
    for (const [text, meToo] of p.posts) {
      n++;
      const id = newId();
      const at = new Date(ctx.now.getTime() - ((n * 37) % 180) * dayMs - dayMs);
      const district = ctx.districts[n % ctx.districts.length];
      await trx
        .insertInto('wall_posts')
        .values({
          id,
          council_id: ctx.councilId,
          prompt_id: promptId,
          device_id: null,
          district_id: n % 3 === 0 ? null : (district?.id ?? null),
          text,
          published_text: text,
          status: 'published',
          flags: JSON.stringify(assessText(text)),
          me_too: meToo,
          created_at: at.toISOString(),
          decided_at: new Date(at.getTime() + dayMs).toISOString(),
          decided_by: ctx.staffId,
          decision_reason: null,
          decision_category: null,
        })
        .execute();
      byPrompt[p.key]?.push(id);
      changes.push({ councilId: ctx.councilId, collection: 'wallPosts', entityId: id });
    }
  }
  for (const [key, text] of PENDING) {
    const promptRow = await trx
      .selectFrom('wall_prompts')
      .select('id')
      .where('council_id', '=', ctx.councilId)
      .where('sort_order', '=', PROMPTS.findIndex((p) => p.key === key) + 1)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('wall_posts')
      .values({
        id: newId(),
        council_id: ctx.councilId,
        prompt_id: promptRow.id,
        device_id: null,
        district_id: ctx.districts[0]?.id ?? null,
        text,
        published_text: null,
        status: 'pending',
        flags: JSON.stringify(assessText(text)),
        me_too: 0,
        created_at: new Date(ctx.now.getTime() - 2 * dayMs).toISOString(),
        decided_at: null,
        decided_by: null,
        decision_reason: null,
        decision_category: null,
      })
      .execute();
  }
  await recordChanges(trx, changes);
  return byPrompt;
}
