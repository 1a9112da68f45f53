import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import type { Incident } from '../../../shared/incident/model';
import { summarizeIncident } from '../../../shared/incident/summary';

// Each incident's summary (shared/incident/summary.ts) is written with its row, by the database
// itself: a Dexie DBCore middleware widens every read-write transaction on `incidents` to the
// summaries and mirrors each write there, in the same IndexedDB transaction. So every path that
// writes incidents (a change, a restore's or a sync's rebuild, a migration, a bulk seed) keeps the
// summaries true without knowing of them, and a summary can never outlive or lag its incident.

export const SUMMARIES_TABLE = 'incidentSummaries';
const INCIDENTS_TABLE = 'incidents';

/** Whether the transaction reaches the summaries (an upgrade from before they existed does not). */
function reachesSummaries(trans: DBCoreTransaction): boolean {
  const stores = (trans as Partial<IDBTransaction>).objectStoreNames;
  return stores?.contains(SUMMARIES_TABLE) ?? false;
}

/** The same change on the summaries, for the rows the incidents' write took. */
function mirrored(req: DBCoreMutateRequest, done: DBCoreMutateResponse): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = req.values.filter((_, i) => !(i in done.failures)).map((row) => summarizeIncident(row as Incident));
      return values.length === 0 ? null : { type: 'put', trans: req.trans, values };
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

export function summariesMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AvvikIncidentSummaries',
    // Above Dexie's own middlewares and the encryption: the summaries' writes are observed by live
    // queries like any other, and sealed like the incident's row.
    level: 10,
    create(down) {
      const known = down.schema.tables.some((table) => table.name === SUMMARIES_TABLE);
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = known && mode === 'readwrite' && stores.includes(INCIDENTS_TABLE) && !stores.includes(SUMMARIES_TABLE);
          return down.transaction(widen ? [...stores, SUMMARIES_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name !== INCIDENTS_TABLE) return table;
          return {
            ...table,
            async mutate(req) {
              const done = await table.mutate(req);
              const mirror = reachesSummaries(req.trans) ? mirrored(req, done) : null;
              if (mirror) {
                const result = await down.table(SUMMARIES_TABLE).mutate(mirror);
                // A summary not written fails the incident's write too: the transaction is undone.
                if (result.numFailures > 0) throw Object.values(result.failures)[0];
              }
              return done;
            },
          };
        },
      };
    },
  };
}

/** Upgrade to the schema with summaries: every incident there is gets its summary. */
export async function summarizeStoredIncidents(tx: Transaction): Promise<void> {
  const incidents = (await tx.table(INCIDENTS_TABLE).toArray()) as Incident[];
  await tx.table(SUMMARIES_TABLE).bulkPut(incidents.map(summarizeIncident));
}
