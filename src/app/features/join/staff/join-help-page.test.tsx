// "Help a young person join": the council's join link as an inline SVG QR code named by its text alternative, the
// link and code as text, and a copy button that says what happened without moving focus.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { loadJoinLink } from './api';
import { JoinHelpPage } from './join-help-page';
import { qrPath } from './qr-code';

vi.mock('./api', () => ({ loadJoinLink: vi.fn(), joinUrl: (origin: string, code: string) => `${origin}/join/${code}` }));

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
  vi.unstubAllGlobals();
});

describe('help a young person join', () => {
  it('shows the QR code as an SVG with its text alternative, the link and the code, and copies the link', async () => {
    vi.mocked(loadJoinLink).mockResolvedValue({ joinCode: 'DEMOSHIRE', councilName: 'Demoshire' });
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<JoinHelpPage onError={() => undefined} />);
    const link = `${window.location.origin}/join/DEMOSHIRE`;
    const qr = await screen.findByRole('img', { name: `QR code for the join link ${link}` });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(qrPath(link).d);
    expect(screen.getByText(link)).toBeTruthy();
    expect(screen.getByText('DEMOSHIRE')).toBeTruthy();

    const copy = screen.getByRole('button', { name: enStaff.joinHelp.copy });
    copy.focus();
    fireEvent.click(copy);
    expect(await screen.findByText(enStaff.joinHelp.copied)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(link);
    expect(document.activeElement).toBe(copy);
  });

  it('draws a real QR code: a square of modules with the three finder patterns dark', () => {
    const { d, size } = qrPath('http://127.0.0.1:8080/join/DEMOSHIRE');
    const dark = new Set(
      d
        .split('M')
        .filter(Boolean)
        .map((m) => m.split('h')[0]),
    );
    // Version 2 or more (25+ modules) plus a 4-module quiet zone each side; finder corners are dark.
    expect(size).toBeGreaterThanOrEqual(25 + 8);
    for (const [x, y] of [
      [4, 4],
      [size - 5, 4],
      [4, size - 5],
    ]) {
      expect(dark.has(`${x} ${y}`)).toBe(true);
    }
    expect(dark.has('0 0')).toBe(false);
  });
});
