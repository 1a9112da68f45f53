import { describe, expect, it } from 'vitest';
import { armor } from 'age-encryption';
import { decryptFile, encryptFile, isAgeFile, passphraseProblem } from '../../../renderer/src/db/fileEncryption';

// A low scrypt work factor keeps the suite fast; the app uses age's default (2^18).
const FAST = 10;
const backup = new TextEncoder().encode('{"format":"avvik-backup","people":["Åse Kvernmo"]}');

describe('files encrypted with age and a passphrase', () => {
  it('round-trip, and hold nothing of the content in clear', async () => {
    const file = await encryptFile(backup, 'et langt nok passord', FAST);
    expect(isAgeFile(file)).toBe(true);
    expect(isAgeFile(backup)).toBe(false);
    expect(new TextDecoder().decode(file.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    expect(Buffer.from(file).includes(Buffer.from('Kvernmo'))).toBe(false);
    const opened = await decryptFile(file, 'et langt nok passord');
    expect(opened.ok && new TextDecoder().decode(opened.bytes)).toBe(new TextDecoder().decode(backup));
  });

  it('refuse a wrong passphrase with a message that says so, in both languages', async () => {
    const file = await encryptFile(backup, 'et langt nok passord', FAST);
    const opened = await decryptFile(file, 'feil passord her');
    expect(opened).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(!opened.ok && opened.error.text.nb).toContain('Passordet åpner ikke filen');
    expect(!opened.ok && opened.error.text.en).toContain('The passphrase does not open the file');
  });

  it('say a cut-off file is damaged, not that the passphrase is wrong', async () => {
    const file = await encryptFile(backup, 'et langt nok passord', FAST);
    expect(await decryptFile(file.subarray(0, file.length - 20), 'et langt nok passord')).toMatchObject({ ok: false, error: { code: 'damaged-file' } });
  });

  it('open the armored (text) form too', async () => {
    const file = await encryptFile(backup, 'et langt nok passord', FAST);
    const armored = new TextEncoder().encode(armor.encode(file));
    expect(isAgeFile(armored)).toBe(true);
    expect((await decryptFile(armored, 'et langt nok passord')).ok).toBe(true);
  });

  it('ask for a passphrase of at least 12 characters, typed the same twice', () => {
    expect(passphraseProblem('kort', 'kort')).toBe('too-short');
    expect(passphraseProblem('et langt nok passord', 'et langt nok pasord')).toBe('mismatch');
    expect(passphraseProblem('et langt nok passord', 'et langt nok passord')).toBeNull();
  });
});
