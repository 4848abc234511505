import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText, safeHref } from './markdown';

describe('the offer’s Markdown', () => {
  it('makes paragraphs from blank-line blocks, joining the lines of one', () => {
    expect(parseMarkdown('You can get money.\nIt is paid once.\n\nAsk your PA.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'You can get money. It is paid once.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Ask your PA.' }] },
    ]);
  });

  it('makes a list from "- " or "* " lines, with a paragraph before it', () => {
    expect(parseMarkdown('You can buy:\n- a bed\n* a **cooker**\n\nThat is all.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'You can buy:' }] },
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'a bed' }],
          [
            { type: 'text', text: 'a ' },
            { type: 'strong', children: [{ type: 'text', text: 'cooker' }] },
          ],
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'That is all.' }] },
    ]);
  });

  it('keeps links to web pages, phone numbers and email, and turns any other link into its words', () => {
    expect(parseInline('Call [the team](tel:01632960123) or [see](https://example.org/a).')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'link', href: 'tel:01632960123', text: 'the team' },
      { type: 'text', text: ' or ' },
      { type: 'link', href: 'https://example.org/a', text: 'see' },
      { type: 'text', text: '.' },
    ]);
    expect(parseInline('[click](javascript:alert(1)) [x](data:text/html,hi) [m](mailto:pa@example.org)')).toEqual([
      { type: 'text', text: 'click) x ' },
      { type: 'link', href: 'mailto:pa@example.org', text: 'm' },
    ]);
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('http://ok.example/x')).toBe('http://ok.example/x');
  });

  it('leaves HTML as text (it is drawn as words, never as markup)', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)> **hi**')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '<img src=x onerror=alert(1)> ' },
          { type: 'strong', children: [{ type: 'text', text: 'hi' }] },
        ],
      },
    ]);
  });

  it('leaves an unclosed ** as it is, and gives the plain words for search', () => {
    expect(parseInline('2 ** 3')).toEqual([{ type: 'text', text: '2 ** 3' }]);
    expect(plainText('**Up to** £3,000:\n- a [bed](https://x.example)')).toBe('Up to £3,000:\na bed');
    expect(parseMarkdown('  \n\n')).toEqual([]);
  });
});
