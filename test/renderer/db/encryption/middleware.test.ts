import { describe, expect, it } from 'vitest';
import { RowCipher } from '../../../../renderer/src/db/encryption/cipher';
import { readEnvelope, sealData, IV_BYTES } from '../../../../renderer/src/db/encryption/envelope';
import { RowCryptoError } from '../../../../renderer/src/db/encryption/rowError';
import { rowSealing } from '../../../../renderer/src/db/encryption/sealing';
import { newVaultKeys } from '../../../../renderer/src/db/encryption/keyFile';
import { openDatabase } from '../../../../renderer/src/db/open';
import { createIncident, getIncident, importSubjects, incidentTimeline, listOpenIncidents, loadRegister, updateDetails, addAttachment, attachmentBytes } from '../../../../renderer/src/db/repository';
import { draftId, readDraft, writeDraft } from '../../../../renderer/src/db/drafts';
import { writer } from '../support';
import { openEncrypted, rawPut, rawRows, reopen, textIn } from './support';

const TITLE = 'Lønnslister lekket fra Blåbærveien skole';
const DESCRIPTION = 'Regnearket med fødselsnumre lå åpent i tre døgn.';

async function journey(label: string) {
  const opened = await openEncrypted(label);
  const ctx = writer();
  const incident = await createIncident(opened.db, { title: TITLE, awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' }, ctx);
  ctx.tick();
  await updateDetails(opened.db, incident.id, { description: DESCRIPTION }, ctx);
  ctx.tick();
  const people = await importSubjects(opened.db, incident.id, [{ name: 'Åse Kvernmo', address: 'Storgata 1, 9008 Tromsø', email: 'ase@example.no', language: 'nb' }], ctx);
  return { ...opened, incident, people, ctx };
}

describe('the encryption middleware', () => {
  it('reads back what was written, and stores none of the text in clear', async () => {
    const { db, name, incident } = await journey('round-trip');
    expect((await getIncident(db, incident.id))?.title).toBe(TITLE);
    const events = await incidentTimeline(db, incident.id);
    expect(events.map((e) => e.kind)).toEqual(['incident-created', 'details-changed', 'subjects-imported']);
    expect(await db.subjects.where('incidentId').equals(incident.id).first()).toMatchObject({ name: 'Åse Kvernmo', email: 'ase@example.no' });

    for (const store of ['incidents', 'incidentSummaries', 'events', 'subjects', 'settings', 'notifications', 'installations']) {
      const stored = textIn(await rawRows(name, store));
      for (const secret of [TITLE, DESCRIPTION, 'Åse Kvernmo', 'Storgata', 'ase@example.no', 'Kari Nordmann', 'Blåbærveien', 'fødselsnumre']) expect(stored).not.toContain(secret);
    }
  });

  it('keeps only the index fields in clear beside the sealed row', async () => {
    const { name, incident } = await journey('clear-fields');
    const [row] = await rawRows(name, 'incidents');
    expect(Object.keys(row!).sort()).toEqual(['$sealed', 'awareAt', 'id', 'openAwareAt', 'ref', 'risk', 'status', 'updatedAt']);
    expect(row).toMatchObject({ id: incident.id, ref: 'AVV-2026-001', status: 'investigating' });
    const events = await rawRows(name, 'events');
    expect(Object.keys(events[0]!).sort()).toEqual(['$sealed', 'at', 'id', 'incidentId', 'installationId', 'kind', 'seq']);
    const [summary] = await rawRows(name, 'incidentSummaries');
    expect(Object.keys(summary!).sort()).toEqual(['$sealed', 'id', 'openAwareAt']);
    const [person] = await rawRows(name, 'subjects');
    expect(Object.keys(person!).sort()).toEqual(['$sealed', 'id', 'incidentId']);
    expect(readEnvelope(person!.$sealed as Uint8Array)?.kind).toBe('person');
    expect(readEnvelope(row!.$sealed as Uint8Array)?.kind).toBe('data');
  });

  it('still queries by the index fields: open incidents by deadline, the register by risk and date, a timeline', async () => {
    const { db, incident, ctx } = await journey('queries');
    ctx.tick();
    const second = await createIncident(db, { title: 'Andre hendelse', awareAt: '2026-03-01T07:30:00.000Z', role: 'controller' }, ctx);
    expect((await listOpenIncidents(db)).map((i) => i.id)).toEqual([second.id, incident.id]);
    expect((await loadRegister(db, { risks: ['unassessed'], from: '2026-03-02T00:00:00.000Z' })).map((r) => r.incidentId)).toEqual([incident.id]);
    expect(await db.events.where('[incidentId+at]').between([incident.id, ''], [incident.id, '\uffff']).count()).toBe(3);
    expect((await db.events.where('kind').equals('subjects-imported').toArray())[0]?.payload).toMatchObject({ count: 1 });
    // Cursor paths: a filter and a reverse walk read through the same middleware.
    expect((await db.incidents.filter((i) => i.title === TITLE).toArray()).map((i) => i.id)).toEqual([incident.id]);
    expect((await db.incidents.orderBy('awareAt').reverse().toArray()).map((i) => i.title)).toEqual([TITLE, 'Andre hendelse']);
  });

  it('seals a draft (what was typed and not saved) like the record, keeping only its ids in clear', async () => {
    const { db, name, store, incident } = await journey('draft');
    const typed = 'Rektor ringte Åse Kvernmo om lønnslisten';
    await writeDraft(db, { id: draftId('decision', incident.id), incidentId: incident.id, form: 'decision', value: { rationale: typed }, savedAt: '2026-03-02T08:00:00.000Z' });
    const [row] = await rawRows(name, 'drafts');
    expect(Object.keys(row!).sort()).toEqual(['$sealed', 'id', 'incidentId']);
    expect(readEnvelope(row!.$sealed as Uint8Array)?.kind).toBe('data');
    expect(textIn([row!])).not.toContain('Kvernmo');
    db.close();
    const again = await reopen(name, store);
    expect((await readDraft(again, draftId('decision', incident.id)))?.value).toEqual({ rationale: typed });
  });

  it('keeps the bytes of an attached file, sealed', async () => {
    const { db, name, incident, ctx } = await journey('file');
    const bytes = new TextEncoder().encode('%PDF-1.7 Hemmelig vedlegg');
    await addAttachment(db, incident.id, { name: 'logg.pdf', mediaType: 'application/pdf', bytes }, ctx);
    const [stored] = await db.attachmentFiles.toArray();
    expect([...(await attachmentBytes(db, stored!.id))!]).toEqual([...bytes]);
    expect(textIn(await rawRows(name, 'attachmentFiles'))).not.toContain('Hemmelig vedlegg');
  });

  it('refuses to read with another key, with a typed error, and changes nothing', async () => {
    const { db, name, incident } = await journey('wrong-key');
    db.close();
    const other = new RowCipher();
    other.useKeys(newVaultKeys('someone-else'), () => Promise.resolve(), rowSealing);
    const opened = await openDatabase(name, { cipher: other });
    // The settings row is read when the record opens: it does not open with another key.
    expect(opened.ok).toBe(false);
    const { AvvikDb } = await import('../../../../renderer/src/db/database');
    const direct = new AvvikDb(name, { cipher: other });
    const error = await direct.incidents.get(incident.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowCryptoError);
    expect(error).toMatchObject({ code: 'wrong-key', table: 'incidents', key: incident.id });
    direct.close();
  });

  it('refuses a sealed value moved to another row (the row’s place is authenticated)', async () => {
    const { db, name, store, ctx } = await journey('moved');
    const other = await createIncident(db, { title: 'Annen', awareAt: '2026-03-02T08:30:00.000Z', role: 'controller' }, ctx);
    db.close();
    const rows = await rawRows(name, 'incidents');
    const victim = rows.find((r) => r.id === other.id)!;
    const donor = rows.find((r) => r.id !== other.id)!;
    await rawPut(name, 'incidents', { ...victim, $sealed: donor.$sealed });
    const again = await reopen(name, store);
    await expect(again.incidents.get(other.id)).rejects.toMatchObject({ name: 'RowCryptoError', code: 'wrong-key' });
  });

  it('refuses a row written in clear into an encrypted profile', async () => {
    const { db, name, store } = await journey('plain-row');
    db.close();
    await rawPut(name, 'incidents', { id: 'forged', ref: 'AVV-2026-099', title: 'Forfalsket', status: 'closed' });
    const again = await reopen(name, store);
    await expect(again.incidents.get('forged')).rejects.toMatchObject({ code: 'plaintext-row' });
  });

  it('reads and writes nothing sealed while locked', async () => {
    const { db, incident } = await journey('locked');
    db.cipher.lock();
    await expect(db.incidents.get(incident.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(db.incidents.put({ ...incident, title: 'x' })).rejects.toMatchObject({ code: 'locked' });
  });

  it('never reuses an IV: every write of the same row is sealed with a fresh one', async () => {
    const keys = newVaultKeys('iv-test');
    const plain = new TextEncoder().encode('samme innhold hver gang');
    const ivs = new Set<string>();
    const sealedValues = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const sealed = sealData(keys.dataKey, 'incidents', 'same-id', plain);
      ivs.add(Buffer.from(sealed.subarray(5, 5 + IV_BYTES)).toString('hex'));
      sealedValues.add(Buffer.from(sealed).toString('hex'));
    }
    expect(ivs.size).toBe(10_000);
    expect(sealedValues.size).toBe(10_000);

    const { db, name, incident, ctx } = await journey('iv-db');
    const first = (await rawRows(name, 'incidents'))[0]!.$sealed as Uint8Array;
    await db.incidents.put((await db.incidents.get(incident.id))!);
    ctx.tick();
    const second = (await rawRows(name, 'incidents'))[0]!.$sealed as Uint8Array;
    expect(Buffer.from(first.subarray(5, 17)).equals(Buffer.from(second.subarray(5, 17)))).toBe(false);
  });
});
