// The kit's button: words always, a symbol beside them when it helps. `variant` picks the colours from the tokens.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { Symbol } from '../icons';
import './kit.css';

export type ButtonVariant = 'primary' | 'secondary' | 'accent' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** A symbol from ui/icons.tsx, drawn before the words (decorative: the words are the name). */
  symbol?: Symbol;
  /** As wide as its container (for a screen's main action on a phone). */
  block?: boolean;
  children: ReactNode;
}

/** The class names of a kit button, for a link that looks like one (`<Link className={buttonClass()}>`). */
export function buttonClass(variant: ButtonVariant = 'primary', block = false, extra?: string): string {
  return ['button', variant === 'primary' ? '' : `button-${variant}`, block ? 'button-block' : '', extra ?? ''].filter(Boolean).join(' ');
}

export function Button({ variant = 'primary', symbol: SymbolIcon, block = false, className, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, block, className)} {...rest}>
      {SymbolIcon && <SymbolIcon aria-hidden="true" focusable="false" />}
      <span>{children}</span>
    </button>
  );
}
