// "You said, we did" closes the loop in real Chromium, in English and in Arabic (right to left): a young person posts
// on the wall offline, it syncs, a moderator approves it, participation staff put it in a theme and publish a feed
// item citing the theme — all through the staff screens — and the young person's phone, offline after its next sync,
// shows the answer on "What happened to what I said" with a neutral badge. Their reaction, sent when back online,
// reaches the staff counts. A second phone sees the item and nothing of the first phone. axe-core checks every screen.
import { describe, expect, it } from 'vitest';
import {
  acceptPrivacyNotice,
  browserAvailable,
  demoAccount,
  expectNoAxeViolations,
  heardInChromium,
  newPhone,
  screenshot,
  signInStaff,
  waitForServiceWorker,
} from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const MODERATOR = demoAccount('moderator');
const PARTICIPATION = demoAccount('participation');

describe.skipIf(!run)('"You said, we did" journey in Chromium', () => {
  const heard = heardInChromium();

  for (const lng of ['en', 'ar'] as const) {
    it(`answers a post on the phone that sent it, in ${lng}`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => text(lng, key, values);
      const s = (key: string, values?: Record<string, string | number>) => text(lng, `staff:${key}`, values);
      const locale = lng === 'ar' ? 'ar' : 'en-GB';
      const stamp = `${lng} ${Date.now()}`;
      const words = `No more changing social workers every few months ${stamp}`;
      const themeName = `Too many changes of social worker ${stamp}`;
      const said = `Stop changing my social worker ${stamp}`;
      const did = `New teams keep the same social worker for each child ${stamp}`;
      const didAr = `فرق جديدة تبقي نفس الأخصائي الاجتماعي لكل طفل ${stamp}`;

      // 1. The young person joins Demoshire and posts on the wall while offline.
      const phone = await newPhone(heard.browser, heard.server.origin, locale);
      const { page, context } = phone;
      await page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
      await waitForServiceWorker(page);
      await page
        .getByRole('navigation')
        .getByRole('link', { name: t('common:nav.wall') })
        .click();
      await page.locator('a.wall-prompt-no-more').first().waitFor();
      await context.setOffline(true);
      await page.locator('a.wall-prompt-no-more').first().click();
      await acceptPrivacyNotice(page, lng);
      await page.getByLabel(t('wall:write.label')).fill(words);
      await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
      await page.getByText(t('common:status.notSent', { count: 1 })).waitFor();
      const mine = page.locator('.wall-post-mine', { hasText: words });
      await context.setOffline(false);
      await mine.getByText(t('wall:journey.delivered')).waitFor({ timeout: 30_000 });

      // 2. A moderator approves it.
      const mod = await newPhone(heard.browser, heard.server.origin, 'en-GB');
      await signInStaff(mod.page, heard.server.origin, MODERATOR);
      // Staff start on their home; the moderator opens the queue.
      await mod.page.goto(`${heard.server.origin}/staff/moderation`);
      const card = mod.page.locator('li.staff-card', { hasText: words });
      await card.getByRole('button', { name: text('en', 'staff:moderation.approve'), exact: true }).click();
      await card.waitFor({ state: 'detached' });

      // 3. Participation staff (reading Heard in the same language) make a theme with the post...
      const staff = await newPhone(heard.browser, heard.server.origin, locale);
      const sp = staff.page;
      await signInStaff(sp, heard.server.origin, PARTICIPATION, lng);
      await sp
        .getByRole('navigation')
        .getByRole('link', { name: s('sections.themes') })
        .click();
      await sp.getByRole('heading', { level: 1, name: s('themes.title') }).waitFor();
      await expectNoAxeViolations(sp, `staff themes (${lng})`);
      await sp.getByLabel(s('text.en', { field: s('themes.name') })).fill(themeName);
      await sp.getByRole('button', { name: s('themes.create') }).click();
      await sp.getByRole('heading', { level: 1, name: themeName }).waitFor();
      await sp.getByRole('checkbox', { name: words }).check();
      await sp.getByRole('button', { name: s('themes.addChosen') }).click();
      await sp.getByText(s('themes.added', { n: 1 })).waitFor();
      await sp.locator('.staff-list .staff-card', { hasText: words }).waitFor();
      await expectNoAxeViolations(sp, `staff theme detail (${lng})`);
      await screenshot(sp, `feed-${lng}-1-staff-theme`);

      // ...and publish a "you said, we did" item that cites the theme.
      await sp
        .getByRole('navigation')
        .getByRole('link', { name: s('sections.feed') })
        .click();
      await sp.getByRole('heading', { level: 1, name: s('feed.title') }).waitFor();
      await expectNoAxeViolations(sp, `staff feed list (${lng})`);
      await sp.getByRole('link', { name: s('feed.new') }).click();
      await sp.getByRole('heading', { level: 1, name: s('feed.editor.newTitle') }).waitFor();
      await sp.getByLabel(s('text.en', { field: s('feed.said') })).fill(said);
      await sp.getByLabel(s('text.en', { field: s('feed.did') })).fill(did);
      await sp.getByLabel(s('text.ar', { field: s('feed.did') })).fill(didAr);
      await sp.getByLabel(s('feed.status')).selectOption('in-progress');
      await sp.getByLabel(s('feed.responsible')).fill('Head of Service, Children in Care');
      await sp.getByRole('checkbox', { name: themeName }).check();
      await expectNoAxeViolations(sp, `staff feed editor (${lng})`);
      await sp.getByRole('button', { name: s('feed.editor.publish'), exact: true }).click();
      // Publishing can never be undone: the staff member confirms it first.
      await sp
        .getByRole('dialog', { name: s('confirm.publish.title') })
        .getByRole('button', { name: s('feed.editor.publish') })
        .click();
      await sp.getByText(s('feed.editor.publishedNotice')).waitFor();
      await expectNoAxeViolations(sp, `staff published item (${lng})`);
      await screenshot(sp, `feed-${lng}-2-staff-published`);

      // The district log and the polls are new staff screens too.
      await sp
        .getByRole('navigation')
        .getByRole('link', { name: s('sections.log') })
        .click();
      await sp.getByText(said).first().waitFor();
      await expectNoAxeViolations(sp, `staff district log (${lng})`);
      await sp
        .getByRole('navigation')
        .getByRole('link', { name: s('sections.polls') })
        .click();
      await sp.getByRole('heading', { level: 1, name: s('polls.title') }).waitFor();
      await expectNoAxeViolations(sp, `staff polls (${lng})`);

      // 4. The phone's next sync (coming back to the app) brings the answer; then it goes offline.
      await page.reload();
      const badge = page.getByRole('navigation').locator('.news-badge');
      await badge.waitFor({ timeout: 30_000 });
      expect(await badge.innerText()).toContain(t('common:news.count', { count: 1 }));
      // The badge is neutral: it never says what moved or what the young person wrote.
      expect(await badge.innerText()).not.toContain(words.slice(0, 20));
      await context.setOffline(true);
      await page.reload();
      await page.getByText(t('common:status.offline')).waitFor();
      await page.getByRole('navigation').locator('.news-badge').waitFor();
      await page
        .getByRole('navigation')
        .getByRole('link', { name: new RegExp(t('common:tab.feed')) })
        .click();
      await page.getByRole('heading', { level: 1, name: t('feed:title') }).waitFor();
      await page.getByRole('link', { name: t('feed:links.mine') }).click();
      await page.getByRole('heading', { level: 1, name: t('feed:mine.title') }).waitFor();
      const journey = page.locator('article.mine-item', { hasText: words });
      await journey.getByText(t('feed:mine.steps.answer.done')).waitFor();
      await journey.getByText(t('feed:mine.steps.theme.done')).waitFor();
      await journey.getByText(themeName).waitFor();
      await journey.getByText(lng === 'ar' ? didAr : did).waitFor();
      await journey.locator('.feed-mark-new', { hasText: t('feed:mark.new') }).waitFor();
      await expectNoAxeViolations(page, `what happened to what I said, offline (${lng})`);
      await screenshot(page, `feed-${lng}-3-my-answer-offline`);

      // Having looked, the badge goes.
      await expect.poll(() => page.getByRole('navigation').locator('.news-badge').count(), { timeout: 10_000 }).toBe(0);

      // 5. Still offline, the young person reacts "Not enough yet" on the feed; it waits on the phone.
      await journey.getByRole('link', { name: t('feed:mine.seeInFeed') }).click();
      const item = page.locator('.feed-item', { hasText: said });
      await item.waitFor();
      await item.getByRole('button', { name: t('feed:react.not-enough'), exact: true }).click();
      await expect.poll(() => item.getByRole('button', { name: t('feed:react.not-enough'), exact: true }).getAttribute('aria-pressed')).toBe('true');
      await page.getByText(t('common:status.notSent', { count: 1 })).waitFor();
      await expectNoAxeViolations(page, `feed with a reaction, offline (${lng})`);
      await screenshot(page, `feed-${lng}-4-feed-reacted`);
      await context.setOffline(false);
      await expect.poll(() => page.getByText(t('common:status.notSent', { count: 1 })).count(), { timeout: 30_000 }).toBe(0);

      // The reaction reaches the staff view's counts.
      await sp
        .getByRole('navigation')
        .getByRole('link', { name: s('sections.feed') })
        .click();
      await sp
        .locator('li.staff-card', { hasText: said })
        .getByText(s('feed.reactions', { helps: 0, notEnough: 1 }))
        .waitFor();

      // 6. A second phone in the council sees the item, and nothing that links it to the first phone.
      const second = await newPhone(heard.browser, heard.server.origin, locale);
      await second.page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
      await second.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
      await second.page.goto(`${heard.server.origin}/feed`);
      await second.page.locator('article.feed-card', { hasText: said }).waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(second.page, `feed on a second phone (${lng})`);
      await second.page.goto(`${heard.server.origin}/feed/mine`);
      await second.page.getByText(t('feed:mine.empty')).waitFor();
      await expectNoAxeViolations(second.page, `empty journeys (${lng})`);
      const stored = await second.page.evaluate(async () => {
        const open = indexedDB.open('heard');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = (name: string) =>
          new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
        const result = { myItems: await all('myItems'), feedItems: await all('feedItems') };
        db.close();
        return JSON.stringify(result);
      });
      expect(JSON.parse(stored).myItems).toEqual([]);
      expect(stored).toContain(said);
      // The second phone's copy of the item does not carry the first phone's words.
      expect(stored).not.toContain(words);
      await second.page.goto(`${heard.server.origin}/feed/names`);
      await second.page.getByRole('heading', { level: 1, name: t('feed:names.title') }).waitFor();
      await expectNoAxeViolations(second.page, `name polls (${lng})`);
      await screenshot(second.page, `feed-${lng}-5-second-phone-names`);

      // 7. A name idea that may be about harm: help shows at once on the phone, and the idea goes to the
      //    safeguarding queue — never into the poll, and never in words on the polls screen.
      const harm = `my carer hits me ${stamp}`;
      await acceptPrivacyNotice(second.page, lng);
      await second.page.getByLabel(t('feed:names.suggest.label')).first().fill(harm);
      await second.page
        .getByRole('button', { name: t('feed:names.suggest.send') })
        .first()
        .click();
      const help = second.page.getByRole('dialog');
      await help.getByRole('link', { name: t('safety:childline') }).waitFor();
      await help.getByRole('button', { name: t('safety:close') }).click();
      // The truth: a person at the council will read it (not "has read it"); no "Sent!".
      await second.page.getByText(t('privacy:honest.notInPoll'), { exact: false }).first().waitFor();
      await expect.poll(() => second.page.getByText(t('common:status.notSent', { count: 1 })).count(), { timeout: 30_000 }).toBe(0);
      await mod.page
        .getByRole('navigation')
        .getByRole('link', { name: text('en', 'staff:sections.safeguarding') })
        .click();
      const harmCard = mod.page.locator('li.staff-card', { hasText: harm });
      // The queue loads once when opened: look again until the idea has arrived (the phone may still be sending it).
      await expect
        .poll(
          async () => {
            await mod.page.reload();
            await mod.page.getByRole('heading', { level: 1, name: text('en', 'staff:safeguarding.title') }).waitFor();
            await mod.page.locator('.loading').waitFor({ state: 'detached' });
            return harmCard.count();
          },
          { timeout: 30_000 },
        )
        .toBe(1);
      await harmCard.getByText(text('en', 'staff:safeguarding.kindSuggestion')).waitFor();
      await expectNoAxeViolations(mod.page, 'staff safeguarding queue with a name idea');
      // The moderator records what they did; the idea moves to "dealt with", with who and what.
      await harmCard.getByLabel(text('en', 'staff:safeguarding.actionLabel')).fill(`Told the duty social worker ${stamp}`);
      await harmCard.getByRole('button', { name: text('en', 'staff:safeguarding.record') }).click();
      await mod.page
        .getByRole('dialog')
        .getByRole('button', { name: text('en', 'staff:safeguarding.record') })
        .click();
      const dealt = mod.page.locator('section[aria-labelledby="safeguarding-dealt-with"] li.staff-card', { hasText: harm });
      await dealt.getByText(`Told the duty social worker ${stamp}`).waitFor();
      await expectNoAxeViolations(mod.page, 'staff safeguarding queue, dealt with');
      await screenshot(mod.page, `feed-${lng}-6-safeguarding-queue`);
      await sp
        .getByRole('navigation')
        .getByRole('link', { name: s('sections.polls') })
        .click();
      await sp.getByRole('heading', { level: 1, name: s('polls.title') }).waitFor();
      await sp
        .getByRole('link', { name: s('polls.keptPrivateLink') })
        .first()
        .waitFor();
      expect(await sp.locator('main').innerText()).not.toContain(harm);
      await expectNoAxeViolations(sp, `staff polls with an idea kept private (${lng})`);

      for (const p of [phone, mod, staff, second]) {
        expect(p.foreignRequests, 'requests to other sites').toEqual([]);
        expect(p.pageErrors, 'uncaught errors in the page').toEqual([]);
        await p.context.close();
      }
    });
  }
});
