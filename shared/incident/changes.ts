import { assessBreach, type BreachFacts } from '../assessment';
import { breachFactsSchema } from '../assessment';
import { jsonEqual } from '../canonical';
import { cleanDescription, cleanTitle } from './intake';
import { detailSchemas, type DetailField, type DetailsInput } from './details';
import type { EventDraft } from './events';
import { RecordError, type ErrorParams, type LocalText, type RecordErrorCode } from './errors';
import type { Decision, Incident, IncidentStatus, Measure, MeasureKind } from './model';
import { isBlank, trimText, type Bilingual } from './text';
import type { Lang } from '../i18n/lang';

// Every change to an incident as a pure step: the incident as it stands and the input go in, the
// event that records the change comes out (or null when nothing changes), after the rules the law
// and the record set are checked. What the incident becomes is decided in one place only: the
// projection (project.ts) applies the event. The repository seals, applies and stores.

export interface ChangeMeta {
  /** UTC ISO instant of the change: "now" for every rule that refuses the future. */
  at: string;
  actor: string;
}

/** Refuses the change: the code says what is wrong, the screen words it (shared/i18n/messages/errors.ts). */
export function refuse(code: RecordErrorCode, params: ErrorParams = {}, detail: string | null = null): never {
  throw new RecordError(code, params, detail);
}

/** A closed incident is the finished record: change it only by reopening it first. */
export function assertOpen(incident: Incident): void {
  if (incident.status === 'closed') {
    refuse('incident-closed', { ref: incident.ref }, incident.id);
  }
}

/** The texts the law or the record asks for, each refused with its own words when blank. */
export type RequiredText = Extract<RecordErrorCode, `missing-${string}`>;

/** Free text the law asks for (reasons, summaries) may not be blank in both languages. */
export function requiredText(text: Bilingual | string, missing: RequiredText): Bilingual {
  const trimmed = trimText(typeof text === 'string' ? { nb: text, en: '' } : text);
  if (isBlank(trimmed)) refuse(missing);
  return trimmed;
}

const same = jsonEqual;

/** A minute of slack: "now" typed a few seconds ago is not in the future. */
const FUTURE_TOLERANCE_MS = 60_000;
const isFuture = (instant: string | null, now: string) => instant !== null && Date.parse(instant) > Date.parse(now) + FUTURE_TOLERANCE_MS;

/** The field's name in words, for messages. */
export const DETAIL_FIELD_NAMES: Record<DetailField, LocalText> = {
  title: { nb: 'tittel', en: 'title' },
  awareAt: { nb: 'tidspunktet dere fikk kjennskap til bruddet', en: 'when you became aware' },
  occurredFrom: { nb: 'når bruddet begynte', en: 'when the breach began' },
  occurredTo: { nb: 'når bruddet sluttet', en: 'when the breach ended' },
  discoveredAt: { nb: 'når bruddet ble oppdaget', en: 'when the breach was detected' },
  description: { nb: 'hva som har skjedd', en: 'what happened' },
  howItHappened: { nb: 'hvordan bruddet oppstod', en: 'how it happened' },
  mainCause: { nb: 'hovedårsaken', en: 'the main cause' },
  incidentTypes: { nb: 'type hendelse', en: 'type of incident' },
  detectionMethod: { nb: 'hvordan bruddet ble oppdaget', en: 'how the breach was detected' },
  detectionDetail: { nb: 'mer om oppdagelsen', en: 'more about the detection' },
  subjectCategories: { nb: 'kategorier av registrerte', en: 'categories of people' },
  relationship: { nb: 'relasjonen til de registrerte', en: 'the relationship to the people' },
  subjectCountPrecision: { nb: 'om antallet registrerte er nøyaktig', en: 'whether the number of people is exact' },
  recordCountPrecision: { nb: 'om antallet registreringer er nøyaktig', en: 'whether the number of records is exact' },
  measuresInPlace: { nb: 'sikkerhetstiltak som var på plass', en: 'security measures in place' },
  measuresInPlaceDetail: { nb: 'mer om tiltakene som var på plass', en: 'more about the measures in place' },
  consequences: { nb: 'sannsynlige konsekvenser', en: 'likely consequences' },
  systems: { nb: 'berørte systemer', en: 'systems involved' },
  dataLocation: { nb: 'hvor opplysningene er nå', en: 'where the data is now' },
  otherParties: { nb: 'andre involverte', en: 'other parties involved' },
  otherPartiesInvolved: { nb: 'om andre var involvert', en: 'whether others were involved' },
  police: { nb: 'politianmeldelse', en: 'police report' },
  otherAuthorities: { nb: 'andre myndigheter', en: 'other authorities' },
  otherAuthoritiesNotified: { nb: 'om andre myndigheter er varslet', en: 'whether other authorities were notified' },
  crossBorder: { nb: 'grenseoverskridende behandling', en: 'cross-border processing' },
  plainWhatHappened: { nb: 'hva som skjedde, forklart for de registrerte', en: 'what happened, for the people affected' },
  plainWhatItMeans: { nb: 'hva det betyr for de registrerte', en: 'what it means for the people affected' },
  plainAdvice: { nb: 'råd til de registrerte', en: 'advice to the people affected' },
  controller: { nb: 'den behandlingsansvarlige', en: 'the controller' },
};

