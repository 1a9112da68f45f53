// A CouchDB-compatible server for team sync on this machine only: the tests, the benchmark and
// `npm run sync:server` use it. express-pouchdb speaks CouchDB's HTTP API (replication, users,
// _security, validate_doc_update) over PouchDB's in-memory adapter, and gets the same design
// documents and _security objects a real CouchDB gets (shared/sync/design.ts, roles.ts; README).
// Loopback only. The data lives in this process's memory (memdown keeps databases by name), so
// `restart()` drops every connection and the HTTP app, and starts anew over the same data, as a
// CouchDB restarting over its disk would.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

const repository = resolve(import.meta.dirname, '..');

/** shared/sync (design documents, roles) bundled in memory, so the server enforces the app's own rules. */
export async function loadSyncRules() {
  const result = await build({
    stdin: {
      contents: "export * from './shared/sync/design'; export * from './shared/sync/roles';",
      resolveDir: repository,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/**
 * PouchDB with the memory, HTTP and replication plugins. PouchDB.plugin changes the one PouchDB
 * class of the process, so the plugins go in once, whoever asks first (this server, or a test's
 * installations).
 */
export function memoryPouchDB() {
  if (!PouchDB.adapters?.memory) PouchDB.plugin(memory);
  if (!PouchDB.adapters?.http) PouchDB.plugin(http);
  if (typeof PouchDB.replicate !== 'function') PouchDB.plugin(replication);
  return PouchDB;
}

const REVISIONS = Symbol('the revisions a replicated document brought');

/**
 * express-pouchdb's validation (pouchdb-validation) overwrites a replicated document's _revisions
 * with the stored document's before writing it, so a replicated deletion (an erasure) never lands;
 * CouchDB keeps them. Each database's bulkDocs is wrapped on both sides of the validation: outside
 * it the revisions are set aside (under a symbol, which the design function does not see), inside
 * it they are put back.
 */
function keepReplicatedRevisions(couch) {
  const wrap = (db, change) => {
    const previous = db.bulkDocs;
    db.bulkDocs = function (docs, ...rest) {
      for (const doc of Array.isArray(docs) ? docs : (docs?.docs ?? [])) change(doc);
      return previous.call(this, docs, ...rest);
    };
  };
  couch.dbWrapper._wrappers.unshift((name, db, next) => {
    wrap(db, (doc) => {
      if (REVISIONS in doc) {
        doc._revisions = doc[REVISIONS];
        delete doc[REVISIONS];
      }
    });
    return next();
  });
  couch.dbWrapper.registerWrapper((name, db, next) => {
    wrap(db, (doc) => {
      if (doc._revisions) doc[REVISIONS] = doc._revisions;
    });
    return next();
  });
}

const basic = (name, password) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/**
 * Browsers send the page's origin; Avvik's page is served from another port (or app://avvik in the
 * desktop app), so the server allows those origins to send credentials, as a real CouchDB's [cors]
 * section would (README).
 */
function cors(allowedOrigins) {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (allowedOrigins === '*' || allowedOrigins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
        res.setHeader('Access-Control-Max-Age', '600');
        res.statusCode = 204;
        res.end();
        return;
      }
    }
    next();
  };
}

/**
 * Starts the server on 127.0.0.1. `users`: CouchDB users to create, each with its roles
 * (shared/sync/roles.ts COUCH_ROLES). `team`: the databases `<team>-events` and `<team>-people` are
 * created with Avvik's design documents and _security. `origins`: page origins allowed by CORS
 * ('*' allows any, for tests on loopback).
 */
export async function startSyncServer({ port = 0, users = [], team = 'avvik', origins = '*', name = `avvik-sync-${randomBytes(4).toString('hex')}` } = {}) {
  const rules = await loadSyncRules();
  const admin = { name: 'admin', password: randomBytes(12).toString('hex') };
  // Each server has its own namespace of in-memory databases (memdown keeps them by name), kept for
  // its restarts; each start gets its own PouchDB class, as a new CouchDB process would.
  const Pouch = memoryPouchDB();
  let server = null;
  let sockets = new Set();
  let boundPort = port;

  async function listen() {
    const app = express();
    app.disable('x-powered-by');
    app.use(cors(origins));
    const couch = expressPouchDB(Pouch.defaults({ adapter: 'memory', prefix: `${name}-` }), {
      inMemoryConfig: true,
      logPath: join(tmpdir(), `${name}.log`),
      mode: 'fullCouchDB',
      overrideMode: { exclude: ['routes/fauxton', 'routes/http-log'] },
    });
    keepReplicatedRevisions(couch);
    await new Promise((done) => couch.couchConfig.set('admins', admin.name, admin.password, done));
    // A real CouchDB refuses anonymous access to the team's data; so does this one (_security below).
    await new Promise((done) => couch.couchConfig.set('couch_httpd_auth', 'require_valid_user', 'false', done));
    app.use(couch);
    server = createServer(app);
    sockets = new Set();
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(boundPort, '127.0.0.1', done);
    });
    boundPort = server.address().port;
  }

  /** Stops serving: at once, as a crash would (`abrupt`), or letting requests under way finish. */
  async function stop(abrupt) {
    if (!server) return;
    const closing = new Promise((done) => server.close(() => done()));
    server.closeIdleConnections();
    const force = setTimeout(() => sockets.forEach((socket) => socket.destroy()), abrupt ? 0 : 1000);
    await closing;
    clearTimeout(force);
    server = null;
  }

  await listen();
  const url = `http://127.0.0.1:${boundPort}`;
  const call = async (path, method = 'GET', body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: basic(admin.name, admin.password), 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok && !(method === 'PUT' && response.status === 412)) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text === '' ? null : JSON.parse(text);
  };

  const databases = rules.teamDatabases(team);
  const design = rules.designDocs();
  const security = rules.securityObjects();
  for (const key of ['events', 'people']) {
    await call(`/${databases[key]}`, 'PUT');
    await call(`/${databases[key]}/_security`, 'PUT', security[key]);
    await call(`/${databases[key]}/${design[key]._id}`, 'PUT', design[key]);
  }
  for (const user of users) {
    await call(`/_users/org.couchdb.user:${encodeURIComponent(user.name)}`, 'PUT', { _id: `org.couchdb.user:${user.name}`, name: user.name, password: user.password, roles: user.roles, type: 'user' });
  }

  return {
    url,
    admin,
    databases,
    /** A request as the administrator: for tests that look at the server's side. */
    call,
    /** Drops every connection and the HTTP app, then serves the same data again on the same port. */
    async restart({ downFor = 0 } = {}) {
      await stop(true);
      if (downFor > 0) await new Promise((done) => setTimeout(done, downFor));
      await listen();
    },
    async close() {
      await stop(false);
    },
  };
}

