export { toBase64, fromBase64 } from '../../chain/base64';
export { importFailure, type ImportFailure, type ImportFailureCode, type ImportResult } from './errors';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  SCHEMA_VERSION,
  attachmentFileRecordSchema,
  emptyLegacyTables,
  emptyTables,
  legacyRecordSchemas,
  legacyTableNames,
  recordSchemas,
  tableNames,
  type AttachmentFileRecord,
  type LegacyTableName,
  type LegacyTables,
  type BackupHeader,
  type Manifest,
  type TableName,
  type Tables,
} from './format';
export { SEGMENT_RECORDS, tableDigest } from './manifest';
export { serializeBackup, type BackupMeta } from './serialize';
export { findHistoryInconsistency, parseBackup, type BackupCheckProgress, type BackupCheckStep, type BackupContent, type ParsedBackup } from './parse';
export { readBackupJson, type TextSource } from './lines';
export { erasedIn, legacyAsHistory, planMerge, zeroCount, type LocalState, type MergeCount, type MergePlan } from './merge';
export {
  EVIDENCE_FORMAT,
  EVIDENCE_FORMAT_VERSION,
  SAFE_DOCUMENT_NAME,
  buildEvidenceBundle,
  parseEvidenceBundle,
  type EvidenceDocument,
  type EvidenceInput,
  type ParsedEvidence,
  type VerifiedDocument,
} from './evidence';
