import { describe, expect, it } from 'vitest';
import { buildTimelinePdf, buildTimelinesPdf } from '../../../shared/documents';
import type { TimelineDocumentInput } from '../../../shared/documents';
import { sampleRecord, sampleTimeline as timelineOf } from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { ticks, timeScale, xOf } from '../../../shared/documents/timeline/axis';
import { timelineMarks } from '../../../shared/documents/timeline/marks';
import { layoutTimeline } from '../../../renderer/src/features/timeline/geometry';
import { formatInstant } from '../../../shared/deadline';
import { contentStreams, flatText, pageCount, pdfText, shippedFonts } from './pdf';

// The management timeline: where things stand, every event on a drawn time axis, named, and the
// same numbered list as the screen.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleTimeline = (lang: 'nb' | 'en') => timelineOf(sample, lang);

describe('the management timeline', () => {
  const pdf = buildTimelinePdf(sampleTimeline('nb'), fonts);
  const text = flatText(pdf);

  it('is the picture on its first page and the numbered list of events after it', () => {
    expect(pageCount(pdf)).toBe(2);
    const [picture, list] = pdfText(pdf).split('\f');
    expect(picture).toContain('Tidslinje: AVV-2026-003');
    expect(picture).not.toContain('Hva som har skjedd');
    expect(list).toContain('Hva som har skjedd');
  });

  it('says where things stand: status, deadline with its zone, met or not, risk and duties', () => {
    expect(text).toContain('Tidslinje: AVV-2026-003 Kundedatabasen i nettbutikken er stjålet');
    expect(text).toContain('Under kontroll');
    expect(text).toContain('Frist for melding til Datatilsynet');
    expect(text).toContain('30.03.2026 15:30 CEST');
    expect(text).toContain('Meldt innen fristen: 28.03.2026 10:20 CET');
    expect(text).toContain('Høy risiko');
    expect(text).toContain('Plikt til å melde Datatilsynet');
  });

  it('marks awareness, the deadline, now and every event', () => {
    expect(text).toContain('Fikk kjennskap: fristen starter');
    expect(text).toContain('Frist 30.03.2026 15:30 CEST');
    expect(text).toContain('Nå 31.03.2026 10:00 CEST');
    // Every event in full in the numbered list under the picture.
    for (const event of sampleTimeline('nb').events) expect(text).toContain(event.label);
    expect(text).toContain('Meldt til Datatilsynet, AR512345678');
    expect(text).toContain('Bruddet startet');
    expect(text).toContain('72 timer');
  });

  it('is a drawing: an axis, the shaded 72 hours, dashed deadline and dots for the events', () => {
    const ops = contentStreams(pdf);
    expect(ops).toMatch(/\[4\.? 3\.?\] 0\.? d/); // dashed vertical lines
    expect((ops.match(/ re\s*\n?f/g) ?? []).length).toBeGreaterThanOrEqual(5); // status boxes, the 72-hour band
    expect((ops.match(/ c\n/g) ?? []).length).toBeGreaterThanOrEqual(4 * 11); // circles are drawn as Bézier curves
  });

  it('shows a deadline that has passed without a notification', () => {
    const input: TimelineDocumentInput = {
      ...sampleTimeline('en'),
      events: [],
      notifiedAt: null,
      incident: { ...sampleTimeline('en').incident, status: 'investigating' },
    };
    const english = flatText(buildTimelinePdf(input, fonts));
    expect(english).toContain('Deadline passed (');
    expect(english).toContain('Under investigation');
    expect(english).toContain('Deadline 30/03/2026 15:30 CEST');
  });

  it("uses a processor's own limit for telling its controller", () => {
    const base = sampleTimeline('nb');
    const input: TimelineDocumentInput = {
      ...base,
      incident: { ...base.incident, role: 'processor' },
      controllerNoticeHours: 24,
      events: [],
      notifiedAt: null,
    };
    const processor = flatText(buildTimelinePdf(input, fonts));
    expect(processor).toContain('Frist for å varsle behandlingsansvarlig');
    expect(processor).toContain('28.03.2026 14:30 CET');
    expect(processor).toContain('24 timer');
  });

  it('names every one of forty events, and lists them all in full, running on as far as it needs', () => {
    const base = sampleTimeline('nb');
    const events = Array.from({ length: 40 }, (_, i) => ({
      at: new Date(Date.parse('2026-03-27T14:00:00Z') + i * 600_000).toISOString(),
      label: `Tiltak nr. ${i + 1}`,
      kind: 'contained' as const,
    }));
    const pdf40 = buildTimelinePdf({ ...base, events }, fonts);
    const all = flatText(pdf40);
    expect(pageCount(pdf40)).toBe(3);
    const count = timelineMarks({ ...base, events }).length;
    for (let n = 1; n <= count; n++) expect(all).toMatch(new RegExp(`(^| )${n}\\. `));
    for (const event of events) expect(all).toContain(event.label);
    // Crowded marks share labels on the axis: "12–20  27.03 16:00".
    expect(all).toMatch(/\d+–\d+ {1,2}27\.03 \d\d:\d\d/);
    const pages = pdfText(pdf40).split('\f');
    expect(pages[2]).toContain('AVV-2026-003 · Tidslinje for ledelsen · Side 3 av 3');
  });
});

