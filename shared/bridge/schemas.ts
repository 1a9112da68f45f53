// The payload schemas for every bridge call. The main process runs each payload that arrives over
// IPC through one of the validate* functions below before it acts on it; whatever does not pass is
// refused with `{ ok: false, reason: 'invalid' }`. They are pure functions of `unknown`, so they are
// tested in plain node with hostile payloads.

import { z } from 'zod';
import { visibleOnly } from '../text/clean';
import { serverOrigin } from '../sync/config';
import { TEAM_NAME } from '../sync/roles';
import {
  FILE_PIECE_BYTES,
  type BeginSaveRequest,
  type BridgeFailure,
  type BridgeLanguage,
  type ChooseFolderRequest,
  type FinishOpenRequest,
  type FinishSaveRequest,
  type ReadPieceRequest,
  type WritePieceRequest,
  type SaveInFolderRequest,
  type NotifyRequest,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveMimeType,
  type SyncTestRequest,
  type WriteKeyFileRequest,
} from './index';

/** Files larger than this are neither written nor read: a backup of a busy register is far smaller. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/**
 * The most a save in pieces may write. A backup of a million events is about 650 MiB, so this is
 * some 25 times any real register; it is there so that a runaway page cannot fill the disk.
 */
export const MAX_SAVED_IN_PIECES_BYTES = 16 * 1024 * 1024 * 1024;
/**
 * The largest file opened in pieces (read into a Blob, which the browser keeps on disk when it is
 * large). Six times the million-event backup: restoring that one already takes minutes and
 * gigabytes, so a larger file is not one the app can restore.
 */
export const MAX_OPENED_IN_PIECES_BYTES = 4 * 1024 * 1024 * 1024;
/** Longest file name we hand to an OS dialog (most file systems stop at 255 bytes). */
export const MAX_FILE_NAME_LENGTH = 200;
/** Any string longer than this is refused before it is looked at further. */
const MAX_RAW_STRING_LENGTH = 4096;
export const MAX_NOTIFICATION_TITLE_LENGTH = 200;
export const MAX_NOTIFICATION_BODY_LENGTH = 2000;
const MAX_ACCEPTED_EXTENSIONS = 20;

/** Incident ids as the renderer's database makes them (UUIDs, or references such as AVV-2026-007). */
export const INCIDENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** What each savable kind of file is called and which extension it must end with. */
export const SAVE_TYPES: Record<SaveMimeType, { extension: string; label: string }> = {
  'application/pdf': { extension: '.pdf', label: 'PDF' },
  'application/json': { extension: '.json', label: 'JSON' },
  'text/csv': { extension: '.csv', label: 'CSV' },
  // Backups and evidence bundles encrypted with age (age-encryption.org/v1).
  'application/x-age-encryption': { extension: '.age', label: 'age' },
};
const SAVE_MIME_TYPES = Object.keys(SAVE_TYPES) as [SaveMimeType, ...SaveMimeType[]];

const WINDOWS_FORBIDDEN_CHARACTERS = /[<>:"|?*]/g;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name safe to suggest to a save dialog on any OS, or null when `raw` is not a file name at
 * all (it names a folder, or nothing is left once control characters are removed).
 */
export function sanitizeFileName(raw: string): string | null {
  if (raw.length > MAX_RAW_STRING_LENGTH) return null;
  // A name, never a path: a separator means a bug or an attack, so refuse rather than guess.
  if (raw.includes('/') || raw.includes('\\')) return null;
  // Control, bidi and invisible characters go: the bidi overrides make "fdp.exe" look like "exe.pdf".
  let name = visibleOnly(raw).replace(WINDOWS_FORBIDDEN_CHARACTERS, '_').trim();
  // Windows silently drops trailing dots and spaces; do it ourselves so the name is what we check.
  name = name.replace(/[. ]+$/, '');
  if (name === '' || /^\.+$/.test(name)) return null;
  if (WINDOWS_RESERVED_NAMES.test(name)) name = `_${name}`;
  if (name.length > MAX_FILE_NAME_LENGTH) return null;
  return name;
}

/** `name` ending in `extension`, appended when it does not already (case-insensitively). */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

const fileNameSchema = z
  .string()
  .max(MAX_RAW_STRING_LENGTH)
  .transform((raw, context) => {
    const name = sanitizeFileName(raw);
    if (name === null) {
      context.addIssue({ code: 'custom', message: 'must be a file name without folders' });
      return z.NEVER;
    }
    return name;
  });

const bytesSchema = z
  .instanceof(Uint8Array, { message: 'must be a Uint8Array' })
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
    message: `must be at most ${MAX_FILE_BYTES / (1024 * 1024)} MB`,
  });

