import { eventKinds } from '../incident/events';
import { subjectLanguages, SUBJECT_LIMITS } from '../incident/subjects';
import { COUCH_ROLES, PEOPLE_READERS } from './roles';

// The design documents the server enforces (CouchDB's validate_doc_update, run on every write,
// replicated ones included). They are the server's half of the guard: they refuse any change or
// deletion of an event or key, and any document whose shape is not one of ours. They cannot check
// an Ed25519 signature or a hash (CouchDB's JavaScript has no such crypto), nor that a chain
// links: every receiving app does that before it applies anything (./incoming.ts).
//
// The functions are written in ES5: CouchDB runs them in its own JavaScript engine. They are built
// from the same vocabularies as the app (event kinds, languages, limits), and shipped as files in
// couchdb/ for a real CouchDB (a test checks that the files are these documents).

export const DESIGN_DOC_ID = '_design/avvik';

/** The rules' own version: the app refuses to sync with a server whose rules are not these. */
export const RULES_VERSION = 2;

const common = `
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function refuse(why) { throw({ forbidden: why }); }
  function isObject(v) { return typeof v === 'object' && v !== null && !(v instanceof Array); }
  function onlyKeys(o, keys, what) {
    for (var k in o) if (o.hasOwnProperty(k) && keys.indexOf(k) === -1) refuse(what + ' has a field Avvik does not write: ' + k);
  }
  function isId(v) { return typeof v === 'string' && v.length >= 1 && v.length <= 64; }
  function isInstant(v) { return typeof v === 'string' && /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z$/.test(v); }
  function isHash(v) { return typeof v === 'string' && /^[0-9a-f]{64}$/.test(v); }
  function isSignature(v) { return typeof v === 'string' && /^[A-Za-z0-9+\\/]{86}==$/.test(v); }
  var admin = has('_admin');
  if (newDoc._id.indexOf('_design/') === 0) {
    if (!admin) refuse('Only an administrator may change the rules of this database.');
    return;
  }
  // Written once: a document of ours has only its first revision.
  if (newDoc._rev && String(newDoc._rev).indexOf('1-') !== 0 && !newDoc._deleted) refuse('A record is written once and never changed.');
`;

function eventsValidate(): string {
  return `function (newDoc, oldDoc, userCtx) {${common}
  var KINDS = ${JSON.stringify(eventKinds)};
  var MEMBERS = ${JSON.stringify(Object.values(COUCH_ROLES))};
  var member = admin;
  for (var i = 0; i < MEMBERS.length; i++) if (has(MEMBERS[i])) member = true;
  if (!member) throw({ unauthorized: 'This user is not a member of the Avvik team.' });
  if (newDoc._deleted) refuse('Events and keys are never deleted.');
  if (oldDoc) refuse('Events and keys are never changed.');
  var DOC_KEYS = ['_id', '_rev', '_revisions', 'type'];
  if (newDoc.type === 'event') {
    onlyKeys(newDoc, DOC_KEYS.concat(['event']), 'The document');
    var e = newDoc.event;
    if (!isObject(e)) refuse('An event document holds one event.');
    onlyKeys(e, ['id', 'incidentId', 'installationId', 'seq', 'at', 'actor', 'prevHash', 'hash', 'sig', 'kind', 'payload'], 'The event');
    if (e.id !== newDoc._id) refuse('The document id must be the event id.');
    if (!isId(e.id) || !isId(e.incidentId) || !isId(e.installationId)) refuse('The event, its history and its installation need ids of 1 to 64 characters.');
    if (typeof e.seq !== 'number' || e.seq < 1 || Math.floor(e.seq) !== e.seq) refuse('The event needs its place in the chain (seq 1, 2, 3 ...).');
    if (!isInstant(e.at)) refuse('The event needs its time as a UTC instant.');
    if (typeof e.actor !== 'string' || e.actor.length > 200) refuse('The event needs the name of who wrote it.');
    if (!(e.prevHash === null || isHash(e.prevHash))) refuse('The event needs the hash of the event before it, or null.');
    if ((e.seq === 1) !== (e.prevHash === null)) refuse('Only the first event of a chain has no event before it.');
    if (!isHash(e.hash)) refuse('The event needs its SHA-256 hash.');
    if (e.sig !== undefined && !isSignature(e.sig)) refuse('The signature is not an Ed25519 signature.');
    if (KINDS.indexOf(e.kind) === -1) refuse('Avvik writes no event of the kind ' + e.kind + '.');
    if (!isObject(e.payload)) refuse('The event needs its payload.');
    return;
  }
  if (newDoc.type === 'installation') {
    onlyKeys(newDoc, DOC_KEYS.concat(['installation']), 'The document');
    var r = newDoc.installation;
    if (!isObject(r)) refuse('An installation document holds one installation key.');
    onlyKeys(r, ['id', 'algorithm', 'publicKey', 'createdAt', 'sig'], 'The installation key');
    if (!isId(r.id) || newDoc._id !== 'installation:' + r.id) refuse('The document id must be installation: and the installation id.');
    if (r.algorithm !== 'Ed25519') refuse('Installation keys are Ed25519 keys.');
    if (typeof r.publicKey !== 'string' || !/^[A-Za-z0-9+\\/]{43}=$/.test(r.publicKey)) refuse('The public key is not an Ed25519 key.');
    if (!isInstant(r.createdAt)) refuse('The key needs the time it was made.');
    if (!isSignature(r.sig)) refuse('The key record must be signed by its own key.');
    return;
  }
  refuse('This database holds Avvik events and installation keys only.');
}`;
}

