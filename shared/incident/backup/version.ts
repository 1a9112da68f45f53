/**
 * The database schema version a backup's records are written in (renderer/src/db/database.ts). A
 * module of its own: the database needs this number at every start, and format.ts brings the
 * backup's schemas (zod) with it.
 */
export const SCHEMA_VERSION = 3;
