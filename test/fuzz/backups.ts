import { AvvikDb } from '../../renderer/src/db/database';
import { exportBackup, mergeHistory } from '../../renderer/src/db/backup';
import { importBackup } from '../../renderer/src/db/restore';
import { tableDigest } from '../../shared/incident/backup/manifest';
import type { Tables } from '../../shared/incident/backup/format';
import { digest, sampleRecord } from '../shared/incident/fixtures';
import { count, emptyReport, isWorded, seeded, type FuzzReport, type Random } from './random';

// Mutated backups thrown at the real restore (renderer/src/db/backup.ts, on fake-indexeddb): every
// one must end in a typed refusal worded in both languages, or be taken whole; never an exception,
// and a refused file must leave the database exactly as it was. Most mutations recompute the
// manifest afterwards, as someone editing the file on purpose would, so they reach the checks
// behind it (schemas, duplicate ids, references, the chains) instead of stopping at the hash.

type Json = unknown;
type Container = Record<string, Json> | Json[];
interface Slot {
  parent: Container;
  key: string | number;
  value: Json;
}

interface Draft {
  /** The file as parsed; mutated in place. */
  file: Record<string, Json>;
  /** Raw JSON text for values JSON.stringify cannot write (1e400, nesting thousands deep). */
  raw: Map<string, string>;
  recompute: boolean;
}

const CODES = new Set([
  'malformed',
  'truncated',
  'not-a-backup',
  'newer-version',
  'unknown-version',
  'invalid-record',
  'duplicate-id',
  'manifest-mismatch',
  'dangling-reference',
  'broken-chain',
  'invalid-document',
  'record-differs',
  'bad-signature',
  'conflict',
]);

/** Every place in `root` that holds a value, found without recursion. */
function slotsOf(root: Json): Slot[] {
  const slots: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const entries: [string | number, Json][] = Array.isArray(node)
      ? node.map((value, index) => [index, value])
      : Object.entries(node);
    for (const [key, value] of entries) {
      slots.push({ parent: node as Container, key, value });
      stack.push(value);
    }
  }
  return slots;
}

const set = (slot: Slot, value: Json): void => {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
};

function tablesOf(draft: Draft): Record<string, Json[]> {
  const tables = draft.file.tables;
  return typeof tables === 'object' && tables !== null && !Array.isArray(tables)
    ? (tables as Record<string, Json[]>)
    : {};
}

/** A random record of a non-empty table, or the header when there is none. */
function someRecord(draft: Draft, rng: Random): Json {
  const tables = Object.values(tablesOf(draft)).filter(
    (records) => Array.isArray(records) && records.length > 0,
  );
  return tables.length === 0 ? draft.file : rng.pick(rng.pick(tables));
}

function someSlot(draft: Draft, rng: Random, wanted: (value: Json) => boolean = () => true): Slot | null {
  const slots = slotsOf(someRecord(draft, rng)).filter((slot) => wanted(slot.value));
  return slots.length === 0 ? null : rng.pick(slots);
}

let tokens = 0;
function rawValue(draft: Draft, text: string): string {
  const token = `@@fuzz-${++tokens}@@`;
  draft.raw.set(`"${token}"`, text);
  return token;
}

const HOSTILE_TEXT = [
  '\u0000',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '"',
  '\\',
  '\n',
  '🦌',
  '<script>',
  '../../',
  '%00',
];

function hostileString(rng: Random): string {
  const size = rng.pick([0, 1, 300, 1001, 20_001, 100_000, 1_000_000]);
  if (rng.chance(0.5)) return 'x'.repeat(size);
  let out = '';
  while (out.length < Math.min(size, 5000)) out += rng.pick(HOSTILE_TEXT);
  return out;
}

