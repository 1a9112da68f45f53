import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { RowCipher } from './cipher';

// Encryption at rest as a Dexie DBCore middleware, the layer closest to IndexedDB: every write is
// sealed and every read opened synchronously, inside the same IndexedDB transaction, so every read
// and write path of the app (transactions that read, replay and write, as a restore does) works
// unchanged. Only what is read is decrypted: a count, a key-only query or an index walk opens no row.

function keyPaths(table: DBCoreTable): { primary: string | null; clear: string[] } {
  const paths = new Set<string>();
  const add = (keyPath: string | string[] | null) => {
    if (typeof keyPath === 'string') paths.add(keyPath);
    else if (Array.isArray(keyPath)) keyPath.forEach((p) => paths.add(p));
  };
  const { primaryKey, indexes } = table.schema;
  add(primaryKey.keyPath);
  indexes.forEach((index) => add(index.keyPath));
  return { primary: typeof primaryKey.keyPath === 'string' ? primaryKey.keyPath : null, clear: [...paths] };
}

const keyText = (key: unknown): string => (typeof key === 'string' ? key : JSON.stringify(key));

function encryptedTable(table: DBCoreTable, cipher: RowCipher): DBCoreTable {
  const name = table.name;
  const { primary, clear } = keyPaths(table);
  const keyOf = (row: unknown, given?: unknown): string =>
    keyText(given ?? (primary && row && typeof row === 'object' ? (row as Record<string, unknown>)[primary] : undefined));
  const open = (row: unknown) => (row === undefined ? row : cipher.open(name, keyOf(row), row));

  function openCursor(cursor: DBCoreCursor): DBCoreCursor {
    let lastStored: unknown = undefined;
    let lastOpened: unknown = undefined;
    // The native cursor's own getters need the native cursor as `this`: each is passed through.
    return Object.create(cursor, {
      key: { get: () => cursor.key },
      primaryKey: { get: () => cursor.primaryKey },
      value: {
        get: () => {
          const stored = cursor.value;
          if (stored !== lastStored) {
            lastStored = stored;
            lastOpened = open(stored);
          }
          return lastOpened;
        },
      },
    }) as DBCoreCursor;
  }

  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const values = req.values.map((row, i) => cipher.seal(name, keyOf(row, req.keys?.[i]), clear, row as Record<string, unknown>));
      return table.mutate({ ...req, values });
    },
    get: (req) => table.get(req).then((row) => (row === undefined ? row : cipher.open(name, keyOf(row, req.key), row))),
    getMany: (req) => table.getMany(req).then((rows) => rows.map((row, i) => (row === undefined ? row : cipher.open(name, keyOf(row, req.keys[i]), row)))),
    query: (req) => table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor && req.values ? openCursor(cursor) : cursor)),
  };
}

export function encryptionMiddleware(cipher: RowCipher): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AvvikEncryption',
    // Below Dexie's own middlewares (hooks, live-query observation, caches): they all see rows as
    // the app wrote them, and only IndexedDB sees them sealed.
    level: -10,
    create(down) {
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(name) {
          let table = tables.get(name);
          if (!table) {
            table = encryptedTable(down.table(name), cipher);
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}
