import type { Assessment, BreachFacts, RecordedAssessment } from '../assessment';
import type { DetailField } from '../incident/details';
import type { IncidentStatus } from '../incident/model';

// What the document builders take in. Everything a document says comes from here: no clock, no
// database, no settings read inside. Instants are UTC ISO strings, as incidents store them; the
// time zone is only for display. A value that is null (or an empty list) is "not known yet" and
// prints as such, never as a blank.

/** A UTC ISO instant, e.g. "2026-11-25T13:30:00.000Z". */
export type Instant = string;

/**
 * Text the user wrote: one text for every language, or one per language (a letter in English uses
 * `en` when there is one and falls back to `nb`, and the other way round).
 */
export type FreeText = string | null | { nb?: string | null; en?: string | null };

export interface Organisation {
  name: string;
  /** Norwegian organisation number (9 digits). */
  orgNumber: string | null;
  /** Postal address, lines separated by "\n". */
  address: string | null;
  email: string | null;
  phone: string | null;
}

export interface ContactPerson {
  name: string | null;
  /** Function or title, e.g. "IT-sjef"; the DPO's title in each language. */
  role?: FreeText;
  email: string | null;
  phone: string | null;
}

// The record's vocabularies (shared/incident/vocabulary): one list, used by the record and the documents.
export type { DetectionMethod, SubjectCategory } from '../incident/vocabulary';
import type {
  CountPrecision,
  CrossBorderStatus,
  DetectionMethod,
  IncidentType,
  OtherAuthorityKind,
  PartyRole,
  PoliceStatus,
  SecurityMeasure,
  SubjectCategory,
} from '../incident/vocabulary';
import type { Lang } from '../i18n/lang';

/** A file sent with the notification (EDPB template 125–126), listed by name and hash. */
export interface DocumentAttachment {
  name: string;
  size: number;
  sha256: string;
  note: string | null;
}

/** The incident as the documents tell it. */
export interface IncidentDetails {
  /** Readable reference, e.g. AVV-2026-007. */
  ref: string;
  title: string;
  /** What happened (Datatilsynet sub-point 5). */
  description: FreeText;
  /** How it happened (sub-point 6). */
  howItHappened: FreeText;
  /** The main cause in words (sub-point 1), next to `facts.cause`. */
  mainCause: FreeText;
  /** Systems, services and infrastructure involved, and where they are (EDPB 63); empty while not known. */
  systems: string[];
  /** Where the personal data is after the breach (sub-point 9). */
  dataLocationNow: FreeText;
  /** Our relationship to the people affected (sub-point 8), e.g. "kunder i nettbutikken". */
  relationship: FreeText;
  /** Empty while not known. */
  subjectCategories: SubjectCategory[];
  /** EDPB template 60: the nature of the incident; empty while not known. */
  incidentTypes: IncidentType[];
  /** Whether facts.subjectCount / recordCount are exact; null: approximate is assumed (Art. 33(3)(a)). */
  subjectCountPrecision: CountPrecision | null;
  recordCountPrecision: CountPrecision | null;
  /** Files sent with the notification. */
  attachments: DocumentAttachment[];
  /** Likely consequences for the people affected (Art. 33(3)(c)), in the user's words. */
  consequences: FreeText;
  occurredFrom: Instant | null;
  occurredTo: Instant | null;
  discoveredAt: Instant | null;
  /** Art. 33(1): the 72 hours run from here. */
  awareAt: Instant;
  detection: DetectionMethod | null;
  detectionDetail: FreeText;
}

export interface Measures {
  /** Security measures in place when the breach happened (EDPB 75–76); empty while not known. */
  inPlace: SecurityMeasure[];
  /** More about them, in the user's words. */
  inPlaceDetail: FreeText;
  /** Taken to address the breach and mitigate its effects (Art. 33(3)(d)), one per measure. */
  taken: FreeText[];
  planned: FreeText[];
  /** To prevent it from happening again. */
  prevention: FreeText[];
}

/** A processor, sub-processor, joint controller or partner involved (EDPB 38–41). */
export interface PartyInvolved {
  role: PartyRole;
  name: string;
  /** How to reach them. */
  contact: string | null;
  /** What part they played. */
  detail: FreeText;
}

/** EDPB template field 97. */
export type InformedStatus =
  'yes' | 'planned' | 'not-decided' | 'no-investigating' | 'no-not-high-risk' | 'no-exception';

export interface SubjectsInformed {
  /** Null while not decided: the documents then say what the assessment concluded. */
  status: InformedStatus | null;
  /** When they were (or will be) informed. */
  at: Instant | null;
  /** How: letter, e-mail, SMS, website … */
  channel: FreeText;
  explanation: FreeText;
}