/** The other fields of the record and the settings, named for a person checking what changes. */
const OTHER_FIELD_NAMES: Record<string, LocalText> = {
  facts: { nb: 'fakta om bruddet', en: 'the facts of the breach' },
  role: { nb: 'rolle', en: 'role' },
  status: { nb: 'status', en: 'status' },
  assessment: { nb: 'vurderingen', en: 'the assessment' },
  decision: { nb: 'beslutningen om melding', en: 'the decision on notification' },
  delayReason: { nb: 'årsaken til forsinkelsen', en: 'the reasons for the delay' },
  measures: { nb: 'tiltak', en: 'measures' },
  attachments: { nb: 'vedlegg', en: 'attachments' },
  closingSummary: { nb: 'oppsummeringen ved lukking', en: 'the closing summary' },
  closedAt: { nb: 'lukket', en: 'closed' },
  createdAt: { nb: 'registrert', en: 'recorded' },
  organisationName: { nb: 'virksomhetens navn', en: "the organisation's name" },
  orgNr: { nb: 'organisasjonsnummer', en: 'organisation number' },
  address: { nb: 'adresse', en: 'address' },
  contact: { nb: 'kontaktpunkt', en: 'contact point' },
  dpo: { nb: 'personvernombud', en: 'data protection officer' },
  timeZone: { nb: 'tidssone', en: 'time zone' },
  processorDeadlineHours: { nb: 'databehandlerens frist', en: "the processor's limit" },
  profiles: { nb: 'brukerprofiler (innmelder)', en: 'user profiles (reporter)' },
  trust: { nb: 'godkjente installasjoner', en: 'trusted installations' },
  name: { nb: 'navn', en: 'name' },
  email: { nb: 'e-post', en: 'e-mail' },
  language: { nb: 'språk', en: 'language' },
};

/** A field of the record, the settings or a person, in words; notices by their kind. */
export function fieldName(field: string, lang: Lang): string {
  if (field.startsWith('notifications.')) return lang === 'nb' ? 'en registrert melding' : 'a recorded notice';
  const named = (DETAIL_FIELD_NAMES as Record<string, LocalText>)[field] ?? OTHER_FIELD_NAMES[field];
  return named ? named[lang] : field;
}

function invalidField(field: DetailField): never {
  const name = DETAIL_FIELD_NAMES[field];
  return refuse('invalid-field', { field: name }, field);
}

/** Free text as the record keeps it: no control characters, trimmed. */
function cleanValue(field: DetailField, value: unknown): unknown {
  if (field === 'title' && typeof value === 'string') return cleanTitle(value);
  if (value && typeof value === 'object' && 'nb' in value && 'en' in value && typeof value.nb === 'string' && typeof value.en === 'string') {
    return { nb: cleanDescription(value.nb), en: cleanDescription(value.en) };
  }
  return value;
}

