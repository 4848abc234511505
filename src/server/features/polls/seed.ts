// Demo language polls for Demoshire: "Contact" → "Family Time", already decided (the council's vocabulary says so,
// and "you said, we did" tells it), and one still open.
import type { Trx } from '../../db/schema';
import { newId } from '../../../shared/ids';
import type { Ports } from '../../ports/ports';
import { recordChanges, type Change } from '../../sync/change-log';
import type { DemoSeedContext } from '../../ports/server-feature';

const DAY = 24 * 60 * 60 * 1000;

/** Each choice's Welsh and Arabic words, so a Welsh or Arabic phone shows no English in the demo's polls. */
const WORDS: Record<string, { cy: string; ar: string }> = {
  'Family Time': { cy: 'Amser Teulu', ar: 'وقت العائلة' },
  Contact: { cy: 'Cyswllt', ar: 'التواصل' },
  'Catch up': { cy: 'Dal i fyny', ar: 'لقاء للدردشة' },
  Visit: { cy: 'Ymweliad', ar: 'زيارة' },
  'Check in': { cy: 'Galw heibio', ar: 'زيارة اطمئنان' },
};

const POLLS = {
  adopted: {
    term: 'contact',
    question: { en: 'What should we call "contact"?', cy: 'Beth ddylen ni alw "cyswllt"?', ar: 'ماذا نسمي "التواصل"؟' },
    options: ['Family Time', 'Contact', 'Catch up'],
    votes: [41, 6, 12],
    winner: 'Family Time',
    /** The answer's words, in each language ("you said: call it …"). */
    said: {
      en: 'What should we call "contact"? You said: call it "Family Time".',
      cy: 'Beth ddylen ni alw "cyswllt"? Dywedoch chi: ei alw’n "Amser Teulu".',
      ar: 'ماذا نسمي "التواصل"؟ قلتم: سمّوه "وقت العائلة".',
    },
    did: {
      en: 'From now on Heard, our letters and your plans say Family Time.',
      cy: 'O hyn ymlaen, bydd Heard, ein llythyrau a’ch cynlluniau yn dweud Amser Teulu.',
      ar: 'من الآن فصاعداً، سيقول Heard ورسائلنا وخططكم "وقت العائلة".',
    },
  },
  open: {
    term: 'visit',
    question: {
      en: 'What should we call your social worker’s visits?',
      cy: 'Beth ddylen ni alw ymweliadau eich gweithiwr cymdeithasol?',
      ar: 'ماذا نسمي زيارات الأخصائي الاجتماعي؟',
    },
    options: ['Catch up', 'Visit', 'Check in'],
    votes: [9, 2, 5],
  },
};

export async function seedDemoPolls(trx: Trx, ctx: DemoSeedContext, ports: Ports): Promise<void> {
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * DAY).toISOString();
  const changes: Change[] = [];
  for (const [key, p] of Object.entries(POLLS)) {
    const pollId = newId();
    const optionIds = p.options.map(() => newId());
    const winnerIndex = 'winner' in p ? p.options.indexOf(p.winner) : -1;
    await trx
      .insertInto('polls')
      .values({
        id: pollId,
        council_id: ctx.councilId,
        term: p.term,
        question: JSON.stringify(p.question),
        open: key === 'open' ? 1 : 0,
        adopted_option_id: winnerIndex >= 0 ? (optionIds[winnerIndex] ?? null) : null,
        feed_item_id: null,
        created_at: at(key === 'open' ? 12 : 75),
        updated_at: at(key === 'open' ? 12 : 45),
      })
      .execute();
    await trx
      .insertInto('poll_options')
      .values(
        p.options.map((label, i) => ({
          id: optionIds[i]!,
          poll_id: pollId,
          label,
          status: 'published' as const,
          device_id: null,
          flags: '{}',
          votes: p.votes[i] ?? 0,
          translations: WORDS[label] ? JSON.stringify(WORDS[label]) : null,
          sort_order: i,
          created_at: at(75),
          decided_at: at(75),
        })),
      )
      .execute();
    if ('winner' in p && ports.feedAnswers) {
      // The answer young people read: published 45 days ago, citing the poll.
      const feedItemId = await ports.feedAnswers.publish(
        trx,
        {
          councilId: ctx.councilId,
          staffId: ctx.staffId,
          at: at(45),
          item: {
            said: p.said,
            did: p.did,
            status: 'done',
            cantDoReason: null,
            districtId: null,
            responsible: 'Participation Lead',
            startOn: at(45).slice(0, 10),
            dueOn: null,
            sources: [{ kind: 'poll', id: pollId }],
          },
        },
        ports,
      );
      await trx.updateTable('polls').set({ feed_item_id: feedItemId }).where('id', '=', pollId).execute();
      changes.push({ councilId: ctx.councilId, collection: 'feedItems', entityId: feedItemId });
    }
    changes.push({ councilId: ctx.councilId, collection: 'polls', entityId: pollId });
  }
  await recordChanges(trx, changes);
}
