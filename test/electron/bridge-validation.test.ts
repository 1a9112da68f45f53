// Every IPC payload validator, fed what a compromised or buggy page might send.
import { describe, expect, it } from 'vitest';
import { FILE_PIECE_BYTES } from '../../shared/bridge';
import {
  MAX_FILE_BYTES,
  MAX_OPENED_IN_PIECES_BYTES,
  MAX_SAVED_IN_PIECES_BYTES,
  sanitizeFileName,
  validateBeginSaveRequest,
  validateFinishOpenRequest,
  validateFinishSaveRequest,
  validateReadPieceRequest,
  validateWritePieceRequest,
  validateIncidentId,
  validateLanguage,
  validateNotifyRequest,
  validateOpenFileRequest,
  validateSaveFileRequest,
} from '../../shared/bridge/schemas';

const pdf = () => new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const validSave = () => ({
  suggestedName: 'AVV-2026-007 varsel.pdf',
  mimeType: 'application/pdf',
  bytes: pdf(),
});

/** Payloads that are no object of any kind a validator expects. */
const NOT_OBJECTS: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'application/pdf'],
  ['a number', 42],
  ['an array', [validSave()]],
  ['a function', () => validSave()],
  ['a symbol', Symbol('payload')],
];

describe('saving a file: the request', () => {
  it('is accepted for a PDF with a plain file name', () => {
    const result = validateSaveFileRequest(validSave());
    expect(result).toEqual({ ok: true, value: validSave() });
  });

  it('is accepted for a JSON backup and a CSV export', () => {
    expect(
      validateSaveFileRequest({ ...validSave(), suggestedName: 'backup.json', mimeType: 'application/json' })
        .ok,
    ).toBe(true);
    expect(
      validateSaveFileRequest({ ...validSave(), suggestedName: 'register.csv', mimeType: 'text/csv' }).ok,
    ).toBe(true);
  });

  it('gets the extension of its type when the name lacks it', () => {
    const result = validateSaveFileRequest({ ...validSave(), suggestedName: 'varsel' });
    expect(result.ok && result.value.suggestedName).toBe('varsel.pdf');
    const disguised = validateSaveFileRequest({ ...validSave(), suggestedName: 'invoice.exe' });
    expect(disguised.ok && disguised.value.suggestedName).toBe('invoice.exe.pdf');
  });

  it.each(NOT_OBJECTS)('is refused when it is %s', (_name, payload) => {
    expect(validateSaveFileRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['no name', { mimeType: 'application/pdf', bytes: pdf() }],
    ['no bytes', { suggestedName: 'a.pdf', mimeType: 'application/pdf' }],
    ['a numeric name', { ...validSave(), suggestedName: 7 }],
    ['bytes as a string', { ...validSave(), bytes: '%PDF-1.7' }],
    ['bytes as an array of numbers', { ...validSave(), bytes: [37, 80, 68, 70] }],
    ['bytes as an ArrayBuffer', { ...validSave(), bytes: new ArrayBuffer(4) }],
    ['bytes as another typed array', { ...validSave(), bytes: new Uint16Array(4) }],
    ['bytes as a fake with a length', { ...validSave(), bytes: { length: 4, byteLength: 4 } }],
    ['an unknown extra field', { ...validSave(), path: '/etc/passwd' }],
  ])('is refused with %s', (_name, payload) => {
    expect(validateSaveFileRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('saves an age-encrypted backup with the .age extension', () => {
    expect(validateSaveFileRequest({ ...validSave(), suggestedName: 'avvik-backup.json', mimeType: 'application/x-age-encryption' })).toMatchObject({
      ok: true,
      value: { suggestedName: 'avvik-backup.json.age' },
    });
  });

  it.each([
    'text/html',
    'application/x-msdownload',
    'application/octet-stream',
    'application/pdf; charset=utf-8',
    'APPLICATION/PDF',
    'image/svg+xml',
    '',
  ])('is refused for the type %j', (mimeType) => {
    expect(validateSaveFileRequest({ ...validSave(), mimeType })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it.each([
    ['a relative path', 'reports/varsel.pdf'],
    ['a parent path', '../../.bashrc'],
    ['an absolute path', '/etc/cron.d/evil'],
    ['a Windows path', 'C:\\Users\\Public\\evil.pdf'],
    ['a UNC path', '\\\\server\\share\\a.pdf'],
    ['dots only', '..'],
    ['trailing dots only', '...'],
    ['nothing but control characters', '\u0000\u0007\u001b'],
    ['an empty name', ''],
    ['a huge name', 'a'.repeat(1_000_000)],
    ['a name longer than a file system takes', `${'a'.repeat(300)}.pdf`],
  ])('is refused for %s as name', (_name, suggestedName) => {
    expect(validateSaveFileRequest({ ...validSave(), suggestedName })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('is refused when the file is larger than 200 MB', () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(validateSaveFileRequest({ ...validSave(), bytes: huge })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('is refused when it carries prototype-polluting keys, and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const payload = JSON.parse(
        `{"suggestedName":"a.pdf","mimeType":"application/pdf","${key}":{"polluted":true}}`,
      ) as Record<string, unknown>;
      payload.bytes = pdf();
      expect(validateSaveFileRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused, not thrown, when reading it throws', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'suggestedName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validateSaveFileRequest(trap)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(validateSaveFileRequest(getter)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('says what is wrong without echoing the payload', () => {
    const result = validateSaveFileRequest({ ...validSave(), suggestedName: `x/${'secret'.repeat(100)}` });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/suggestedName/);
      expect(result.message).not.toContain('secret');
    }
  });
});

describe('a file name', () => {
  it('keeps Norwegian, Sámi and other letters', () => {
    expect(sanitizeFileName('Varsel til Datatilsynet – Ærlig Øye Åsen Čáhppes.pdf')).toBe(
      'Varsel til Datatilsynet – Ærlig Øye Åsen Čáhppes.pdf',
    );
  });

  it('loses control characters', () => {
    expect(sanitizeFileName('var\u0000sel\u0007\n\t.pdf')).toBe('varsel.pdf');
    expect(sanitizeFileName('a\u0085b\u009f.pdf')).toBe('ab.pdf');
  });

  it('loses the invisible characters that make two names look the same', () => {
    expect(sanitizeFileName('var\u200Bsel\uFEFF\u2060.pdf')).toBe('varsel.pdf');
  });

  it('loses the bidirectional overrides that disguise an extension', () => {
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a\u2066b\u2069.pdf')).toBe('ab.pdf');
  });

  it('has the characters Windows forbids replaced', () => {
    expect(sanitizeFileName('AVV:2026<007>"?|*.pdf')).toBe('AVV_2026_007_____.pdf');
  });

  it('loses the trailing dots and spaces Windows would drop', () => {
    expect(sanitizeFileName('  varsel.pdf . . ')).toBe('varsel.pdf');
  });

  it('does not become a Windows device name', () => {
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('nul.pdf')).toBe('_nul.pdf');
    expect(sanitizeFileName('com1.json')).toBe('_com1.json');
  });

  it('is never a path', () => {
    expect(sanitizeFileName('a/b.pdf')).toBeNull();
    expect(sanitizeFileName('a\\b.pdf')).toBeNull();
    expect(sanitizeFileName('..')).toBeNull();
  });
});

describe('opening a file: the request', () => {
  it('is accepted with extensions, normalised to lower case without repeats', () => {
    expect(validateOpenFileRequest({ accept: ['.CSV', '.csv', '.json'] })).toEqual({
      ok: true,
      value: { accept: ['.csv', '.json'] },
    });
  });

  it.each(NOT_OBJECTS)('is refused when it is %s', (_name, payload) => {
    expect(validateOpenFileRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['no extensions', { accept: [] }],
    ['a string instead of a list', { accept: '.csv' }],
    ['an extension without its dot', { accept: ['csv'] }],
    ['a MIME type', { accept: ['text/csv'] }],
    ['a wildcard', { accept: ['*'] }],
    ['a path', { accept: ['../../etc/passwd'] }],
    ['a separator', { accept: ['.c/v'] }],
    ['a double extension', { accept: ['.tar.gz'] }],
    ['a control character', { accept: ['.cs\u0000v'] }],
    ['a huge extension', { accept: [`.${'a'.repeat(100_000)}`] }],
    ['too many extensions', { accept: Array.from({ length: 21 }, (_, i) => `.e${i}`) }],
    ['a number among them', { accept: ['.csv', 7] }],
    ['an extra field', { accept: ['.csv'], defaultPath: '/etc' }],
    ['a polluting key', JSON.parse('{"accept":[".csv"],"__proto__":{"polluted":true}}')],
  ])('is refused with %s', (_name, payload) => {
    expect(validateOpenFileRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

const TOKEN = '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21';

describe('beginning a save in pieces: the request', () => {
  it('is accepted with a name and a type, and the name gets the extension of its type', () => {
    expect(validateBeginSaveRequest({ suggestedName: 'avvik-backup', mimeType: 'application/x-age-encryption' })).toEqual({
      ok: true,
      value: { suggestedName: 'avvik-backup.age', mimeType: 'application/x-age-encryption' },
    });
  });

  it.each(NOT_OBJECTS)('is refused when it is %s', (_name, payload) => {
    expect(validateBeginSaveRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['a path as name', { suggestedName: '../../.bashrc', mimeType: 'application/json' }],
    ['a type it does not save', { suggestedName: 'a.html', mimeType: 'text/html' }],
    ['no type', { suggestedName: 'a.json' }],
    ['a path beside', { suggestedName: 'a.json', mimeType: 'application/json', path: '/etc/passwd' }],
    ['bytes beside', { suggestedName: 'a.json', mimeType: 'application/json', bytes: new Uint8Array([1]) }],
  ])('is refused with %s', (_name, payload) => {
    expect(validateBeginSaveRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('a piece of a save: the request', () => {
  const piece = (changes: Record<string, unknown> = {}) => ({ save: TOKEN, offset: 0, bytes: new Uint8Array([1]), ...changes });

  it('is accepted from one byte to a whole piece, anywhere below the limit', () => {
    expect(validateWritePieceRequest(piece())).toEqual({ ok: true, value: piece() });
    expect(validateWritePieceRequest(piece({ bytes: new Uint8Array(FILE_PIECE_BYTES) })).ok).toBe(true);
    expect(validateWritePieceRequest(piece({ offset: MAX_SAVED_IN_PIECES_BYTES - 1 })).ok).toBe(true);
  });

  it.each(NOT_OBJECTS)('is refused when it is %s', (_name, payload) => {
    expect(validateWritePieceRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['an empty piece', piece({ bytes: new Uint8Array() })],
    ['a piece larger than a piece', piece({ bytes: new Uint8Array(FILE_PIECE_BYTES + 1) })],
    ['bytes as an array of numbers', piece({ bytes: [1, 2] })],
    ['bytes as an ArrayBuffer', piece({ bytes: new ArrayBuffer(2) })],
    ['a negative offset', piece({ offset: -1 })],
    ['a fractional offset', piece({ offset: 0.5 })],
    ['an offset that is not a number', piece({ offset: '0' })],
    ['an offset of NaN', piece({ offset: Number.NaN })],
    ['an offset past the largest file', piece({ offset: MAX_SAVED_IN_PIECES_BYTES + 1 })],
    ['a path for a token', piece({ save: '/home/kari/backup.json' })],
    ['an upper-case token', piece({ save: TOKEN.toUpperCase() })],
    ['no token', { offset: 0, bytes: new Uint8Array([1]) }],
    ['a path beside', piece({ path: '/etc/passwd' })],
  ])('is refused with %s', (_name, payload) => {
    expect(validateWritePieceRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('finishing a save: the request', () => {
  it('is accepted with a token and whether the file is complete', () => {
    expect(validateFinishSaveRequest({ save: TOKEN, complete: true })).toEqual({ ok: true, value: { save: TOKEN, complete: true } });
    expect(validateFinishSaveRequest({ save: TOKEN, complete: false }).ok).toBe(true);
  });

  it.each([
    ['no answer to complete', { save: TOKEN }],
    ['complete as a string', { save: TOKEN, complete: 'true' }],
    ['a path for a token', { save: '/tmp/x', complete: true }],
    ['a new path beside', { save: TOKEN, complete: true, path: '/etc/passwd' }],
  ])('is refused with %s', (_name, payload) => {
    expect(validateFinishSaveRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('reading a piece of an opened file: the request', () => {
  it('is accepted for one byte up to a whole piece, anywhere below the limit', () => {
    expect(validateReadPieceRequest({ file: TOKEN, offset: 0, length: 1 })).toEqual({ ok: true, value: { file: TOKEN, offset: 0, length: 1 } });
    expect(validateReadPieceRequest({ file: TOKEN, offset: MAX_OPENED_IN_PIECES_BYTES - 1, length: FILE_PIECE_BYTES }).ok).toBe(true);
  });

  it.each(NOT_OBJECTS)('is refused when it is %s', (_name, payload) => {
    expect(validateReadPieceRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['no length', { file: TOKEN, offset: 0 }],
    ['a length of nothing', { file: TOKEN, offset: 0, length: 0 }],
    ['more than a piece', { file: TOKEN, offset: 0, length: FILE_PIECE_BYTES + 1 }],
    ['a fractional length', { file: TOKEN, offset: 0, length: 1.5 }],
    ['a negative offset', { file: TOKEN, offset: -1, length: 1 }],
    ['an offset past the largest file', { file: TOKEN, offset: MAX_OPENED_IN_PIECES_BYTES + 1, length: 1 }],
    ['a path for a token', { file: '/etc/passwd', offset: 0, length: 1 }],
    ['a path beside', { file: TOKEN, offset: 0, length: 1, path: '/etc/passwd' }],
  ])('is refused with %s', (_name, payload) => {
    expect(validateReadPieceRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('closing an opened file: the request', () => {
  it('is accepted with a token', () => {
    expect(validateFinishOpenRequest({ file: TOKEN })).toEqual({ ok: true, value: { file: TOKEN } });
  });

  it.each([
    ['no token', {}],
    ['a path for a token', { file: '../backup.json' }],
    ['an extra field', { file: TOKEN, remove: true }],
    ['a string alone', TOKEN],
  ])('is refused with %s', (_name, payload) => {
    expect(validateFinishOpenRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('a notification: the request', () => {
  const valid = {
    title: 'Frist om 6 timer',
    body: 'AVV-2026-007: varsle Datatilsynet innen kl. 14:30.',
    incidentId: 'AVV-2026-007',
  };

  it('is accepted with a title, a body and the incident to open', () => {
    expect(validateNotifyRequest(valid)).toEqual({ ok: true, value: valid });
  });

  it('is accepted without an incident', () => {
    expect(validateNotifyRequest({ title: 'Avvik', body: 'Påminnelse' }).ok).toBe(true);
  });

  it('accepts an incident id made by the database (a UUID)', () => {
    expect(validateNotifyRequest({ ...valid, incidentId: '3f1c2a9e-5b7d-4c1e-9a2b-7d6e5f4c3b2a' }).ok).toBe(
      true,
    );
  });

  it('loses control characters in the title, and all but line breaks in the body', () => {
    const result = validateNotifyRequest({
      ...valid,
      title: 'Frist\u0000 \u001bpassert\u202E',
      body: 'Linje 1\nLinje 2\u0007',
    });
    expect(result.ok && result.value).toMatchObject({ title: 'Frist passert', body: 'Linje 1\nLinje 2' });
  });

  it.each(NOT_OBJECTS)('is refused when it is %s', (_name, payload) => {
    expect(validateNotifyRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['no title', { body: 'x' }],
    ['an empty title', { ...valid, title: '   ' }],
    ['a title of control characters only', { ...valid, title: '\u0000\u0001' }],
    ['a title too long to show', { ...valid, title: 'x'.repeat(201) }],
    ['a huge body', { ...valid, body: 'x'.repeat(1_000_000) }],
    ['a numeric body', { ...valid, body: 42 }],
    ['an incident id with a path', { ...valid, incidentId: '../../etc/passwd' }],
    ['an incident id with markup', { ...valid, incidentId: '<img src=x onerror=alert(1)>' }],
    ['an over-long incident id', { ...valid, incidentId: 'a'.repeat(65) }],
    ['a numeric incident id', { ...valid, incidentId: 7 }],
    ['an empty incident id', { ...valid, incidentId: '' }],
    ['an extra field', { ...valid, icon: 'file:///etc/passwd' }],
    ['a polluting key', JSON.parse('{"title":"a","body":"b","__proto__":{"polluted":true}}')],
  ])('is refused with %s', (_name, payload) => {
    expect(validateNotifyRequest(payload)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('an incident id', () => {
  it.each(['AVV-2026-007', '3f1c2a9e-5b7d-4c1e-9a2b-7d6e5f4c3b2a', 'a'])('accepts %s', (id) => {
    expect(validateIncidentId(id).ok).toBe(true);
  });

  it.each([null, 7, '', ' AVV', 'AVV 1', '-leading', 'a/b', `${'a'.repeat(65)}`])('refuses %j', (id) => {
    expect(validateIncidentId(id).ok).toBe(false);
  });
});

describe('the language of the menus', () => {
  it.each(['nb', 'en'])('accepts %s', (language) => {
    expect(validateLanguage(language)).toEqual({ ok: true, value: language });
  });

  it.each(['de', 'NB', 'no', '', null, undefined, 1, { language: 'nb' }, ['nb']])(
    'refuses %j',
    (language) => {
      expect(validateLanguage(language)).toMatchObject({ ok: false, reason: 'invalid' });
    },
  );
});