/** EDPB template 109: reported to the police; status null while not known. */
export interface PoliceReportInfo {
  status: PoliceStatus | null;
  reportedAt: Instant | null;
  caseNumber: string | null;
}

/** EDPB template 110–111: another authority told of the incident (NSM, Nkom, Finanstilsynet …). */
export interface AuthorityNotified {
  kind: OtherAuthorityKind;
  /** Which one, for a foreign authority or "other". */
  name: string | null;
  notifiedAt: Instant | null;
  reference: string | null;
}

/** EDPB template 113–118; Art. 56: cross-border processing and the lead authority; status null while not known. */
export interface CrossBorderInfo {
  status: CrossBorderStatus | null;
  leadAuthority: string | null;
  countries: string[];
}

export interface OtherAuthorities {
  police: PoliceReportInfo;
  /** Empty: none recorded. */
  others: AuthorityNotified[];
  /** Whether any other authority was told: 'no' is an answer an empty list cannot give; null: not answered. */
  othersNotified: 'yes' | 'no' | null;
  crossBorder: CrossBorderInfo;
}

/**
 * Art. 33(4): in a follow-up, what the record holds now that it did not when the last notice was
 * sent (shared/documents/record/since.ts). The values are printed from the input as it is now.
 */
export interface ChangesSinceNotice {
  sentAt: Instant;
  reference: string | null;
  facts: (keyof BreachFacts)[];
  details: DetailField[];
  /** Measures recorded or changed since, one text each. */
  measures: FreeText[];
  /** Names of the files attached since. */
  attachments: string[];
  decision: boolean;
  delayReason: boolean;
}

export interface NoticeInfo {
  type: 'new' | 'follow-up';
  /** phased: Art. 33(4) «trinnvis melding», more will follow. */
  phase: 'complete' | 'phased';
  /** Datatilsynet's case number or the Altinn reference (AR…) of the earlier notice. */
  earlierReference: string | null;
  /** Art. 33(1): required when a new notice goes out after the 72 hours. */
  reasonsForDelay: FreeText;
  /** A follow-up: what is new since the last notice; null for a new notice or when the history does not say. */
  sinceLastNotice: ChangesSinceNotice | null;
}

/** Common to every builder. */
export interface DocumentContext {
  lang: Lang;
  /** IANA zone for display, e.g. "Europe/Oslo". */
  timeZone: string;
  /** The document's date: when it is made and meant to go out. */
  now: Instant;
}

export interface NotificationDocumentInput extends DocumentContext {
  organisation: Organisation;
  /** The person filling in and sending the notice. */
  reporter: ContactPerson;
  /** Null: no data protection officer is designated. */
  dpo: ContactPerson | null;
  /** Where more information can be had (Art. 33(3)(b)); null: the DPO, or else the reporter. */
  contactPoint: ContactPerson | null;
  /** Processor, joint controller or others involved (EDPB 38–41); empty: none recorded. */
  otherParties: PartyInvolved[];
  /** Whether anyone else took part: 'no' is an answer an empty list cannot give; null: not answered. */
  otherPartiesInvolved: 'yes' | 'no' | null;
  incident: IncidentDetails;
  notice: NoticeInfo;
  facts: BreachFacts;
  assessment: Assessment;
  measures: Measures;
  subjectsInformed: SubjectsInformed;
  authorities: OtherAuthorities;
}