/**
 * Any detail of the record: what happened, the dates, the people, the parties, the police and the
 * rest of Datatilsynet's form. Every value is checked by its field's schema; dates may not lie in
 * the future, a breach may not end before it began. Null when nothing changed.
 */
export function changeDetails(incident: Incident, patch: Partial<DetailsInput>, meta: ChangeMeta): EventDraft | null {
  assertOpen(incident);
  const changes: Partial<Record<DetailField, { from: unknown; to: unknown }>> = {};
  const next: Record<string, unknown> = { ...incident };
  for (const field of Object.keys(patch) as DetailField[]) {
    if (patch[field] === undefined) continue;
    if (!(field in detailSchemas)) invalidField(field);
    // Read by the field's schema (a plain string becomes the bokmål text), then cleaned.
    const parsed = detailSchemas[field].safeParse(patch[field]);
    if (!parsed.success) invalidField(field);
    const value = cleanValue(field, parsed.data);
    if (!detailSchemas[field].safeParse(value).success) invalidField(field);
    if (same(incident[field], value)) continue;
    changes[field] = { from: incident[field], to: value };
    next[field] = value;
  }
  if (Object.keys(changes).length === 0) return null;
  checkDates(next as Incident, meta);
  return { kind: 'details-changed', payload: { changes } };
}

function checkDates(incident: Incident, meta: ChangeMeta): void {
  const dated: [DetailField, string | null][] = [
    ['awareAt', incident.awareAt],
    ['occurredFrom', incident.occurredFrom],
    ['occurredTo', incident.occurredTo],
    ['discoveredAt', incident.discoveredAt],
    ['police', incident.police.reportedAt],
    ...incident.otherAuthorities.map((a): [DetailField, string | null] => ['otherAuthorities', a.notifiedAt]),
  ];
  for (const [field, at] of dated) {
    if (isFuture(at, meta.at)) {
      const name = DETAIL_FIELD_NAMES[field];
      refuse('date-in-future', { field: name }, field);
    }
  }
  if (incident.occurredFrom && incident.occurredTo && incident.occurredTo < incident.occurredFrom) {
    refuse('breach-ends-before-start', {}, 'occurredTo');
  }
  if (incident.police.reportedAt && incident.occurredFrom && incident.police.reportedAt < incident.occurredFrom) {
    refuse('police-before-breach', {}, 'police');
  }
}

/** The breach facts in the assessment's vocabulary. The role follows facts.role. */
export function changeFacts(incident: Incident, facts: BreachFacts, _meta: ChangeMeta): EventDraft | null {
  assertOpen(incident);
  const parsed = breachFactsSchema.safeParse(facts);
  if (!parsed.success) {
    refuse('invalid-facts', {}, parsed.error.issues[0]?.path.join('.') ?? null);
  }
  const changes: Partial<Record<keyof BreachFacts, { from: unknown; to: unknown }>> = {};
  for (const key of Object.keys(parsed.data) as (keyof BreachFacts)[]) {
    if (!same(incident.facts[key], parsed.data[key])) changes[key] = { from: incident.facts[key] ?? null, to: parsed.data[key] };
  }
  if (Object.keys(changes).length === 0) return null;
  return { kind: 'facts-changed', payload: { changes } };
}

/** Runs the engine on the incident's facts; the event keeps the conclusion as shown, reasons and all. */
export function recordAssessment(incident: Incident, _meta: ChangeMeta): EventDraft {
  assertOpen(incident);
  const result = assessBreach(incident.facts);
  return {
    kind: 'assessed',
    payload: {
      risk: result.risk,
      notifyAuthority: result.notifyAuthority,
      notifySubjects: result.notifySubjects,
      notifyController: result.notifyController,
      subjectException: result.subjectException,
      severityScore: result.severity.score,
      reasonCodes: result.reasons.map((r) => r.code),
      unknownFacts: result.unknowns.map((u) => u.fact),
      result,
    },
  };
}

// True when the facts changed after the latest assessment: the screens ask to assess again. Kept
// with the incident's summary, which the dashboard reads instead of the incident.
export { assessmentIsStale } from './summary';

