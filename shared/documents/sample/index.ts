import type { Digest } from '../../chain';
import { registerRows } from '../../register';
import { letterInput, affectedPerson } from '../record/letters';
import { defaultPhase, notificationInput, processorNoticeInput, type DocumentMoment } from '../record/notification';
import { publicNoticeInput } from '../record/public';
import { registerInput } from '../record/register';
import { timelineInput } from '../record/timeline';
import type {
  AffectedPerson,
  LetterDocumentInput,
  NotificationDocumentInput,
  ProcessorNoticeDocumentInput,
  PublicNoticeDocumentInput,
  RegisterDocumentInput,
  TimelineDocumentInput,
} from '../types';
import { recordLaptop, recordMailbox, recordMisSent, recordProcessor } from './others';
import { RecordBuilder, type RecordSnapshot } from './recorder';
import { recordWebshop, SAMPLE_MOMENTS, SAMPLE_TIME_ZONE, setUpShop, type WebshopRecord } from './webshop';
import type { Lang } from '../../i18n/lang';

// A built-in sample, so anyone can see every document without entering data (`npm run
// documents:sample`), and the tests and the benchmark have realistic input. It is recorded through
// the app's own change functions and mapped to the documents by shared/documents/record/*: what the
// sample shows is what the app would print for the same answers.

export { RecordBuilder, type RecordSnapshot } from './recorder';
export { SAMPLE_MOMENTS, SAMPLE_PEOPLE, SAMPLE_TIME_ZONE, webshopFacts } from './webshop';

export interface SampleRecord {
  /** The web shop's installation: its settings and every incident of the register. */
  shop: RecordBuilder;
  /** The hosting provider's installation, a processor. */
  host: RecordBuilder;
  webshop: WebshopRecord;
  misSent: RecordSnapshot;
  laptop: RecordSnapshot;
  mailbox: RecordSnapshot;
  processor: RecordSnapshot;
}

/** Records the sample; `digest` is SHA-256 (WebCrypto), which chains the events. */
export async function sampleRecord(digest: Digest): Promise<SampleRecord> {
  const shop = new RecordBuilder(digest, 'sample-sjoberg', '2026-01-02T08:00:00.000Z', 'Petter Ødegård');
  await setUpShop(shop);
  const misSent = await recordMisSent(shop);
  const laptop = await recordLaptop(shop);
  const webshop = await recordWebshop(shop);
  const mailbox = await recordMailbox(shop);
  const host = new RecordBuilder(digest, 'sample-skybrygga', '2026-03-01T08:00:00.000Z', 'Łucja Nowak-Haugen');
  const processor = await recordProcessor(host);
  return { shop, host, webshop, misSent, laptop, mailbox, processor };
}

const moment = (lang: Lang, at: string): DocumentMoment => ({ lang, timeZone: SAMPLE_TIME_ZONE, now: new Date(at) });

function notificationOf(snapshot: RecordSnapshot, sample: SampleRecord, lang: Lang, at: string): NotificationDocumentInput {
  const { incident, notifications, events } = snapshot;
  return notificationInput(incident, sample.shop.settings, notifications, events, moment(lang, at), defaultPhase(incident));
}

/** The complete incident's first notification: new, nothing "not yet known". */
export function sampleNotification(sample: SampleRecord, lang: Lang): NotificationDocumentInput {
  return notificationOf(sample.webshop.atNotification, sample, lang, SAMPLE_MOMENTS.notification);
}

/** Its follow-up three days later, with what is new since the first notice (Art. 33(4)). */
export function sampleFollowUp(sample: SampleRecord, lang: Lang): NotificationDocumentInput {
  return notificationOf(sample.webshop.atFollowUp, sample, lang, SAMPLE_MOMENTS.followUp);
}

/** The half-known incident's notification: phased, much "not yet known". */
export function sampleHalfKnownNotification(sample: SampleRecord, lang: Lang): NotificationDocumentInput {
  return notificationOf(sample.mailbox, sample, lang, '2026-04-01T12:00:00.000Z');
}

/** What every letter of the complete incident shares. */
export function sampleLetterInput(sample: SampleRecord): LetterDocumentInput {
  const { incident, notifications } = sample.webshop.atFollowUp;
  return letterInput(incident, sample.shop.settings, notifications, { timeZone: SAMPLE_TIME_ZONE, now: new Date(SAMPLE_MOMENTS.letters) });
}

/** The same answers as a public notice (Art. 34(3)(c)), in bokmål and English. */
export function samplePublicNotice(sample: SampleRecord): PublicNoticeDocumentInput {
  const { incident, notifications } = sample.webshop.atFollowUp;
  return publicNoticeInput(incident, sample.shop.settings, notifications, { timeZone: SAMPLE_TIME_ZONE, now: new Date(SAMPLE_MOMENTS.letters) });
}

export function samplePeople(sample: SampleRecord): AffectedPerson[] {
  return sample.webshop.people.map(affectedPerson);
}

/** The hosting provider's notice to the web shop (Art. 33(2)). */
export function sampleProcessorNotice(sample: SampleRecord, lang: Lang): ProcessorNoticeDocumentInput {
  return processorNoticeInput(sample.processor.incident, sample.host.settings, moment(lang, '2026-03-27T11:40:00.000Z'));
}

export function sampleTimeline(sample: SampleRecord, lang: Lang): TimelineDocumentInput {
  const { incident, events, notifications } = sample.webshop.atFollowUp;
  return timelineInput(incident, events, notifications, sample.shop.settings, moment(lang, SAMPLE_MOMENTS.followUp));
}

/** The register (Art. 33(5)) with every incident of the web shop. */
export function sampleRegister(sample: SampleRecord, lang: Lang): RegisterDocumentInput {
  const incidents = [...sample.shop.incidents.values()];
  const rows = registerRows(incidents, sample.shop.notifications);
  const now = '2026-04-02T08:00:00.000Z';
  return registerInput(rows, new Map(incidents.map((i) => [i.id, i])), sample.shop.settings, moment(lang, now), {
    from: '2026-01-01T00:00:00.000Z',
    to: now,
  });
}
