// "More": the places that are not on the tab bar, what happens to what you write, the language and "add to home
// screen", on the kit's bottom sheet. The sheet makes the page behind it inert, so quick exit is in its top bar.
import { Suspense, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewsCount } from '../my-items/data/news';
import { OpenSymbol, PrivateSymbol, type Symbol } from '../ui/icons';
import { Sheet } from '../ui/kit/sheet';
import { Link } from '../ui/router';
import { isCurrent, MORE } from './areas';
import { InstallButton } from './install-button';
import { LanguagePicker } from './language-picker';
import { NewsBadge } from './pages';
import { QuickExitButton } from './quick-exit-button';

export function MoreSheet({
  open,
  onClose,
  path,
  offeredLanguages,
}: {
  open: boolean;
  onClose: () => void;
  path: string;
  offeredLanguages: readonly string[] | undefined;
}) {
  const { t } = useTranslation();
  const news = useNewsCount();
  // Choosing a place closes the sheet before the screen changes, so focus (back on "More" for a moment) is free to
  // move to the new screen's heading; choosing the place already open just closes it.
  const closeFirst = (e: MouseEvent<HTMLAnchorElement>) => e.currentTarget.closest('dialog')?.close();

  return (
    <Sheet open={open} onClose={onClose} title={t('nav.more')} closeLabel={t('more.close')} actions={<QuickExitButton />} className="more-sheet">
      <ul className="more-list">
        {MORE.map((entry) => (
          <MoreRow key={entry.key} href={entry.href} symbol={entry.symbol} current={isCurrent(entry.href, path)} onClick={closeFirst}>
            {t(`nav.${entry.key}`)}
            {entry.newsBadge === 'home' && news > 0 && <NewsBadge count={news} />}
          </MoreRow>
        ))}
        {/* Its words load on their own, so the sheet never waits for them. */}
        <Suspense fallback={null}>
          <PrivacyPlace current={path === '/privacy'} onClick={closeFirst} />
        </Suspense>
      </ul>
      <div className="more-settings">
        {/* Drawn afresh each time the sheet opens, so a language chosen but not used is not still chosen next time. */}
        <LanguagePicker key={open ? 'open' : 'closed'} offered={offeredLanguages} />
        <InstallButton />
      </div>
    </Sheet>
  );
}

type OnChoose = (e: MouseEvent<HTMLAnchorElement>) => void;

/** One place on the sheet: its symbol, its name, an arrow on; a whole row to tap. */
function MoreRow({
  href,
  symbol: SymbolIcon,
  current,
  onClick,
  children,
}: {
  href: string;
  symbol: Symbol;
  current: boolean;
  onClick: OnChoose;
  children: ReactNode;
}) {
  return (
    <li>
      <Link href={href} className="more-link" aria-current={current ? 'page' : undefined} onClick={onClick}>
        <span className="more-symbol">
          <SymbolIcon aria-hidden="true" focusable="false" />
        </span>
        <span className="more-name">{children}</span>
        <OpenSymbol aria-hidden="true" focusable="false" className="more-open flip-rtl" />
      </Link>
    </li>
  );
}

/** "What happens to what you write" (and "forget this phone"), one tap from every screen. */
function PrivacyPlace({ current, onClick }: { current: boolean; onClick: OnChoose }) {
  const { t } = useTranslation('privacy');
  return (
    <MoreRow href="/privacy" symbol={PrivateSymbol} current={current} onClick={onClick}>
      {t('notice.link')}
    </MoreRow>
  );
}
