// When a screen cannot open — its code chunk failed to load (no signal and not yet cached, or an old version's file gone
// after an update) or it threw while drawing — only that screen is replaced, with what happened in plain words and a
// way to try again. The header stays, so "I don't feel safe" and quick exit still work; nothing saved on the phone is
// touched. Going to another screen (a new resetKey, e.g. the path) clears the failure without remounting the screen.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from './read-aloud';

interface Props {
  children: ReactNode;
  /** What "Try again" does: a fresh load of the page (a failed chunk import is not retried by React on its own). */
  retry?: () => void;
  /** When this changes (the young person went to another screen), a failure is forgotten and the screen drawn again. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey: string | undefined;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ScreenError retry={this.props.retry ?? (() => window.location.reload())} />;
  }
}

function ScreenError({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen-error" role="alert">
      <ScreenTitle>{t('screenError.title')}</ScreenTitle>
      <p>{t('screenError.body')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('screenError.retry')}
      </button>
    </section>
  );
}
