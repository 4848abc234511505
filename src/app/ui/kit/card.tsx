// The kit's card: a surface with a rounded edge. `CardLink` is a whole card that opens something (one link, one name).
import type { HTMLAttributes, ReactNode } from 'react';
import type { Symbol } from '../icons';
import { Link } from '../router';
import './kit.css';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** The element to draw: a list item's content is usually an `article`. */
  as?: 'div' | 'article' | 'section' | 'li';
  children: ReactNode;
}

export function Card({ as: Tag = 'div', className, children, ...rest }: CardProps) {
  return (
    <Tag className={['card', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </Tag>
  );
}

export interface CardLinkProps {
  href: string;
  title: ReactNode;
  /** One short line under the title. */
  text?: ReactNode;
  symbol?: Symbol;
  /** Something after the title (a news badge, a status). */
  badge?: ReactNode;
  className?: string;
}

export function CardLink({ href, title, text, symbol: SymbolIcon, badge, className }: CardLinkProps) {
  return (
    <Link href={href} className={['card', 'card-link', className].filter(Boolean).join(' ')}>
      {SymbolIcon && (
        <span className="card-symbol">
          <SymbolIcon aria-hidden="true" focusable="false" />
        </span>
      )}
      <span className="card-title">
        {title}
        {badge}
      </span>
      {text && <span className="card-text">{text}</span>}
    </Link>
  );
}