/** The suggested name gets the extension of its type, so the dialog's filter matches it. */
function withTypeExtension<T extends { suggestedName: string; mimeType: SaveMimeType }>(request: T): T {
  return { ...request, suggestedName: withExtension(request.suggestedName, SAVE_TYPES[request.mimeType].extension) };
}

export const saveFileRequestSchema: z.ZodType<SaveFileRequest, unknown> = z
  .strictObject({
    suggestedName: fileNameSchema,
    mimeType: z.enum(SAVE_MIME_TYPES),
    bytes: bytesSchema,
  })
  .transform(withTypeExtension);

/** The tokens the main process hands out for a folder it made or a file it holds open (UUIDs). */
export const TOKEN_PATTERN = /^[0-9a-f-]{36}$/;

const tokenSchema = (what: string) => z.string().regex(TOKEN_PATTERN, { message: `is not a ${what} token` });

/** Where a piece starts in its file: a whole number of bytes, never past the largest such file. */
const offsetSchema = (max: number) => z.number().int().min(0).max(max);

export const beginSaveRequestSchema: z.ZodType<BeginSaveRequest, unknown> = z
  .strictObject({
    suggestedName: fileNameSchema,
    mimeType: z.enum(SAVE_MIME_TYPES),
  })
  .transform(withTypeExtension);

export const writePieceRequestSchema: z.ZodType<WritePieceRequest, unknown> = z.strictObject({
  save: tokenSchema('save'),
  offset: offsetSchema(MAX_SAVED_IN_PIECES_BYTES),
  bytes: z
    .instanceof(Uint8Array, { message: 'must be a Uint8Array' })
    .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= FILE_PIECE_BYTES, {
      message: `must be 1 byte to ${FILE_PIECE_BYTES / (1024 * 1024)} MiB`,
    }),
});

export const finishSaveRequestSchema: z.ZodType<FinishSaveRequest, unknown> = z.strictObject({
  save: tokenSchema('save'),
  complete: z.boolean(),
});

export const readPieceRequestSchema: z.ZodType<ReadPieceRequest, unknown> = z.strictObject({
  file: tokenSchema('file'),
  offset: offsetSchema(MAX_OPENED_IN_PIECES_BYTES),
  length: z.number().int().min(1).max(FILE_PIECE_BYTES),
});

export const finishOpenRequestSchema: z.ZodType<FinishOpenRequest, unknown> = z.strictObject({
  file: tokenSchema('file'),
});

export const chooseFolderRequestSchema: z.ZodType<ChooseFolderRequest, unknown> = z.strictObject({
  folderName: fileNameSchema,
});

export const saveInFolderRequestSchema: z.ZodType<SaveInFolderRequest, unknown> = z
  .strictObject({
    folder: tokenSchema('folder'),
    name: fileNameSchema,
    mimeType: z.enum(SAVE_MIME_TYPES),
    bytes: bytesSchema,
  })
  .transform((request) => ({ ...request, name: withExtension(request.name, SAVE_TYPES[request.mimeType].extension) }));

const extensionSchema = z
  .string()
  .regex(/^\.[A-Za-z0-9]{1,16}$/, { message: 'must be a file extension such as ".csv"' })
  .transform((extension) => extension.toLowerCase());

export const openFileRequestSchema: z.ZodType<OpenFileRequest, unknown> = z
  .strictObject({
    accept: z.array(extensionSchema).min(1).max(MAX_ACCEPTED_EXTENSIONS),
  })
  .transform((request) => ({ accept: [...new Set(request.accept)] }));

function textSchema(keep: 'none' | 'line-breaks', maxLength: number) {
  return z
    .string()
    .max(MAX_RAW_STRING_LENGTH)
    .transform((raw) => visibleOnly(raw, keep).trim())
    .pipe(z.string().min(1).max(maxLength));
}

export const incidentIdSchema = z.string().regex(INCIDENT_ID_PATTERN, { message: 'is not an incident id' });

