// The question asked before an action that cannot be undone: it names what will happen and that it cannot be undone,
// starts on "Cancel", keeps Tab inside, answers no on Escape or Cancel, and gives focus back to the button that asked.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import enStaff from '../../../../locales/en/staff.json';
import { initTestI18n } from '../../i18n/test-i18n';
import { useConfirm, type ConfirmRequest } from './confirm-dialog';

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(cleanup);

function Asker({ request }: { request: ConfirmRequest }) {
  const [ask, dialog] = useConfirm();
  const [answer, setAnswer] = useState('none');
  return (
    <>
      <button type="button" onClick={() => void ask(request).then((yes) => setAnswer(yes ? 'yes' : 'no'))}>
        Publish it
      </button>
      <p data-testid="answer">{answer}</p>
      {dialog}
    </>
  );
}

const publish: ConfirmRequest = { title: 'Publish this?', what: 'It goes to every phone.', confirm: 'Publish' };

describe('confirm dialog', () => {
  it('says what will happen and that it cannot be undone, with the destructive button styled as such', () => {
    render(<Asker request={publish} />);
    fireEvent.click(screen.getByRole('button', { name: 'Publish it' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish this?' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('It goes to every phone.');
    expect(described?.textContent).toContain(enStaff.confirm.cannotUndo);
    expect(screen.getByRole('button', { name: 'Publish' }).className).toContain('button-danger');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: enStaff.cancel }));
  });

  it('answers yes on the confirm button, and focus goes back to the button that asked', async () => {
    render(<Asker request={publish} />);
    const opener = screen.getByRole('button', { name: 'Publish it' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(screen.getByTestId('answer').textContent).toBe('yes'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('answers no on Cancel and on Escape', async () => {
    render(<Asker request={publish} />);
    const opener = screen.getByRole('button', { name: 'Publish it' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: enStaff.cancel }));
    await waitFor(() => expect(screen.getByTestId('answer').textContent).toBe('no'));
    expect(document.activeElement).toBe(opener);

    fireEvent.click(opener);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByTestId('answer').textContent).toBe('no');
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    render(<Asker request={publish} />);
    fireEvent.click(screen.getByRole('button', { name: 'Publish it' }));
    const cancel = screen.getByRole('button', { name: enStaff.cancel });
    const yes = screen.getByRole('button', { name: 'Publish' });
    yes.focus();
    fireEvent.keyDown(yes, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(yes);
  });

  it('for a question that can be undone, says nothing about undoing and uses the ordinary button', () => {
    render(<Asker request={{ ...publish, irreversible: false }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Publish it' }));
    expect(screen.queryByText(enStaff.confirm.cannotUndo)).toBeNull();
    expect(screen.getByRole('button', { name: 'Publish' }).className).not.toContain('button-danger');
  });
});