function deepText(depth: number, object: boolean): string {
  return object
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function shuffle<T>(items: T[], rng: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The mutations, each a kind of damage or tampering; a run uses them in turn. */
const MUTATIONS: Record<string, (draft: Draft, rng: Random) => void> = {
  'number: out of range or odd': (draft, rng) => {
    const slot = someSlot(draft, rng, (v) => typeof v === 'number') ?? someSlot(draft, rng);
    if (!slot) return;
    const odd = rng.pick([
      '1e400',
      '-1e400',
      '1e-400',
      '-0',
      '1e308',
      '-1',
      '0',
      '0.5',
      '9007199254740993',
      '2147483648',
    ]);
    if (odd.includes('e400')) {
      set(slot, rawValue(draft, odd));
      draft.recompute = false;
    } else set(slot, Number(odd));
  },
  'wrong type': (draft, rng) => {
    const slot = someSlot(draft, rng);
    if (slot)
      set(
        slot,
        rng.pick<Json>([null, true, 'x', '', [], {}, 0, -1, [1, 2], { id: 'x' }, '2026-13-45T25:61:00.000Z']),
      );
  },
  'deep nesting': (draft, rng) => {
    const slot = someSlot(draft, rng);
    if (!slot) return;
    const depth = rng.pick([65, 1000, 100_000]);
    set(slot, rawValue(draft, deepText(depth, rng.chance(0.5))));
    draft.recompute = false;
  },
  'huge or hostile string': (draft, rng) => {
    const slot = someSlot(draft, rng, (v) => typeof v === 'string') ?? someSlot(draft, rng);
    if (slot) set(slot, hostileString(rng));
  },
  'duplicate record': (draft, rng) => {
    const tables = Object.values(tablesOf(draft)).filter((t) => Array.isArray(t) && t.length > 0);
    if (tables.length === 0) return;
    const table = rng.pick(tables);
    const copy = structuredClone(rng.pick(table));
    if (rng.chance(0.5) && typeof copy === 'object' && copy !== null)
      (copy as Record<string, Json>).name = 'Kopi';
    table.push(copy);
  },
  'same id twice': (draft, rng) => {
    const tables = Object.values(tablesOf(draft)).filter((t) => Array.isArray(t) && t.length > 1);
    if (tables.length === 0) return;
    const table = rng.pick(tables) as Record<string, Json>[];
    table[1]!.id = table[0]!.id;
  },
  'key removed or added': (draft, rng) => {
    const record = someRecord(draft, rng);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
    const keys = Object.keys(record);
    if (rng.chance(0.5) && keys.length > 0) delete (record as Record<string, Json>)[rng.pick(keys)];
    else
      (record as Record<string, Json>)[rng.pick(['extra', '__proto__', 'constructor', 'toString'])] =
        rng.pick<Json>([1, 'x', {}]);
  },
  'records reordered': (draft, rng) => {
    for (const table of Object.values(tablesOf(draft))) if (Array.isArray(table)) shuffle(table, rng);
  },
  'header field changed': (draft, rng) => {
    const key = rng.pick([
      'format',
      'formatVersion',
      'schemaVersion',
      'exportedAt',
      'installationId',
      'appVersion',
      'reason',
    ]);
    draft.file[key] = rng.pick<Json>([
      null,
      0,
      1,
      2,
      3,
      -1,
      1.5,
      'avvik-evidence',
      'x',
      '',
      [],
      {},
      '2026-02-30T00:00:00.000Z',
    ]);
  },
  'tables reshaped': (draft, rng) => {
    const tables = tablesOf(draft);
    const choice = rng.int(0, 4);
    if (choice === 0) delete tables[rng.pick(Object.keys(tables))];
    else if (choice === 1) tables[rng.pick(['__proto__', 'constructor', 'extra', 'Incidents'])] = [];
    else if (choice === 2) draft.file.tables = rng.pick<Json>([[], null, 'tables', 7]);
    else if (choice === 3)
      tables[rng.pick(Object.keys(tables))] = rng.pick<Json[]>([[null], [1], [[]], ['x']]);
    else tables.events = [];
  },
  'manifest changed': (draft, rng) => {
    const manifest = draft.file.manifest as Record<string, Json>;
    const slot = someSlotIn(manifest, rng);
    if (slot) set(slot, rng.pick<Json>([0, -1, 1, 1e9, 'SHA-1', 'x', null, {}, 'a'.repeat(64)]));
    draft.recompute = false;
  },
  'timeline chain tampered': (draft, rng) => {
    const events = tablesOf(draft).events;
    if (!Array.isArray(events) || events.length === 0) return;
    const event = rng.pick(events) as Record<string, Json>;
    const key = rng.pick([
      'seq',
      'prevHash',
      'hash',
      'at',
      'installationId',
      'incidentId',
      'kind',
      'payload',
    ]);
    event[key] = rng.pick<Json>([
      0,
      1,
      2,
      99,
      'a'.repeat(64),
      null,
      'installation-b',
      '2020-01-01T00:00:00.000Z',
      'created',
      {},
    ]);
  },
};

/** Damage to the text itself, as a disk, a download or an editor might do it (damagedText). */
const TEXT_DAMAGE = [
  'bits flipped',
  'cut short',
  'garbage inserted',
  'lines swapped',
  'line repeated',
  'not a backup at all',
];

function someSlotIn(root: Json, rng: Random): Slot | null {
  const slots = slotsOf(root);
  return slots.length === 0 ? null : rng.pick(slots);
}

function damagedText(kind: string, text: string, rng: Random): string {
  switch (kind) {
    case 'bits flipped': {
      const bytes = new TextEncoder().encode(text);
      for (let n = rng.int(1, 8); n > 0; n--) bytes[rng.int(0, bytes.length - 1)]! ^= 1 << rng.int(0, 7);
      return new TextDecoder().decode(bytes);
    }
    case 'cut short':
      return text.slice(0, rng.int(0, text.length - 1));
    case 'garbage inserted': {
      const at = rng.int(0, text.length);
      const garbage = rng.pick([
        '{',
        '}',
        '[',
        ']',
        ',',
        '"',
        '\\',
        '\u0000',
        'null',
        '1e400',
        '\n',
        '"tables":{',
      ]);
      return text.slice(0, at) + garbage.repeat(rng.int(1, 3)) + text.slice(at);
    }
    case 'lines swapped': {
      const lines = text.split('\n');
      const a = rng.int(0, lines.length - 1);
      const b = rng.int(0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'line repeated': {
      const lines = text.split('\n');
      const at = rng.int(0, lines.length - 1);
      lines.splice(at, 0, lines[at]!);
      return lines.join('\n');
    }
    default:
      return rng.pick([
        '',
        ' ',
        '{}',
        '[]',
        'null',
        '"avvik-backup"',
        '{"format":"avvik-backup"}',
        '\uFEFF{}',
        'PK\u0003\u0004',
        '1e400',
      ]);
  }
}

/** The draft as a file: in Avvik's one-record-a-line layout, or as one JSON text. */
async function written(draft: Draft, rng: Random): Promise<string> {
  const { file } = draft;
  if (draft.recompute && typeof file.manifest === 'object' && file.manifest !== null) {
    const manifest = file.manifest as { tables?: Record<string, Json> };
    const tables: Record<string, Json> = {};
    for (const [name, records] of Object.entries(tablesOf(draft))) {
      if (!Array.isArray(records)) continue;
      try {
        tables[name] = { count: records.length, sha256: await tableDigest(records, digest) };
      } catch {
        // A record canonical JSON cannot write: the file keeps the old entry.
        tables[name] = manifest.tables?.[name];
      }
    }
    manifest.tables = tables;
  }
  let text: string;
  const { manifest, tables, ...header } = file;
  if (rng.chance(0.7) && typeof tables === 'object' && tables !== null && !Array.isArray(tables)) {
    const parts = [
      `${JSON.stringify(header).slice(0, -1)},\n"manifest":${JSON.stringify(manifest)},\n"tables":{\n`,
    ];
    const names = Object.keys(tables);
    names.forEach((name, t) => {
      const records = (tables as Record<string, Json>)[name];
      parts.push(`${JSON.stringify(name)}:[\n`);
      if (Array.isArray(records)) parts.push(records.map((r) => JSON.stringify(r)).join(',\n'), '\n');
      parts.push(t < names.length - 1 ? '],\n' : ']\n');
    });
    parts.push('}}\n');
    text = parts.join('');
  } else text = JSON.stringify(file);
  for (const [token, raw] of draft.raw) text = text.replace(token, raw);
  return text;
}

async function sampleDb(name: string, tables: Tables | null): Promise<AvvikDb> {
  const db = new AvvikDb(name);
  if (tables) {
    const result = await mergeHistory(db, structuredClone(tables));
    if (!result.ok) throw new Error(`sample: ${result.error.code}`);
  }
  return db;
}

/** Every table, projections included: a refused file must leave all of it as it was. */
const snapshot = async (db: AvvikDb): Promise<string> =>
  JSON.stringify(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));

export interface BackupFuzzOptions {
  runs: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

/** Restores `runs` mutated backups into a database holding the sample record, and into an empty one. */
export async function fuzzBackups(options: BackupFuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const rng = seeded(seed);
  const tables = await (await sampleRecord()).signedTables();
  const source = await sampleDb(`fuzz-source-${seed}`, tables);
  const base = (await exportBackup(source, { now: new Date('2026-06-01T08:00:00Z') })).chunks.join('');
  const parsedBase = JSON.parse(base) as Record<string, Json>;
  await source.delete();

  let made = 0;
  const targets = await Promise.all(
    [tables, null].map(async (content, i) => {
      const db = await sampleDb(`fuzz-${seed}-${i}-${made++}`, content);
      return { content, db, state: await snapshot(db) };
    }),
  );
  const report = emptyReport();
  const kinds = [...Object.keys(MUTATIONS), ...TEXT_DAMAGE];
  for (let run = 0; run < options.runs; run++) {
    const kind = kinds[run % kinds.length]!;
    count(report.mutations, kind);
    const draft: Draft = { file: structuredClone(parsedBase), raw: new Map(), recompute: rng.chance(0.85) };
    const mutate = MUTATIONS[kind];
    mutate?.(draft, rng);
    const text = mutate ? await written(draft, rng) : damagedText(kind, base, rng);
    const target = targets[run % targets.length]!;
    report.runs++;
    let refused = true;
    try {
      const result = await importBackup(target.db, text);
      if (result.ok) {
        refused = false;
        report.accepted++;
      } else if (!CODES.has(result.error.code) || !isWorded(result.error.text)) {
        report.crashes.push({
          run,
          mutation: kind,
          error: `untyped refusal: ${JSON.stringify(result.error).slice(0, 300)}`,
        });
      } else count(report.refused, result.error.code);
    } catch (error) {
      report.crashes.push({
        run,
        mutation: kind,
        error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error),
      });
    }
    if (refused) {
      if ((await snapshot(target.db)) !== target.state) {
        report.partialWrites.push({ run, mutation: kind });
        target.state = await snapshot(target.db);
      }
    } else {
      // Taken whole: start the next run from the sample again.
      await target.db.delete();
      target.db = await sampleDb(`fuzz-${seed}-${run}-${made++}`, target.content);
      target.state = await snapshot(target.db);
    }
    options.onProgress?.(run + 1);
  }
  await Promise.all(targets.map((target) => target.db.delete()));
  report.ms = performance.now() - started;
  return report;
}
