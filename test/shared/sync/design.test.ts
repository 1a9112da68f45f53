import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/incident/events';
import { designDocs, isOurDesign } from '../../../shared/sync/design';
import { eventDoc, installationDoc, subjectDoc } from '../../../shared/sync/documents';
import { securityObjects } from '../../../shared/sync/roles';
import type { InstallationRecord } from '../../../shared/incident/installations';
import { Recorder } from '../incident/fixtures';

// The validate_doc_update functions run here as CouchDB runs them: called with the new document,
// the stored one (or null) and the user's context; a refusal is a thrown {forbidden} or {unauthorized}.

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown) => void;
const compile = (source: string) => new Function(`return (${source});`)() as Validate;
const events = compile(designDocs().events.validate_doc_update);
const people = compile(designDocs().people.validate_doc_update);
const lead = { name: 'kari', roles: ['avvik-lead'] };
const management = { name: 'ola', roles: ['avvik-management'] };

function outcome(validate: Validate, doc: unknown, old: unknown = null, user: unknown = lead): string {
  try {
    validate(doc, old, user);
    return 'accepted';
  } catch (error) {
    const e = error as { forbidden?: string; unauthorized?: string };
    return e.forbidden !== undefined ? `forbidden: ${e.forbidden}` : `unauthorized: ${e.unauthorized}`;
  }
}

let event: TimelineEvent;
let key: InstallationRecord;
beforeAll(async () => {
  const r = new Recorder('installation-lead');
  await r.create('Kundeliste sendt til feil mottaker', '2026-03-02T07:30:00.000Z');
  event = r.events[0]!;
  key = (await r.signing()).record;
});

describe("the server's rules for the events database", () => {
  it('accepts a signed event and an installation key as the app writes them', () => {
    expect(outcome(events, eventDoc(event))).toBe('accepted');
    expect(outcome(events, installationDoc(key))).toBe('accepted');
    expect(outcome(events, eventDoc(event), null, management)).toBe('accepted');
  });

  it('refuses any change to an event already stored', () => {
    const changed = eventDoc({ ...event, actor: 'Someone else' });
    expect(outcome(events, { ...changed, _rev: '2-abc' }, eventDoc(event))).toMatch(/^forbidden/);
    expect(outcome(events, changed, eventDoc(event))).toBe('forbidden: Events and keys are never changed.');
  });

  it('refuses the deletion of an event', () => {
    expect(outcome(events, { _id: event.id, _rev: '1-abc', _deleted: true }, eventDoc(event))).toBe('forbidden: Events and keys are never deleted.');
  });

  it('refuses an event whose shape is wrong', () => {
    const doc = eventDoc(event);
    expect(outcome(events, { ...doc, _id: 'another-id' })).toMatch(/document id must be the event id/);
    expect(outcome(events, eventDoc({ ...event, seq: 0 }))).toMatch(/place in the chain/);
    expect(outcome(events, eventDoc({ ...event, hash: 'not a hash' }))).toMatch(/SHA-256/);
    expect(outcome(events, eventDoc({ ...event, sig: 'forged' }))).toMatch(/Ed25519/);
    expect(outcome(events, eventDoc({ ...event, kind: 'invented' } as unknown as TimelineEvent))).toMatch(/no event of the kind invented/);
    expect(outcome(events, eventDoc({ ...event, at: '2. mars 2026' }))).toMatch(/UTC instant/);
    expect(outcome(events, eventDoc({ ...event, prevHash: event.hash }))).toMatch(/Only the first event/);
    expect(outcome(events, { ...doc, event: { ...event, name: 'Ola Nordmann' } })).toMatch(/field Avvik does not write: name/);
    expect(outcome(events, { ...doc, note: 'x' })).toMatch(/field Avvik does not write: note/);
    expect(outcome(events, { _id: 'x', type: 'subject' })).toMatch(/events and installation keys only/);
  });

  it('refuses a user who is not in the team, and a design change by anyone but an administrator', () => {
    expect(outcome(events, eventDoc(event), null, { name: 'eve', roles: [] })).toMatch(/^unauthorized/);
    expect(outcome(events, { _id: '_design/avvik', validate_doc_update: 'function(){}' })).toMatch(/Only an administrator/);
    expect(outcome(events, { _id: '_design/avvik' }, null, { name: 'admin', roles: ['_admin'] })).toBe('accepted');
  });
});

describe("the server's rules for the people database", () => {
  const person = { id: 'p1', incidentId: 'i1', name: 'Ola Nordmann', address: 'Storgata 1\n0155 Oslo', email: null, language: 'nb' as const, createdAt: '2026-03-02T08:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z' };

  it('accepts a person from the lead, and refuses management', () => {
    expect(outcome(people, subjectDoc(person))).toBe('accepted');
    expect(outcome(people, subjectDoc(person), null, management)).toMatch(/^unauthorized: This user may not hold/);
  });

  it('lets a person be erased, keeping nothing of them in the deletion', () => {
    expect(outcome(people, { _id: 'subject:p1', _rev: '2-x', _deleted: true }, subjectDoc(person))).toBe('accepted');
    expect(outcome(people, { ...subjectDoc(person), _rev: '2-x', _deleted: true }, subjectDoc(person))).toMatch(/An erasure has a field/);
  });

  it('never changes a person and never brings an erased one back', () => {
    expect(outcome(people, subjectDoc({ ...person, name: 'Kari' }), subjectDoc(person))).toMatch(/never changed/);
    expect(outcome(people, subjectDoc(person), { _id: 'subject:p1', _deleted: true })).toMatch(/not brought back/);
  });

  it('refuses a person whose shape is wrong', () => {
    expect(outcome(people, subjectDoc({ ...person, name: '' }))).toMatch(/needs a name/);
    expect(outcome(people, { ...subjectDoc(person), _id: 'subject:p2' })).toMatch(/document id/);
    expect(outcome(people, subjectDoc({ ...person, language: 'de' as 'nb' }))).toMatch(/letter language/);
  });
});

describe('the files shipped for a real CouchDB', () => {
  const folder = resolve(import.meta.dirname, '../../../couchdb');
  const read = (name: string) => JSON.parse(readFileSync(resolve(folder, name), 'utf8')) as unknown;

  it('are exactly the rules the app and the test server use (node scripts/sync-server.mjs --write-couchdb-files)', () => {
    expect(read('events.design.json')).toEqual(designDocs().events);
    expect(read('people.design.json')).toEqual(designDocs().people);
    expect(read('events.security.json')).toEqual(securityObjects().events);
    expect(read('people.security.json')).toEqual(securityObjects().people);
  });

  it('are recognised as ours when the app reads them back from a server', () => {
    expect(isOurDesign(read('events.design.json'), 'events')).toBe(true);
    expect(isOurDesign(read('events.design.json'), 'people')).toBe(false);
    expect(isOurDesign({ validate_doc_update: 'function(){}' }, 'events')).toBe(false);
  });
});
