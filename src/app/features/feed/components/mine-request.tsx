// A request in "What happened to what I said": its reference and stage, and the way to its own page (the messages,
// the due date and "ask for the next stage" live there).
import { useTranslation } from 'react-i18next';
import type { MyItemRow } from '../../../storage/rows';
import { Link } from '../../../ui/router';

export function MineRequest({ item }: { item: MyItemRow }) {
  const { t } = useTranslation('feed');
  const view = item.request;
  return (
    <p className="mine-request">
      {view && (
        <>
          <span dir="ltr">{t('mine.request.ref', { ref: view.ref })}</span> · {t('mine.request.stage', { stage: view.stage })}
          <br />
        </>
      )}
      <Link href={`/help/mine/${item.id}`}>{t('mine.request.open')}</Link>
    </p>
  );
}
