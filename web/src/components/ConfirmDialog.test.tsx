import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@/i18n';
import { ConfirmDialog } from './ConfirmDialog';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Archive…
      </button>
      <a href="#after">A link behind the dialog</a>
      {open && (
        <ConfirmDialog title="Archive it?" confirmLabel="Archive" onCancel={() => setOpen(false)} onConfirm={() => setOpen(false)}>
          <input aria-label="Reason" />
        </ConfirmDialog>
      )}
    </>
  );
}

describe('ConfirmDialog', () => {
  it('keeps Tab and Shift+Tab inside, closes on Escape and gives the focus back to the opener', async () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Archive…' });
    await userEvent.click(opener);
    const reason = screen.getByLabelText('Reason');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const confirm = screen.getByRole('button', { name: 'Archive' });
    expect(cancel).toHaveFocus();

    await userEvent.tab();
    expect(confirm).toHaveFocus();
    await userEvent.tab(); // from the last control back to the first, never behind the dialog
    expect(reason).toHaveFocus();
    await userEvent.tab({ shift: true }); // and backwards from the first to the last
    expect(confirm).toHaveFocus();

    // focus pushed behind the dialog is brought back, and Escape still works
    screen.getByRole('link', { name: 'A link behind the dialog' }).focus();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
