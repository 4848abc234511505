// Demo "you said, we did" for Demoshire, built from the real cycles in the seeds: fewer changes of social worker →
// new teams; no trusted adult → volunteer Independent Visitors; bullying → peer mentors; not knowing why I am in
// care → life-story work; family time limited for safety → "can't do, because…". The polls seed their own answer.
import type { FeedStatus } from '../../../shared/feed';
import { newId } from '../../../shared/ids';
import type { LocalizedText } from '../../../shared/text';
import type { Trx } from '../../db/schema';
import type { Ports } from '../../ports/ports';
import { recordChanges, type Change } from '../../sync/change-log';
import type { DemoSeedContext } from '../../ports/server-feature';

const DAY = 24 * 60 * 60 * 1000;

interface DemoCycle {
  theme: LocalizedText;
  posts: string[];
  said: LocalizedText;
  did: LocalizedText;
  status: FeedStatus;
  cantDoReason?: LocalizedText;
  district?: string;
  responsible: string;
  startDaysAgo: number;
  dueInDays?: number;
  quote?: string;
  updates: Array<{ daysAgo: number; status: FeedStatus; text: LocalizedText }>;
  draft?: boolean;
}

const CYCLES: readonly DemoCycle[] = [
  {
    theme: { en: 'Too many changes of social worker', cy: 'Gormod o newid gweithiwr cymdeithasol', ar: 'تغيير الأخصائي الاجتماعي كثيراً' },
    posts: ['Same worker', 'No more change of social workers'],
    said: {
      en: 'You told us your social worker changes too often, and you have to tell your story again every time.',
      cy: 'Dywedoch chi wrthym fod eich gweithiwr cymdeithasol yn newid yn rhy aml, a bod rhaid i chi adrodd eich stori eto bob tro.',
      ar: 'قلتم لنا إن الأخصائي الاجتماعي يتغير كثيراً، وعليكم أن تعيدوا قصتكم في كل مرة.',
    },
    did: {
      en: 'We are setting up a children in care team in each district, so you keep the same social worker for longer. If your worker has to change, they will introduce you to the new one first.',
      cy: "Rydym yn sefydlu tîm plant mewn gofal ym mhob ardal, fel eich bod yn cadw'r un gweithiwr cymdeithasol am fwy o amser. Os oes rhaid i'ch gweithiwr newid, bydd yn eich cyflwyno i'r un newydd yn gyntaf.",
      ar: 'نحن نُنشئ فريقاً للأطفال في الرعاية في كل منطقة، حتى يبقى معكم الأخصائي الاجتماعي نفسه مدة أطول. وإذا كان لا بد أن يتغير، فسيعرّفكم على الأخصائي الجديد أولاً.',
    },
    status: 'in-progress',
    responsible: 'Head of Children in Care Service',
    startDaysAgo: 160,
    dueInDays: 120,
    quote: 'No more change of social workers',
    updates: [
      {
        daysAgo: 30,
        status: 'in-progress',
        text: {
          en: 'The Havant and New Forest teams have started. Basingstoke, Winchester and Eastleigh start in the spring.',
          cy: 'Mae timau Havant a’r New Forest wedi dechrau. Bydd Basingstoke, Winchester ac Eastleigh yn dechrau yn y gwanwyn.',
          ar: 'بدأ فريقا هافانت ونيو فورست العمل. وستبدأ فرق بيسينغستوك ووينشستر وإيستلي في الربيع.',
        },
      },
    ],
  },
  {
    theme: { en: 'Having an adult I can trust', cy: 'Cael oedolyn y gallaf ymddiried ynddo', ar: 'أن يكون لدي شخص بالغ أثق به' },
    posts: ['An invested carer that wants to help', 'Not knowing where to go or who to talk to'],
    said: {
      en: 'You said you want an adult who is there just for you, and you often don’t know who to talk to.',
      cy: 'Dywedoch chi eich bod eisiau oedolyn sydd yno i chi yn unig, a’ch bod yn aml ddim yn gwybod â phwy i siarad.',
      ar: 'قلتم إنكم تريدون شخصاً بالغاً موجوداً من أجلكم فقط، وإنكم غالباً لا تعرفون مع من تتحدثون.',
    },
    did: {
      en: 'We found 12 more volunteer Independent Visitors. Any young person in care can ask for one: an adult who visits just for you, because they want to. Ask your social worker or IRO.',
      cy: 'Rydym wedi dod o hyd i 12 Ymwelydd Annibynnol gwirfoddol arall. Gall unrhyw berson ifanc mewn gofal ofyn am un: oedolyn sy’n ymweld â chi yn unig, am ei fod eisiau gwneud hynny. Gofynnwch i’ch gweithiwr cymdeithasol neu’ch IRO.',
      ar: 'وجدنا 12 زائراً مستقلاً متطوعاً إضافياً. يمكن لأي شاب في الرعاية أن يطلب واحداً: شخص بالغ يزورك من أجلك فقط، لأنه يريد ذلك. اسأل الأخصائي الاجتماعي أو مسؤول المراجعة.',
    },
    status: 'done',
    responsible: 'Independent Visitor Coordinator',
    startDaysAgo: 140,
    updates: [
      {
        daysAgo: 60,
        status: 'done',
        text: {
          en: 'All 12 volunteers are trained and 9 already visit a young person.',
          cy: 'Mae pob un o’r 12 gwirfoddolwr wedi cael hyfforddiant, ac mae 9 eisoes yn ymweld â pherson ifanc.',
          ar: 'تدرّب المتطوعون الاثنا عشر جميعاً، و9 منهم يزورون شاباً بالفعل.',
        },
      },
    ],
  },
  {
    theme: { en: 'Bullying', cy: 'Bwlio', ar: 'التنمر' },
    posts: ['Less bullying'],
    said: {
      en: 'You told us bullying at school and online makes life hard, and you don’t always want to tell a teacher.',
      cy: 'Dywedoch chi wrthym fod bwlio yn yr ysgol ac ar-lein yn gwneud bywyd yn anodd, a dydych chi ddim bob amser eisiau dweud wrth athro.',
      ar: 'قلتم لنا إن التنمر في المدرسة وعلى الإنترنت يجعل الحياة صعبة، وإنكم لا تريدون دائماً أن تخبروا المعلم.',
    },
    did: {
      en: 'Care Ambassadors will train as peer mentors and run a drop-in for young people who are being bullied.',
      cy: 'Bydd y Llysgenhadon Gofal yn cael hyfforddiant i fod yn fentoriaid cyfoed, ac yn cynnal sesiwn galw heibio i bobl ifanc sy’n cael eu bwlio.',
      ar: 'سيتدرّب سفراء الرعاية ليصبحوا مرشدين من الأقران، وسيفتحون لقاءً مفتوحاً للشباب الذين يتعرضون للتنمر.',
    },
    status: 'planned',
    district: 'Basingstoke',
    responsible: 'Participation Lead with the Care Ambassadors',
    startDaysAgo: 20,
    dueInDays: 90,
    updates: [],
  },
  {
    theme: { en: 'Knowing why I am in care', cy: 'Gwybod pam fy mod i mewn gofal', ar: 'أن أعرف لماذا أنا في الرعاية' },
    posts: ['Talk to us a bit more about our care plan', 'Always informed', 'Honesty'],
    said: {
      en: 'You said you want people to be honest with you and to explain your care plan and why you are in care.',
      cy: 'Dywedoch chi eich bod eisiau i bobl fod yn onest â chi, ac egluro eich cynllun gofal a pham rydych chi mewn gofal.',
      ar: 'قلتم إنكم تريدون أن يكون الناس صادقين معكم، وأن يشرحوا لكم خطة رعايتكم ولماذا أنتم في الرعاية.',
    },
    did: {
      en: 'Every young person can now ask for life-story work: time with your social worker to go through your story together, at your pace, with a book you keep.',
      cy: 'Gall pob person ifanc ofyn nawr am waith stori bywyd: amser gyda’ch gweithiwr cymdeithasol i fynd drwy eich stori gyda’ch gilydd, ar eich cyflymder chi, gyda llyfr rydych chi’n ei gadw.',
      ar: 'يمكن لكل شاب الآن أن يطلب عمل "قصة الحياة": وقت مع الأخصائي الاجتماعي لتمرّوا على قصتكم معاً، على مهلكم، مع كتاب تحتفظون به.',
    },
    status: 'in-progress',
    responsible: 'Principal Social Worker',
    startDaysAgo: 100,
    dueInDays: 60,
    updates: [
      {
        daysAgo: 70,
        status: 'in-progress',
        text: {
          en: 'Social workers in Havant and Eastleigh had life-story training.',
          cy: 'Cafodd gweithwyr cymdeithasol Havant ac Eastleigh hyfforddiant stori bywyd.',
          ar: 'تلقّى الأخصائيون الاجتماعيون في هافانت وإيستلي تدريباً على عمل قصة الحياة.',
        },
      },
      {
        daysAgo: 10,
        status: 'in-progress',
        text: {
          en: 'Winchester and New Forest social workers had the training too.',
          cy: 'Cafodd gweithwyr cymdeithasol Winchester a’r New Forest yr hyfforddiant hefyd.',
          ar: 'وتلقّى الأخصائيون الاجتماعيون في وينشستر ونيو فورست التدريب أيضاً.',
        },
      },
    ],
  },
  {
    theme: { en: 'More family time', cy: 'Mwy o Amser Teulu', ar: 'وقت أطول مع العائلة' },
    posts: ['They were more frequent'],
    said: {
      en: 'You asked for more family time, and for it not always to be supervised.',
      cy: 'Gofynnoch chi am fwy o Amser Teulu, ac i beidio â’i gael dan oruchwyliaeth bob tro.',
      ar: 'طلبتم وقتاً أطول مع العائلة، وألّا يكون تحت الإشراف دائماً.',
    },
    did: {
      en: 'We looked again at every request with your social workers and IROs.',
      cy: 'Edrychon ni eto ar bob cais gyda’ch gweithwyr cymdeithasol a’ch IROs.',
      ar: 'راجعنا كل طلب مرة أخرى مع الأخصائيين الاجتماعيين ومسؤولي المراجعة المستقلين.',
    },
    status: 'cant-do',
    cantDoReason: {
      en: 'Sometimes family time has to be limited or supervised to keep you safe. We can’t change that, but your social worker will explain why, and an advocate can help you ask for it to be looked at again.',
      cy: 'Weithiau mae’n rhaid cyfyngu ar Amser Teulu neu ei oruchwylio i’ch cadw chi’n ddiogel. Allwn ni ddim newid hynny, ond bydd eich gweithiwr cymdeithasol yn egluro pam, a gall eiriolwr eich helpu i ofyn i rywun edrych arno eto.',
      ar: 'أحياناً يجب أن يكون الوقت مع العائلة محدوداً أو تحت الإشراف لكي تبقوا آمنين. لا نستطيع تغيير ذلك، لكن الأخصائي الاجتماعي سيشرح لكم السبب، ويمكن لمناصر أن يساعدكم على طلب إعادة النظر فيه.',
    },
    responsible: 'Head of Children in Care Service',
    startDaysAgo: 90,
    updates: [],
  },
  {
    theme: { en: 'Meetings in school time', cy: 'Cyfarfodydd yn ystod amser ysgol', ar: 'اجتماعات في وقت المدرسة' },
    posts: ["Don't drag me out of school", "They weren't in school time", 'I could chair my own meetings'],
    said: {
      en: 'You told us meetings take you out of class, and you want more say in how your meetings are run.',
      cy: 'Dywedoch chi wrthym fod cyfarfodydd yn mynd â chi allan o’r dosbarth, a’ch bod eisiau mwy o lais yn y ffordd mae eich cyfarfodydd yn cael eu cynnal.',
      ar: 'قلتم لنا إن الاجتماعات تُخرجكم من الصف، وإنكم تريدون رأياً أكبر في طريقة إدارة اجتماعاتكم.',
    },
    did: {
      en: 'Reviews are now after school or in the holidays unless you ask for another time. You can chair part of your own review if you want to: tell your IRO.',
      cy: 'Mae adolygiadau nawr ar ôl ysgol neu yn y gwyliau, oni bai eich bod yn gofyn am amser arall. Gallwch gadeirio rhan o’ch adolygiad eich hun os ydych chi eisiau: dywedwch wrth eich IRO.',
      ar: 'صارت المراجعات الآن بعد المدرسة أو في العطلات، إلا إذا طلبتم وقتاً آخر. ويمكنكم أن تترأسوا جزءاً من مراجعتكم إذا أردتم: أخبروا مسؤول المراجعة المستقل.',
    },
    status: 'done',
    district: 'Havant',
    responsible: 'IRO Service Manager',
    startDaysAgo: 120,
    updates: [],
  },
  {
    theme: { en: 'Feedback that never comes', cy: 'Adborth sydd byth yn dod', ar: 'ردود لا تصل أبداً' },
    posts: ['Waiting forever for meaningful feedback', "They don't act on what I have said", 'What happens when you give your view... nothing'],
    said: {
      en: 'You said you give your views and then hear nothing back.',
      cy: 'Dywedoch chi eich bod yn rhoi eich barn ac yna’n clywed dim byd yn ôl.',
      ar: 'قلتم إنكم تعطون رأيكم ثم لا تسمعون أي رد.',
    },
    did: {
      en: 'Every idea on the wall now gets an answer here, with who is responsible and when it will be done.',
      cy: 'Mae pob syniad ar y wal nawr yn cael ateb yma, gyda phwy sy’n gyfrifol a phryd bydd yn cael ei wneud.',
      ar: 'كل فكرة على الجدار تحصل الآن على جواب هنا، مع اسم المسؤول عنها وموعد إنجازها.',
    },
    status: 'planned',
    responsible: 'Participation Lead',
    startDaysAgo: 5,
    updates: [],
    draft: true,
  },
];