describe('the timeline on the screen and in the PDF', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`say the same, in ${lang}: the same numbered events at the same times`, () => {
      const input = sampleTimeline(lang);
      const text = flatText(buildTimelinePdf(input, fonts));
      const now = Date.parse(input.now);
      const aware = Date.parse(input.incident.awareAt!);
      const screen = layoutTimeline(
        { awareAt: aware, deadline: aware + 72 * 3_600_000, now, hours: 72, marks: timelineMarks(input) },
        input.timeZone,
        lang,
        { deadline: 'D', now: 'N', window: 'W' },
      );
      expect(screen.marks.length).toBeGreaterThan(8);
      for (const mark of screen.marks) {
        expect(text).toContain(`${mark.number}. ${formatInstant(new Date(mark.at), lang, input.timeZone)} ${mark.label}`);
      }
      // Every dot on the screen is named by a label, as in the PDF.
      expect(screen.labels.flatMap((l) => l.numbers).sort((a, b) => a - b)).toEqual(screen.marks.map((m) => m.number));
    });
  }
});

describe('timelines for several incidents', () => {
  it('come in one file, each from a page of its own, each page footed with its own reference', () => {
    const base = sampleTimeline('nb');
    const other: TimelineDocumentInput = {
      ...base,
      incident: { ...base.incident, ref: 'AVV-2026-009', title: 'Mistenkelig innlogging' },
      events: [],
    };
    const pdf = buildTimelinesPdf([base, other], fonts);
    expect(pageCount(pdf)).toBe(4);
    const pages = pdfText(pdf).split('\f');
    expect(pages[0]).toContain('AVV-2026-003 · Tidslinje for ledelsen · Side 1 av 4');
    // The first incident's list runs on to its second page, footed with its own reference.
    expect(pages[1]).toContain('AVV-2026-003 · Tidslinje for ledelsen · Side 2 av 4');
    expect(pages[2]).toContain('Tidslinje: AVV-2026-009 Mistenkelig innlogging');
    expect(pages[3]).toContain('AVV-2026-009 · Tidslinje for ledelsen · Side 4 av 4');
  });
});

describe('the time axis', () => {
  it('puts day ticks on Oslo midnights across the change to summer time', () => {
    const scale = timeScale([Date.parse('2026-03-27T13:30:00Z'), Date.parse('2026-03-31T08:00:00Z')], 0, 700);
    const days = ticks(scale, 'Europe/Oslo', 'nb', 5);
    expect(days.map((t) => t.label)).toEqual(['28.03', '29.03', '30.03', '31.03']);
    expect(new Date(days[0]!.at).toISOString()).toBe('2026-03-27T23:00:00.000Z'); // midnight CET
    expect(new Date(days[2]!.at).toISOString()).toBe('2026-03-29T22:00:00.000Z'); // midnight CEST
  });

  it('uses hour ticks for a short span', () => {
    const scale = timeScale([Date.parse('2026-03-27T08:00:00Z'), Date.parse('2026-03-27T14:00:00Z')], 0, 700);
    expect(ticks(scale, 'Europe/Oslo', 'en').map((t) => t.label)).toContain('27/03 12:00');
  });

  it('maps time to position linearly', () => {
    const scale = timeScale([0, 100 * 3_600_000], 0, 1000);
    expect(xOf(scale, 50 * 3_600_000)).toBeCloseTo(500);
  });
});
