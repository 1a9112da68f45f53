import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, filterRegister, registerCsv, registerRows, type RegisterRow } from '../../../shared/register';
import { sampleRecord } from '../incident/fixtures';

async function rows(): Promise<RegisterRow[]> {
  const r = await sampleRecord();
  const incidents = [...r.incidents.values()];
  return registerRows(incidents, r.notifications, { verified: new Map(incidents.map((i) => [i.id, true])) });
}

const byRef = (list: RegisterRow[], ref: string) => list.find((r) => r.ref === ref)!;

describe('the register (Art. 33(5)): every incident, notified or not', () => {
  it('lists every incident, the newest first', async () => {
    const list = await rows();
    expect(list.map((r) => r.ref)).toEqual(['AVV-2026-003', 'AVV-2026-002', 'AVV-2026-001']);
  });

  it('shows breach types, categories, people and risk from the facts and the assessment', async () => {
    const mail = byRef(await rows(), 'AVV-2026-001');
    expect(mail.breach).toEqual({ confidentiality: 'yes', integrity: 'no', availability: 'no' });
    expect(mail.categories).toEqual(['identity', 'national-id']);
    expect(mail.subjectCount).toBe(1200);
    expect(mail.risk).toBe('high');
  });

  it('shows when Datatilsynet was notified, by which reference, and that it was late (Art. 33(1))', async () => {
    const mail = byRef(await rows(), 'AVV-2026-001');
    expect(mail.authority).toMatchObject({ decided: true, firstSentAt: '2026-03-05T10:00:00.000Z', lastSentAt: '2026-03-09T09:00:00.000Z', count: 2, references: ['AR4711'], late: true, awaitingFollowUp: false });
    expect(mail.delayReason).toEqual({ nb: 'Omfanget var uklart til mottakeren svarte.', en: '' });
  });

  it('shows when the people affected were told, and how many', async () => {
    const mail = byRef(await rows(), 'AVV-2026-001');
    expect(mail.subjects).toMatchObject({ decided: true, firstSentAt: '2026-03-06T09:00:00.000Z', peopleTold: 2, late: null });
  });

  it('shows an incident nobody has assessed as such, not as "no risk"', async () => {
    const phone = byRef(await rows(), 'AVV-2026-003');
    expect(phone).toMatchObject({ risk: 'unassessed', subjectCount: null, reasonNotNotified: null });
    expect(phone.authority).toMatchObject({ decided: null, count: 0, late: null });
  });

  it('gives the facts, the effects and the remedial action done', async () => {
    const mail = byRef(await rows(), 'AVV-2026-001');
    expect(mail.description.nb).toBe('Excel-fil med fødselsnummer sendt til ekstern adresse.');
    expect(mail.remedialActions).toEqual([{ nb: 'Mottaker bekreftet sletting.', en: '' }]);
  });

  it('gives the reasoning when the decision was not to notify', async () => {
    const r = await sampleRecord();
    const rationale = { nb: 'Telefonen var kryptert og fjernslettet.', en: '' };
    const incident = { ...[...r.incidents.values()][2]!, decision: { at: '2026-05-02T00:00:00.000Z', actor: 'DPO', notifyAuthority: false, notifySubjects: false, notifyController: false, subjectException: null, rationale, dpoConsulted: true } };
    expect(registerRows([incident], [])[0]!.reasonNotNotified).toEqual(rationale);
  });

  it('judges a processor against its own limit for telling the controller', async () => {
    const r = await sampleRecord();
    const bug = [...r.incidents.values()][1]!;
    const told = { ...r.notifications[0]!, id: 'n-c', incidentId: bug.id, recipient: 'controller' as const, sentAt: '2026-04-11T12:00:00.000Z' };
    expect(registerRows([bug], [told], { processorDeadlineHours: 24 })[0]!.controller.late).toBe(true);
    expect(registerRows([bug], [told], { processorDeadlineHours: 48 })[0]!.controller.late).toBe(false);
  });
});