export async function seedDemoFeed(trx: Trx, ctx: DemoSeedContext, ports: Ports): Promise<void> {
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * DAY).toISOString();
  const dateIn = (days: number) => new Date(ctx.now.getTime() + days * DAY).toISOString().slice(0, 10);
  const changes: Change[] = [];
  const posts = await ports.posts.published(trx, ctx.councilId);
  const postId = (text: string) => posts.find((p) => p.text === text)?.id;

  for (const c of CYCLES) {
    const themeId = newId();
    await trx
      .insertInto('themes')
      .values({
        id: themeId,
        council_id: ctx.councilId,
        title: JSON.stringify(c.theme),
        created_at: at(c.startDaysAgo + 5),
        updated_at: at(c.startDaysAgo + 5),
      })
      .execute();
    const ids = c.posts.map(postId).filter((id): id is string => id !== undefined);
    if (ids.length > 0) {
      await trx
        .insertInto('theme_posts')
        .values(ids.map((id) => ({ theme_id: themeId, post_id: id, added_at: at(c.startDaysAgo + 5) })))
        .execute();
    }
    changes.push({ councilId: ctx.councilId, collection: 'themes', entityId: themeId });

    const itemId = newId();
    const published = c.draft ? null : at(c.startDaysAgo);
    const last = c.updates.length > 0 ? at(Math.min(...c.updates.map((u) => u.daysAgo))) : (published ?? at(c.startDaysAgo));
    const districtId = c.district ? (ctx.districts.find((d) => d.name === c.district)?.id ?? null) : null;
    await trx
      .insertInto('feed_items')
      .values({
        id: itemId,
        council_id: ctx.councilId,
        state: c.draft ? 'draft' : 'published',
        said: JSON.stringify(c.said),
        did: JSON.stringify(c.did),
        status: c.status,
        cant_do_reason: c.cantDoReason ? JSON.stringify(c.cantDoReason) : null,
        district_id: districtId,
        responsible: c.responsible,
        start_on: at(c.startDaysAgo).slice(0, 10),
        due_on: c.dueInDays ? dateIn(c.dueInDays) : null,
        created_at: at(c.startDaysAgo + 1),
        created_by: ctx.staffId,
        published_at: published,
        updated_at: last,
      })
      .execute();
    const quoteId = c.quote ? postId(c.quote) : undefined;
    await trx
      .insertInto('feed_item_sources')
      .values([
        { feed_item_id: itemId, kind: 'theme', source_id: themeId, quote: null, position: 0 },
        ...(quoteId && c.quote ? [{ feed_item_id: itemId, kind: 'post' as const, source_id: quoteId, quote: c.quote, position: 1 }] : []),
      ])
      .execute();
    for (const u of c.updates) {
      await trx
        .insertInto('feed_updates')
        .values({ id: newId(), feed_item_id: itemId, at: at(u.daysAgo), status: u.status, text: JSON.stringify(u.text), created_by: ctx.staffId })
        .execute();
    }
    if (!c.draft) changes.push({ councilId: ctx.councilId, collection: 'feedItems', entityId: itemId });
  }

  await recordChanges(trx, changes);
}