function peopleValidate(): string {
  return `function (newDoc, oldDoc, userCtx) {${common}
  var READERS = ${JSON.stringify(PEOPLE_READERS)};
  var LANGUAGES = ${JSON.stringify(subjectLanguages)};
  var allowed = admin;
  for (var i = 0; i < READERS.length; i++) if (has(READERS[i])) allowed = true;
  if (!allowed) throw({ unauthorized: 'This user may not hold the personal data of the people affected.' });
  if (newDoc._deleted) {
    // Art. 17: an erasure keeps nothing of the person, not even in the deletion itself.
    onlyKeys(newDoc, ['_id', '_rev', '_revisions', '_deleted'], 'An erasure');
    return;
  }
  if (oldDoc && oldDoc._deleted) refuse('An erased person or removed file is not brought back.');
  if (oldDoc) refuse('People and files are never changed, only erased.');
  var DOC_KEYS = ['_id', '_rev', '_revisions', 'type'];
  function text(v, max, nullable) { return (nullable && v === null) || (typeof v === 'string' && v.length <= max); }
  if (newDoc.type === 'subject') {
    onlyKeys(newDoc, DOC_KEYS.concat(['subject']), 'The document');
    var s = newDoc.subject;
    if (!isObject(s)) refuse('A person document holds one person.');
    onlyKeys(s, ['id', 'incidentId', 'name', 'address', 'email', 'language', 'createdAt', 'updatedAt'], 'The person');
    // Each correction is a version of its own: subject:<id> as imported, subject:<id>@<updatedAt> after.
    var version = s.updatedAt === s.createdAt ? 'subject:' + s.id : 'subject:' + s.id + '@' + s.updatedAt;
    if (!isId(s.id) || newDoc._id !== version || !isId(s.incidentId)) refuse('The document id must be subject:, the person id and, once corrected, @ and the time of the correction.');
    if (!text(s.name, ${SUBJECT_LIMITS.name}, false) || s.name.length === 0) refuse('A person needs a name of at most ${SUBJECT_LIMITS.name} characters.');
    if (!text(s.address, ${SUBJECT_LIMITS.address}, true) || !text(s.email, ${SUBJECT_LIMITS.email}, true)) refuse('The address or e-mail is too long.');
    if (LANGUAGES.indexOf(s.language) === -1) refuse('Unknown letter language.');
    if (!isInstant(s.createdAt) || !isInstant(s.updatedAt)) refuse('A person needs the times they were recorded.');
    return;
  }
  if (newDoc.type === 'file') {
    onlyKeys(newDoc, DOC_KEYS.concat(['file']), 'The document');
    var f = newDoc.file;
    if (!isObject(f)) refuse('A file document holds one file.');
    onlyKeys(f, ['id', 'incidentId', 'sha256', 'base64'], 'The file');
    if (!isId(f.id) || newDoc._id !== 'file:' + f.id || !isId(f.incidentId)) refuse('The document id must be file: and the file id.');
    if (!isHash(f.sha256) || typeof f.base64 !== 'string') refuse('A file needs its SHA-256 and its bytes.');
    return;
  }
  refuse('This database holds the people affected and attached files only.');
}`;
}

export interface DesignDoc {
  _id: typeof DESIGN_DOC_ID;
  avvik: { rules: number; database: 'events' | 'people' };
  validate_doc_update: string;
}

/** The design document of each database of a team. */
export function designDocs(): { events: DesignDoc; people: DesignDoc } {
  return {
    events: { _id: DESIGN_DOC_ID, avvik: { rules: RULES_VERSION, database: 'events' }, validate_doc_update: eventsValidate() },
    people: { _id: DESIGN_DOC_ID, avvik: { rules: RULES_VERSION, database: 'people' }, validate_doc_update: peopleValidate() },
  };
}

/** Whether a design document read from the server is the one this Avvik needs. */
export function isOurDesign(doc: unknown, database: 'events' | 'people'): boolean {
  if (typeof doc !== 'object' || doc === null) return false;
  const { validate_doc_update: validate } = doc as { validate_doc_update?: unknown };
  return validate === designDocs()[database].validate_doc_update;
}
