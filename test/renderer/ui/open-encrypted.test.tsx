import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Opened, OpenedFile } from '../../../renderer/src/db/fileEncryption';
import { OpenEncryptedFile } from '../../../renderer/src/ui/OpenEncryptedFile';

// Opening an age file takes a second or more (its scrypt), in a worker: the window answers
// meanwhile, so it says what it is doing, and takes no second click.
const opening = vi.hoisted(() => ({ finish: (_result: Opened) => {}, calls: 0 }));
vi.mock('../../../renderer/src/db/openEncrypted', () => ({
  openEncryptedFile: () => {
    opening.calls++;
    return new Promise<Opened>((resolve) => (opening.finish = resolve));
  },
}));

describe('opening an encrypted file', () => {
  it('says it is opening the file while it works, then hands the opened file on', async () => {
    const opened: OpenedFile[] = [];
    const file = new Blob([new Uint8Array([1, 2, 3])]);
    render(<OpenEncryptedFile name="kopi.json.age" file={file} onOpened={(source) => opened.push(source)} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passord'), 'et langt nok passord');
    await user.click(screen.getByRole('button', { name: 'Åpne filen' }));
    expect(screen.getByRole('status')).toHaveTextContent('Åpner filen … Store filer tar noen sekunder.');
    expect(screen.getByRole('button', { name: 'Åpne filen' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Avbryt' })).toBeDisabled();
    const key = new Uint8Array(16).fill(7);
    opening.finish({ ok: true, opened: { file, key } });
    await vi.waitFor(() => expect(opened).toEqual([{ file, key }]));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(opening.calls).toBe(1);
  });

  it('says why when the worker itself fails, and lets the user try again', async () => {
    render(<OpenEncryptedFile name="kopi.json.age" file={new Blob([new Uint8Array([1])])} onOpened={() => {}} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passord'), 'et langt nok passord');
    await user.click(screen.getByRole('button', { name: 'Åpne filen' }));
    opening.finish(Promise.reject(new Error('the backup worker stopped')) as unknown as Opened);
    expect(await screen.findByText('Filen kunne ikke åpnes (the backup worker stopped). Prøv igjen. Ingenting er endret.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Åpne filen' })).toBeEnabled();
  });
});