/** One section of a document: the heading and what is under it. */
export type Block =
  | { kind: 'field'; label: string; value: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: string[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

/** A section as plain text, ready to paste into a form field. */
export interface PlainSection {
  heading: string;
  body: string;
}

/** The language of a person's letter; 'both' puts bokmål and English in one letter. */
export type LetterLanguage = Lang | 'both';

/** A person affected, as imported from CSV (shared/subjects) and kept in the `subjects` table. */
export interface AffectedPerson {
  id: string;
  name: string;
  /** Street address, lines separated by "\n". */
  address: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  language: LetterLanguage;
}

/** What every letter of one incident shares; the person is added per letter. */
export interface LetterDocumentInput {
  timeZone: string;
  /** The letters' date. */
  now: Instant;
  organisation: Organisation;
  /** Art. 34(2) with 33(3)(b): where the person can get more information. */
  contactPoint: ContactPerson;
  dpo: ContactPerson | null;
  incident: {
    ref: string;
    /** What happened, in clear and plain language (Art. 34(2)): not the technical notice text. */
    description: FreeText;
    /** Likely consequences for the person, in plain words; advice from the facts is added. */
    consequences: FreeText;
    occurredFrom: Instant | null;
    occurredTo: Instant | null;
    discoveredAt: Instant | null;
  };
  facts: BreachFacts;
  measures: { taken: FreeText[]; planned: FreeText[] };
  /** Advice of your own, printed before the advice that follows from the facts. */
  advice: FreeText;
  /** When Datatilsynet was notified, if it was. */
  authorityNotifiedAt: Instant | null;
  /**
   * Art. 34(1): telling the people is required (the organisation's decision, else the assessment).
   * Only then does the letter say the law requires it.
   */
  required: boolean;
}

/**
 * Art. 34(3)(c): when telling each person would take disproportionate effort, a public communication
 * that informs them as effectively: the letter's answers, addressed to the public, in each language.
 */
export interface PublicNoticeDocumentInput extends LetterDocumentInput {
  /** Who is affected, so a reader can tell whether it concerns them. */
  affected: {
    categories: SubjectCategory[];
    relationship: FreeText;
    count: number | null;
    precision: CountPrecision | null;
  };
  /** The languages printed, each from a new page, bokmål first. */
  languages: Lang[];
}

/** Art. 33(2): the notice a processor sends the controller it works for. */
export interface ProcessorNoticeDocumentInput extends DocumentContext {
  /** Us, the processor. */
  processor: Organisation;
  /** The controller the notice goes to. */
  controller: Organisation;
  /** The person at the controller it is addressed to, if known. */
  controllerContact: ContactPerson | null;
  /** Where the controller gets more information from us. */
  contactPoint: ContactPerson;
  dpo: ContactPerson | null;
  /** The data processing agreement's reference or date. */
  agreementReference: string | null;
  /** The hours the agreement allows us to tell the controller (default 24). */
  noticeHours?: number;
  /** Sub-processors involved, if the breach happened there; empty: none recorded. */
  subProcessors: PartyInvolved[];
  incident: IncidentDetails;
  facts: BreachFacts;
  measures: Measures;
}

/** What kind of moment a timeline event is; decides its colour on the axis. */
export type TimelineEventKind =
  | 'assessed'
  | 'contained'
  | 'notified-authority'
  | 'notified-controller'
  | 'notified-subjects'
  | 'follow-up'
  | 'closed'
  | 'other';

export interface TimelineEntry {
  at: Instant;
  /** What happened, in the document's language ("Meldt til Datatilsynet, AR123456"). */
  label: string;
  kind: TimelineEventKind;
}

/** The management timeline: one page per incident. */
export interface TimelineDocumentInput extends DocumentContext {
  organisation: Organisation;
  incident: {
    ref: string;
    title: string;
    status: IncidentStatus;
    role: 'controller' | 'processor';
    occurredFrom: Instant | null;
    occurredTo: Instant | null;
    discoveredAt: Instant | null;
    awareAt: Instant;
  };
  /** From the incident's event log, as the UI words them. Instants the incident holds are drawn anyway. */
  events: TimelineEntry[];
  /** When the duty was done: Datatilsynet notified (controller) or the controller told (processor). */
  notifiedAt: Instant | null;
  /** A processor's limit for telling its controller, in hours (default 24). */
  controllerNoticeHours?: number;
  assessment: RecordedAssessment | null;
}

/** One incident in the register (Art. 33(5)): every breach, notified or not. */
export interface RegisterDocumentRow {
  ref: string;
  title: string;
  status: IncidentStatus;
  occurredFrom: Instant | null;
  occurredTo: Instant | null;
  awareAt: Instant;
  facts: BreachFacts;
  assessment: RecordedAssessment;
  notifiedAuthorityAt: Instant | null;
  /** Datatilsynet's case number or the Altinn reference. */
  authorityReference: string | null;
  notifiedSubjectsAt: Instant | null;
  /** Art. 33(5) "the facts": what happened, in words. */
  description: FreeText;
  /** Art. 33(5) "its effects": the likely consequences. */
  consequences: FreeText;
  /** Art. 33(5) "the remedial action taken": the measures done. */
  remedialActions: FreeText[];
  /** Art. 33(5): the organisation's reasoning for not notifying; when null, the assessment's conclusions are printed. */
  reasonNotNotified: FreeText;
  /** Art. 33(1): reasons for a late notification. */
  delayReason: FreeText;
}

export interface RegisterDocumentInput extends DocumentContext {
  organisation: Organisation;
  rows: RegisterDocumentRow[];
  /** The period the report covers, if filtered. */
  period?: { from: Instant | null; to: Instant | null };
}
