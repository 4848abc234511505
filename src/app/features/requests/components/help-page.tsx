// "Ask for help": the four doors (an advocate, a complaint, a thank-you, "contact me"), this phone's requests and
// "I have a reference" for a request made on another phone.
import { useTranslation } from 'react-i18next';
import type { MyItemRow } from '../../../storage/rows';
import { CardLink } from '../../../ui/kit/card';
import { AlertSymbol, AskForHelpSymbol, HeartSymbol, ListSymbol, MessageSymbol, PeopleSymbol } from '../../../ui/icons';
import { Day } from '../../../ui/day';
import { formatDay } from '../../../ui/format-day';
import { ReadAloud, ScreenTitle } from '../../../ui/read-aloud';
import { useMyRequests } from '../data/request-data';
import { useDraftDoors } from '../data/request-drafts';
import { DOORS, type Door } from '../model/request-form';
import './requests.css';

const DOOR_SYMBOL = { advocate: PeopleSymbol, complaint: AlertSymbol, compliment: HeartSymbol, 'contact-me': MessageSymbol } as const;

export default function HelpPage() {
  const { t } = useTranslation('requests');
  const mine = useMyRequests();
  const drafts = useDraftDoors();
  return (
    <>
      <ScreenTitle>{t('title')}</ScreenTitle>
      <p>{t('intro')}</p>
      <h2 className="requests-heading">{t('doors.title')}</h2>
      <ul className="requests-doors">
        {DOORS.map((door) => (
          <DoorCard key={door} door={door} started={drafts.has(door)} />
        ))}
      </ul>
      <h2 className="requests-heading" id="my-requests">
        {t('mine.title')}
      </h2>
      {!mine && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {mine?.length === 0 && <p>{t('mine.empty')}</p>}
      {mine && mine.length > 0 && (
        <ul className="requests-mine" aria-labelledby="my-requests">
          {mine.map((item) => (
            <MineCard key={item.id} item={item} />
          ))}
        </ul>
      )}
      <ul className="requests-doors requests-reference">
        <li>
          <CardLink href="/help/reference" symbol={ListSymbol} title={t('reference.link')} text={t('reference.linkText')} />
        </li>
      </ul>
    </>
  );
}

function DoorCard({ door, started }: { door: Door; started: boolean }) {
  const { t } = useTranslation('requests');
  const title = t(`doors.${door}.title`);
  const text = started ? t('draftWaiting') : t(`doors.${door}.text`);
  return (
    <li className="requests-door">
      <CardLink href={`/help/new/${door}`} symbol={DOOR_SYMBOL[door]} title={title} text={text} />
      <ReadAloud text={`${title}. ${text}`} label={t('common:readAloud.choice', { text: title })} />
    </li>
  );
}

function MineCard({ item }: { item: MyItemRow }) {
  const { t, i18n } = useTranslation('requests');
  const view = item.request;
  const kind = t(`kind.${view?.kind ?? (item.parentId as Door)}`, { defaultValue: t('kind.question') });
  const status =
    item.delivery === 'rejected' ? t('mine.refused') : item.delivery === 'not-sent' ? t('mine.notSent') : view ? view.ref : t('request.sent');
  return (
    <li>
      <CardLink
        href={`/help/mine/${item.id}`}
        symbol={AskForHelpSymbol}
        title={kind}
        badge={<span className={`requests-badge requests-badge-${item.delivery}`}>{status}</span>}
        text={
          view ? (
            <>
              {t('mine.stage', { stage: view.stage })}
              {view.dueOn && ` · ${t('mine.due', { date: formatDay(view.dueOn, i18n.language) })}`}
            </>
          ) : (
            <Day value={item.createdAt} />
          )
        }
      />
    </li>
  );
}