export const notifyRequestSchema: z.ZodType<NotifyRequest, unknown> = z.strictObject({
  title: textSchema('none', MAX_NOTIFICATION_TITLE_LENGTH),
  body: textSchema('line-breaks', MAX_NOTIFICATION_BODY_LENGTH),
  incidentId: incidentIdSchema.optional(),
});

/** A key file holds a few keys: anything larger is not one. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;

export const writeKeyFileRequestSchema: z.ZodType<WriteKeyFileRequest, unknown> = z.strictObject({
  bytes: z
    .instanceof(Uint8Array, { message: 'must be a Uint8Array' })
    .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_KEY_FILE_BYTES, { message: `must be 1 byte to ${MAX_KEY_FILE_BYTES / 1024} KiB` }),
  keychain: z.boolean(),
});

export const languageSchema: z.ZodType<BridgeLanguage, unknown> = z.enum(['nb', 'en']);

export type InvalidPayload = BridgeFailure & { reason: 'invalid' };
export type Validation<T> = { ok: true; value: T } | InvalidPayload;

/** The payload checked against `schema`; never throws, whatever `payload` is. */
export function validatePayload<T>(schema: z.ZodType<T, unknown>, payload: unknown): Validation<T> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(payload);
  } catch {
    // A hostile object (a throwing getter, a revoked proxy) is simply not a valid payload.
    return invalidPayload('payload could not be read');
  }
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return invalidPayload(`${where}${issue?.message ?? 'invalid payload'}`);
}

export function invalidPayload(message: string): InvalidPayload {
  return { ok: false, reason: 'invalid', message };
}

export const validateSaveFileRequest = (payload: unknown) => validatePayload(saveFileRequestSchema, payload);
export const validateChooseFolderRequest = (payload: unknown) => validatePayload(chooseFolderRequestSchema, payload);
export const validateSaveInFolderRequest = (payload: unknown) => validatePayload(saveInFolderRequestSchema, payload);
export const validateOpenFileRequest = (payload: unknown) => validatePayload(openFileRequestSchema, payload);
export const validateBeginSaveRequest = (payload: unknown) => validatePayload(beginSaveRequestSchema, payload);
export const validateWritePieceRequest = (payload: unknown) => validatePayload(writePieceRequestSchema, payload);
export const validateFinishSaveRequest = (payload: unknown) => validatePayload(finishSaveRequestSchema, payload);
export const validateReadPieceRequest = (payload: unknown) => validatePayload(readPieceRequestSchema, payload);
export const validateFinishOpenRequest = (payload: unknown) => validatePayload(finishOpenRequestSchema, payload);
export const validateNotifyRequest = (payload: unknown) => validatePayload(notifyRequestSchema, payload);
export const validateIncidentId = (payload: unknown) => validatePayload(incidentIdSchema, payload);
export const validateLanguage = (payload: unknown) => validatePayload(languageSchema, payload);

/** A sync server origin as shared/sync/config reads it (https, or http to this machine). */
const syncOriginSchema = z
  .string()
  .max(300)
  .refine((value) => {
    const checked = serverOrigin(value);
    return checked.ok && checked.origin === value;
  }, 'must be an https origin (or http on this machine)');
/** The sync server, or null for none. */
export const syncServerSchema: z.ZodType<string | null, unknown> = z.union([z.null(), syncOriginSchema]);
/** A connection test: a server origin, a team name as the databases are named, an Authorization header. */
export const syncTestRequestSchema = z.strictObject({
  server: syncOriginSchema,
  team: z.string().regex(TEAM_NAME),
  authorization: z.string().min(1).max(16_384).regex(/^(Basic|Bearer) [\x21-\x7e]+$/, 'a Basic or Bearer header'),
});
export const validateSyncTestRequest = (payload: unknown): Validation<SyncTestRequest> => validatePayload(syncTestRequestSchema, payload);
/** Sync credentials: JSON the renderer wrote, at most a few kilobytes (a JWT can be long). */
export const syncSecretSchema = z.string().min(1).max(16_384);
export const validateSyncServer = (payload: unknown) => validatePayload(syncServerSchema, payload);
export const validateSyncSecret = (payload: unknown) => validatePayload(syncSecretSchema, payload);
export const validateWriteKeyFileRequest = (payload: unknown) => validatePayload(writeKeyFileRequestSchema, payload);