// `npm run sync:server`: a server with a user of each role, for trying team sync by hand.
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--write-couchdb-files') {
  await writeCouchFiles();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5984);
  const users = [
    { name: 'lead', password: 'lead-password', roles: ['avvik-lead'] },
    { name: 'dpo', password: 'dpo-password', roles: ['avvik-dpo'] },
    { name: 'management', password: 'management-password', roles: ['avvik-management'] },
  ];
  const running = await startSyncServer({ port, users, name: 'avvik-sync-dev' });
  console.log(`A CouchDB-compatible server for Avvik is running at ${running.url} (this machine only; data in memory).`);
  console.log(`Databases: ${running.databases.events}, ${running.databases.people}. Users (password): ${users.map((u) => `${u.name} (${u.password})`).join(', ')}.`);
  console.log(`Administrator: ${running.admin.name} / ${running.admin.password}. Stop with Ctrl+C.`);
  const shutdown = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Writes the design documents and _security objects a real CouchDB gets to couchdb/ (README). */
export async function writeCouchFiles(folder = join(repository, 'couchdb')) {
  const { writeFile } = await import('node:fs/promises');
  const rules = await loadSyncRules();
  const design = rules.designDocs();
  const security = rules.securityObjects();
  for (const key of ['events', 'people']) {
    await writeFile(join(folder, `${key}.design.json`), `${JSON.stringify(design[key], null, 2)}\n`);
    await writeFile(join(folder, `${key}.security.json`), `${JSON.stringify(security[key], null, 2)}\n`);
  }
}
