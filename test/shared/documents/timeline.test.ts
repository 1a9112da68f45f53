import { describe, expect, it } from 'vitest';
import { buildTimelinePdf, buildTimelinesPdf } from '../../../shared/documents';
import type { TimelineDocumentInput } from '../../../shared/documents';
import { sampleRecord, sampleTimeline as timelineOf } from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { placeLabels, ticks, timeScale, xOf } from '../../../shared/documents/timeline/axis';
import { contentStreams, flatText, pageCount, pdfText, shippedFonts } from './pdf';

// The management timeline: one page, where things stand, and every event on a drawn time axis.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleTimeline = (lang: 'nb' | 'en') => timelineOf(sample, lang);

describe('the management timeline', () => {
  const pdf = buildTimelinePdf(sampleTimeline('nb'), fonts);
  const text = flatText(pdf);

  it('is one page per incident', () => {
    expect(pageCount(pdf)).toBe(1);
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
    // Labels that do not fit on the axis are listed under it, each cut short.
    for (const event of sampleTimeline('nb').events) expect(text).toContain(event.label.slice(0, 30));
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

  it('stays on one page with many events, listing those it cannot place', () => {
    const base = sampleTimeline('nb');
    const events = Array.from({ length: 40 }, (_, i) => ({
      at: new Date(Date.parse('2026-03-27T14:00:00Z') + i * 600_000).toISOString(),
      label: `Tiltak nr. ${i + 1}`,
      kind: 'contained' as const,
    }));
    const pdf40 = buildTimelinePdf({ ...base, events }, fonts);
    expect(pageCount(pdf40)).toBe(1);
    expect(flatText(pdf40)).toContain('Flere hendelser:');
  });
});

describe('timelines for several incidents', () => {
  it('come in one file, one page each, each page footed with its own reference', () => {
    const base = sampleTimeline('nb');
    const other: TimelineDocumentInput = {
      ...base,
      incident: { ...base.incident, ref: 'AVV-2026-009', title: 'Mistenkelig innlogging' },
      events: [],
    };
    const pdf = buildTimelinesPdf([base, other], fonts);
    expect(pageCount(pdf)).toBe(2);
    const pages = pdfText(pdf).split('\f');
    expect(pages[0]).toContain('AVV-2026-003 · Tidslinje for ledelsen · Side 1 av 2');
    expect(pages[1]).toContain('Tidslinje: AVV-2026-009 Mistenkelig innlogging');
    expect(pages[1]).toContain('AVV-2026-009 · Tidslinje for ledelsen · Side 2 av 2');
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

  it('never lets two labels in the same lane overlap', () => {
    const boxes = Array.from({ length: 30 }, (_, i) => ({ x: 100 + i * 15, width: 100 }));
    const placed = placeLabels(boxes, 3, 0, 800);
    for (const side of ['above', 'below'] as const) {
      for (let lane = 0; lane < 3; lane++) {
        const spans = placed
          .filter((p) => p?.side === side && p.lane === lane)
          .map((p) => [p!.left, p!.left + 100] as const);
        spans.forEach((span, i) => {
          if (i > 0) expect(span[0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
        });
      }
    }
    expect(placed.some((p) => p === null)).toBe(true);
  });
});
