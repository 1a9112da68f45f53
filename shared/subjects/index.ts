// The people affected: importing them from CSV (a preview; nothing is stored until accepted), the
// rules for one person's details, and telling the same person twice.

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
export type { ImportedSubject, RowProblem, SubjectLanguage } from './rows';
export { checkPerson, checkPostalCode, isNorway, letterAddress, splitLetterAddress } from './person';
export type { PersonField, PersonForm, PersonProblems } from './person';
export { describeDuplicate, planImport } from './duplicates';
export type { Duplicate, ImportPlan, KnownPerson } from './duplicates';
