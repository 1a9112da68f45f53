import type { Lang } from '../../../../../shared/i18n';

// Attached files as the panel shows them: their kind from the name, their size in words.

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  rtf: 'application/rtf',
  zip: 'application/zip',
};

/** The media type a file's extension names; unknown kinds are plain bytes. */
export function mediaTypeOf(name: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** Bytes as megabytes with one decimal: "20", "20,5". */
export function megabytes(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

/** "512 B", "12 kB", "3,4 MB". */
export function readableSize(bytes: number, lang: Lang): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} kB`;
  return `${format(bytes / 1024 / 1024, 1)} MB`;
}
