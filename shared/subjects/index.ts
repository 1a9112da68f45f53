// The people affected: importing them from CSV (a preview; nothing is stored until accepted).

export { parseSubjectsCsv, parseSubjectsCsvNow, subjectsCsvSteps } from './csv';
export type {
  CancelFlag,
  CsvColumn,
  CsvOptions,
  CsvProgress,
  Delimiter,
  RunOptions,
  SubjectsCsvPreview,
} from './csv';
export { decodeCsvBytes, decodeUtf8, decodeWindows1252 } from './decode';
export type { DecodedText, TextEncoding } from './decode';
export { fieldForHeader, KNOWN_HEADERS, normaliseHeader } from './headers';
export type { SubjectField } from './headers';
export { describeRowProblem } from './messages';
export type { FileErrorCode, LocalText, RowErrorCode, RowWarningCode } from './messages';
export { letterAddress } from './rows';
export type { ImportedSubject, RowProblem, SubjectLanguage } from './rows';
