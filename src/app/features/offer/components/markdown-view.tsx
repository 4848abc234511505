// Staff-written Markdown drawn as React elements (paragraphs, lists, bold, links): never as HTML.
import type { ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../model/markdown';

function inline(parts: Inline[]): ReactNode[] {
  return parts.map((p, i) => {
    if (p.type === 'strong') return <strong key={i}>{inline(p.children)}</strong>;
    if (p.type === 'link')
      return (
        <a key={i} href={p.href} rel="noopener noreferrer">
          {p.text}
        </a>
      );
    return p.text;
  });
}

export function MarkdownView({ source, lang }: { source: string; lang?: string }) {
  return (
    <div className="offer-body" lang={lang} dir="auto">
      {parseMarkdown(source).map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i}>{inline(b.children)}</p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
