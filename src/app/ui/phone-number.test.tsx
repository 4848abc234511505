import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhoneNumber, telHref } from './phone-number';

afterEach(cleanup);

describe('PhoneNumber', () => {
  it('is a tel: link with the number isolated left to right inside right-to-left words', () => {
    const { container } = render(
      <p dir="rtl" lang="ar">
        <PhoneNumber number="01632 960 001" sentence="فريق مجلسك خارج أوقات العمل: 01632 960 001" />
      </p>,
    );
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('tel:01632960001');
    expect(link.textContent).toBe('فريق مجلسك خارج أوقات العمل: 01632 960 001');
    const isolated = link.querySelector('bdi')!;
    expect(isolated.getAttribute('dir')).toBe('ltr');
    expect(isolated.textContent).toBe('01632 960 001');
    expect(link.firstChild?.textContent).toBe('فريق مجلسك خارج أوقات العمل: ');
  });
  it('shows the number alone, or after words that do not hold it', () => {
    const alone = render(<PhoneNumber number="+44 1632 960001" />).container.querySelector('a')!;
    expect(alone.getAttribute('href')).toBe('tel:+441632960001');
    expect(alone.querySelector('bdi[dir="ltr"]')?.textContent).toBe('+44 1632 960001');
    cleanup();
    const after = render(<PhoneNumber number="999" sentence="Call" />).container.querySelector('a')!;
    expect(after.textContent).toBe('Call 999');
    expect(after.querySelector('bdi[dir="ltr"]')?.textContent).toBe('999');
  });
  it('dials only digits and a leading plus', () => {
    expect(telHref('(01632) 960-001')).toBe('tel:01632960001');
  });
});