export type DecisionInput = Omit<Decision, 'at' | 'actor' | 'rationale'> & { rationale: Bilingual | string };

/** Art. 33(5): the organisation's decision and the reasoning behind it. */
export function recordDecision(incident: Incident, input: DecisionInput, _meta: ChangeMeta): EventDraft {
  assertOpen(incident);
  const rationale = requiredText(input.rationale, 'missing-rationale');
  const { notifyAuthority, notifySubjects, notifyController, subjectException, dpoConsulted } = input;
  return { kind: 'decision-recorded', payload: { notifyAuthority, notifySubjects, notifyController, subjectException, rationale, dpoConsulted } };
}

/** Art. 33(1): "where the notification … is not made within 72 hours, it shall be accompanied by reasons for the delay". */
export function explainDelay(incident: Incident, reason: Bilingual | string, _meta: ChangeMeta): EventDraft {
  assertOpen(incident);
  return { kind: 'delay-explained', payload: { reason: requiredText(reason, 'missing-delay-reasons') } };
}

export interface MeasureInput {
  id: string;
  kind: MeasureKind;
  text: Bilingual | string;
  doneAt: string | null;
}

function checkDoneAt(doneAt: string | null, meta: ChangeMeta): void {
  if (isFuture(doneAt, meta.at)) {
    refuse('measure-in-future', {}, 'doneAt');
  }
}

/** Art. 33(3)(d): a measure taken or proposed. */
export function recordMeasure(incident: Incident, input: MeasureInput, meta: ChangeMeta): EventDraft {
  assertOpen(incident);
  const text = requiredText(input.text, 'missing-measure-text');
  checkDoneAt(input.doneAt, meta);
  return { kind: 'measure-recorded', payload: { measureId: input.id, kind: input.kind, text, doneAt: input.doneAt } };
}

/** A planned measure marked done (or undone), or its words corrected. Null when nothing changes. */
export function changeMeasure(
  incident: Incident,
  measureId: string,
  patch: Partial<Pick<Measure, 'kind' | 'doneAt'>> & { text?: Bilingual | string },
  meta: ChangeMeta,
): EventDraft | null {
  assertOpen(incident);
  const measure = incident.measures.find((m) => m.id === measureId);
  if (!measure) refuse('measure-missing', {}, measureId);
  const payload: Extract<EventDraft, { kind: 'measure-changed' }>['payload'] = { measureId };
  if (patch.kind !== undefined && patch.kind !== measure.kind) payload.kind = patch.kind;
  if (patch.text !== undefined) {
    const text = requiredText(patch.text, 'missing-measure-text');
    if (!same(text, measure.text)) payload.text = text;
  }
  if (patch.doneAt !== undefined && patch.doneAt !== measure.doneAt) {
    checkDoneAt(patch.doneAt, meta);
    payload.doneAt = patch.doneAt;
  }
  return Object.keys(payload).length > 1 ? { kind: 'measure-changed', payload } : null;
}

/** Draft → investigating → contained, and back if need be. Closing and reopening have their own steps. */
export function changeStatus(incident: Incident, to: Exclude<IncidentStatus, 'closed'>, _meta: ChangeMeta): EventDraft | null {
  assertOpen(incident);
  if (incident.status === to) return null;
  return { kind: 'status-changed', payload: { from: incident.status, to } };
}

/** Art. 33(5): a breach is closed with a summary, and only once a decision with its reasons is on record. */
export function closeIncident(incident: Incident, summary: Bilingual | string, _meta: ChangeMeta): EventDraft {
  assertOpen(incident);
  if (!incident.decision) {
    refuse('decision-missing', {}, incident.id);
  }
  return { kind: 'closed', payload: { from: incident.status, summary: requiredText(summary, 'missing-summary') } };
}

export function reopenIncident(incident: Incident, reason: string, _meta: ChangeMeta): EventDraft {
  if (incident.status !== 'closed') {
    refuse('not-closed', { ref: incident.ref }, incident.id);
  }
  const text = requiredText(reason, 'missing-reopen-reason');
  return { kind: 'reopened', payload: { reason: text.nb || text.en } };
}
