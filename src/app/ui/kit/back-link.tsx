// The kit's "Back to …" link: a whole thumb tall, its arrow turned round in right-to-left languages.
import type { ReactNode } from 'react';
import { BackSymbol } from '../icons';
import { Link } from '../router';
import './kit.css';

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link href={href}>
        <BackSymbol aria-hidden="true" focusable="false" className="flip-rtl" />
        {children}
      </Link>
    </p>
  );
}
