// The offer's bodies are Markdown written by staff: paragraphs, bullet lists, **bold** and links. Parsed here into a
// small tree the screen draws as React elements, so nothing staff write is ever run as HTML. Anything else stays text.

export type Inline = { type: 'text'; text: string } | { type: 'strong'; children: Inline[] } | { type: 'link'; href: string; text: string };
export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; items: Inline[][] };

/** Links may only call, mail or open a web page: javascript:, data: and the like stay as their words. */
const SAFE_HREF = /^(https?:\/\/[^\s]+|tel:\+?[0-9 ()-]{3,}|mailto:[^\s@]+@[^\s@]+)$/i;
export const safeHref = (href: string): string | null => (SAFE_HREF.test(href.trim()) ? href.trim() : null);

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/;
const BOLD = /\*\*(.+?)\*\*/;

function links(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (let m = LINK.exec(rest); m; m = LINK.exec(rest)) {
    const [whole, words = '', href = ''] = m;
    if (m.index > 0) out.push({ type: 'text', text: rest.slice(0, m.index) });
    const safe = safeHref(href);
    out.push(safe ? { type: 'link', href: safe, text: words } : { type: 'text', text: words });
    rest = rest.slice(m.index + whole.length);
  }
  if (rest) out.push({ type: 'text', text: rest });
  return out;
}

/** A line's words: **bold** (which may hold links) and links. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (let m = BOLD.exec(rest); m; m = BOLD.exec(rest)) {
    if (m.index > 0) out.push(...links(rest.slice(0, m.index)));
    out.push({ type: 'strong', children: links(m[1] ?? '') });
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(...links(rest));
  return merge(out);
}

/** Neighbouring text pieces joined, so the tree is as small as the words. */
function merge(parts: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.type === 'text' && last?.type === 'text') last.text += p.text;
    else out.push(p);
  }
  return out;
}

const BULLET = /^\s*[-*•]\s+(.*)$/;

/** Blocks are separated by blank lines; a run of "- " lines is a list; other lines run on into one paragraph. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', children: parseInline(para.join(' ')) });
    if (list.length) blocks.push({ type: 'list', items: list.map(parseInline) });
    para = [];
    list = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = BULLET.exec(raw);
    if (!line) flush();
    else if (bullet) {
      if (para.length) flush();
      list.push(bullet[1] ?? '');
    } else {
      if (list.length) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/** The words alone (for search and read-aloud): the Markdown's marks taken away. */
export function plainText(source: string): string {
  const inline = (parts: Inline[]): string => parts.map((p) => (p.type === 'strong' ? inline(p.children) : p.text)).join('');
  return parseMarkdown(source)
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map(inline).join('\n')))
    .join('\n');
}