describe('filtering the register', () => {
  it('by date, status and risk', async () => {
    const list = await rows();
    expect(filterRegister(list, { from: '2026-04-01T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' }).map((r) => r.ref)).toEqual(['AVV-2026-002']);
    expect(filterRegister(list, { statuses: ['closed'] }).map((r) => r.ref)).toEqual(['AVV-2026-001']);
    expect(filterRegister(list, { risks: ['unassessed'] })).toHaveLength(2);
  });

  it('by whether Datatilsynet or the people were notified', async () => {
    const list = await rows();
    expect(filterRegister(list, { authorityNotified: true }).map((r) => r.ref)).toEqual(['AVV-2026-001']);
    expect(filterRegister(list, { subjectsNotified: false })).toHaveLength(2);
  });

  it('by breach type, counting "unknown" in (never read as no)', async () => {
    const list = await rows();
    expect(filterRegister(list, { breachTypes: ['integrity'] }).map((r) => r.ref)).toEqual(['AVV-2026-003', 'AVV-2026-002']);
  });

  it('by words in the reference or title, any case', async () => {
    const list = await rows();
    expect(filterRegister(list, { text: 'KUNDELISTE feil' }).map((r) => r.ref)).toEqual(['AVV-2026-001']);
    expect(filterRegister(list, { text: '2026-002' }).map((r) => r.ref)).toEqual(['AVV-2026-002']);
  });
});

describe('the register as CSV for Excel in Norway', () => {
  it('starts with a BOM, separates with semicolons, ends lines with CRLF and quotes every field', async () => {
    const csv = registerCsv(await rows(), 'nb', 'Europe/Oslo');
    expect(csv.startsWith('\uFEFF"Referanse";"Hendelse";')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes times in the configured zone and names the zone', async () => {
    const csv = registerCsv(await rows(), 'nb', 'Europe/Oslo');
    expect(csv).toContain('"Fikk kjennskap (Europe/Oslo)"');
    expect(csv).toContain('"2026-03-02 08:30"'); // 07:30 UTC is 08:30 CET
  });

  it('reads back cell for cell, with æøå, Sámi and Polish names and semicolons in text', async () => {
    const list = await rows();
    const tricky = { ...list[0]!, title: 'Brev til «Áile Sárá»; Łukasz "Żółć"\nlinje 2' };
    const parsed = Papa.parse<string[]>(registerCsv([tricky], 'en', 'Europe/Oslo').slice(1), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]![1]).toBe(tricky.title);
    expect(parsed.data[0]![0]).toBe('Reference');
  });

  it.each(['=HYPERLINK("http://x")', '+47 22 00 00 00', '-1', '@SUM(A1)', '\tcmd', '\rcmd', '＝1+1'])('neutralises a cell starting like a formula: %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
  });

  it('leaves ordinary text and dates alone', () => {
    expect(csvCell('AVV-2026-001')).toBe('"AVV-2026-001"');
    expect(csvCell('2026-03-02 08:30')).toBe('"2026-03-02 08:30"');
  });

  it('neutralises a formula in a title in the file itself', async () => {
    const list = await rows();
    const csv = registerCsv([{ ...list[0]!, title: '=cmd|"/c calc"!A1' }], 'nb', 'Europe/Oslo');
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
  });

  it('carries the facts, the effects and the remedial action in words (Art. 33(5))', async () => {
    const csv = registerCsv(await rows(), 'nb', 'Europe/Oslo');
    expect(csv).toContain('"Hva som skjedde";"Sannsynlige konsekvenser";"Tiltak som er gjort"');
    expect(csv).toContain('"Excel-fil med fødselsnummer sendt til ekstern adresse."');
    expect(csv).toContain('"Mottaker bekreftet sletting."');
  });

  it('says in English which texts the record has in Norwegian only', async () => {
    const csv = registerCsv(await rows(), 'en', 'Europe/Oslo');
    expect(csv).toContain('"(Only available in Norwegian:) Excel-fil med fødselsnummer sendt til ekstern adresse."');
  });

  it('uses English headers and words when asked', async () => {
    const csv = registerCsv(await rows(), 'en', 'Europe/Oslo');
    expect(csv).toContain('"Notified Datatilsynet"');
    expect(csv).toContain('"high risk"');
  });
});
