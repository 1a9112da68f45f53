import { describe, expect, it, vi } from 'vitest';
import { confirmOpenOptions, createConfirmedOpener } from '../../electron/external-links';

// A web link opens in the browser only after the user has said yes, asked in their language with
// the host named.

function opener(response: number, language: 'nb' | 'en' = 'nb') {
  const showMessageBox = vi.fn(() => Promise.resolve({ response }));
  const openExternal = vi.fn(() => Promise.resolve());
  const open = createConfirmedOpener({ showMessageBox, openExternal, language: () => language });
  return { open, showMessageBox, openExternal };
}

describe('opening a web link', () => {
  it('asks first, naming the host, and opens on yes', async () => {
    const { open, showMessageBox, openExternal } = opener(0);
    await open('https://www.datatilsynet.no/avvik/meld');
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'question',
        message: 'Åpne www.datatilsynet.no i nettleseren din?',
        buttons: ['Åpne i nettleseren', 'Avbryt'],
      }),
    );
    expect(openExternal).toHaveBeenCalledWith('https://www.datatilsynet.no/avvik/meld');
  });

  it('opens nothing when the user says no or closes the dialog', async () => {
    const { open, openExternal } = opener(1);
    await open('https://evil.example/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('makes "no" the answer to Enter and Escape', () => {
    expect(confirmOpenOptions('https://example.com/', 'nb')).toMatchObject({ defaultId: 1, cancelId: 1 });
  });

  it('speaks English to an English-speaking user, and shows the whole address', () => {
    const options = confirmOpenOptions('https://altinn.no/skjema?id=1', 'en');
    expect(options).toMatchObject({
      title: 'Open link',
      message: 'Open altinn.no in your browser?',
      buttons: ['Open in browser', 'Cancel'],
    });
    expect(options.detail).toContain('https://altinn.no/skjema?id=1');
  });

  it('names an international host in its ASCII form, so a look-alike letter shows', () => {
    // "аltinn.no" with a Cyrillic а.
    expect(confirmOpenOptions('https://\u0430ltinn.no/', 'nb').message).toBe(
      'Åpne xn--ltinn-3ve.no i nettleseren din?',
    );
  });
});
