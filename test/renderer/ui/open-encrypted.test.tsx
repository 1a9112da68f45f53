import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Decrypted } from '../../../renderer/src/db/fileEncryption';
import { OpenEncryptedFile } from '../../../renderer/src/ui/OpenEncryptedFile';

// Opening an age file takes seconds for a large backup (scrypt, then every byte), in a worker: the
// window answers meanwhile, so it says what it is doing, and takes no second click.
const opening = vi.hoisted(() => ({ finish: (_result: Decrypted) => {}, calls: 0 }));
vi.mock('../../../renderer/src/db/openEncrypted', () => ({
  openEncryptedFile: () => {
    opening.calls++;
    return new Promise<Decrypted>((resolve) => (opening.finish = resolve));
  },
}));

describe('opening an encrypted file', () => {
  it('says it is opening the file while it works, then hands the bytes on', async () => {
    const opened: Uint8Array[] = [];
    render(<OpenEncryptedFile name="kopi.json.age" bytes={new Uint8Array([1, 2, 3])} onOpened={(bytes) => opened.push(bytes)} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passord'), 'et langt nok passord');
    await user.click(screen.getByRole('button', { name: 'Åpne filen' }));
    expect(screen.getByRole('status')).toHaveTextContent('Åpner filen … Store filer tar noen sekunder.');
    expect(screen.getByRole('button', { name: 'Åpne filen' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Avbryt' })).toBeDisabled();
    opening.finish({ ok: true, bytes: new Uint8Array([7]) });
    await vi.waitFor(() => expect(opened).toEqual([new Uint8Array([7])]));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(opening.calls).toBe(1);
  });

  it('says why when the worker itself fails, and lets the user try again', async () => {
    render(<OpenEncryptedFile name="kopi.json.age" bytes={new Uint8Array([1])} onOpened={() => {}} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Passord'), 'et langt nok passord');
    await user.click(screen.getByRole('button', { name: 'Åpne filen' }));
    opening.finish(Promise.reject(new Error('the backup worker stopped')) as unknown as Decrypted);
    expect(await screen.findByText('Filen kunne ikke åpnes (the backup worker stopped). Prøv igjen. Ingenting er endret.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Åpne filen' })).toBeEnabled();
  });
});
