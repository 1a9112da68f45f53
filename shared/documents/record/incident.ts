import { assessBreach, type Assessment } from '../../assessment';
import { incidentDuty } from '../../duty';
import type { Incident, Measure } from '../../incident/model';
import type { Notification, NotificationChannel } from '../../incident/notifications';
import { isBlank, textIn, type Bilingual } from '../../incident/text';
import { formatInstant } from '../../deadline';
import { OTHER_AUTHORITY, PARTY_ROLE, SECURITY_MEASURE } from '../text/record';
import type { FreeText, IncidentDetails, InformedStatus, Lang, Measures, OtherAuthorities, SubjectsInformed } from '../types';

// An incident as the documents tell it, from the record alone: the app, the sample command and the
// tests take this one path from record to document. What the record does not know is null, and
// the documents print "not known yet".

/** How something was sent, in both languages (a FreeText the documents pick from). */
export const CHANNEL_LABELS: Record<NotificationChannel, { nb: string; en: string }> = {
  altinn: { nb: 'Altinn', en: 'Altinn' },
  email: { nb: 'e-post', en: 'e-mail' },
  letter: { nb: 'brev', en: 'letter' },
  phone: { nb: 'telefon', en: 'phone' },
  other: { nb: 'annen kanal', en: 'other channel' },
  website: { nb: 'nettsiden', en: 'the website' },
  press: { nb: 'pressen', en: 'the press' },
  'social-media': { nb: 'sosiale medier', en: 'social media' },
};

/** A text of the record for a document: null when nothing is written, otherwise each language given. */
export function freeText(text: Bilingual): FreeText {
  if (isBlank(text)) return null;
  return { nb: text.nb.trim() || null, en: text.en.trim() || null };
}

export function incidentDetails(incident: Incident): IncidentDetails {
  const mainCause = freeText(incident.mainCause);
  return {
    ref: incident.ref,
    title: incident.title,
    description: freeText(incident.description),
    howItHappened: freeText(incident.howItHappened),
    mainCause,
    incidentTypes: incident.incidentTypes,
    systems: incident.systems.length > 0 ? incident.systems.join(', ') : null,
    dataLocationNow: freeText(incident.dataLocation),
    relationship: freeText(incident.relationship),
    subjectCategories: incident.subjectCategories,
    subjectCountPrecision: incident.subjectCountPrecision,
    recordCountPrecision: incident.recordCountPrecision,
    consequences: freeText(incident.consequences),
    occurredFrom: incident.occurredFrom,
    occurredTo: incident.occurredTo,
    discoveredAt: incident.discoveredAt,
    awareAt: incident.awareAt,
    detection: incident.detectionMethod,
    detectionDetail: freeText(incident.detectionDetail),
    attachments: incident.attachments.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256, note: a.note || null })),
  };
}

const lines = (measures: readonly Measure[]): FreeText => {
  if (measures.length === 0) return null;
  const join = (lang: 'nb' | 'en') => measures.map((m) => m.text[lang].trim()).filter(Boolean).join('\n') || null;
  return { nb: join('nb'), en: join('en') };
};

/** A text in each language, built from the record by `line`; null when every line is empty. */
export function composed(line: (lang: Lang) => string[]): FreeText {
  const nb = line('nb').filter(Boolean).join('\n');
  const en = line('en').filter(Boolean).join('\n');
  return nb === '' && en === '' ? null : { nb: nb || null, en: en || null };
}

const sentence = (text: string) => (text === '' ? '' : text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1));

/** EDPB template 75–76: the measures in place, named, and what the user added in words. */
function measuresInPlace(incident: Incident): FreeText {
  return composed((lang) => [
    sentence(incident.measuresInPlace.map((m) => SECURITY_MEASURE[lang][m]).join(', ')),
    textIn(incident.measuresInPlaceDetail, lang),
  ]);
}

/** "No one else" is an answer, not "not yet known". */
const NONE = {
  parties: { nb: 'Nei, ingen andre virksomheter var involvert.', en: 'No, no other organisation was involved.' },
  authorities: { nb: 'Nei', en: 'No' },
} satisfies Record<string, FreeText>;

/** EDPB template 38–41: processors, joint controllers and others involved, one per line. */
export function otherPartiesText(incident: Incident): FreeText {
  if (incident.otherParties.length === 0 && incident.otherPartiesInvolved === 'no') return NONE.parties;
  return composed((lang) =>
    incident.otherParties.map((party) => {
      const detail = textIn(party.detail, lang);
      return `${sentence(PARTY_ROLE[lang][party.role])}: ${party.name}${party.contact ? ` (${party.contact})` : ''}${detail ? `. ${detail}` : ''}`;
    }),
  );
}

/** Art. 33(3)(d): measures done are "taken", measures without a date are "planned". */
export function incidentMeasures(incident: Incident): Measures {
  const handling = incident.measures.filter((m) => m.kind !== 'prevention');
  return {
    inPlace: measuresInPlace(incident),
    taken: lines(handling.filter((m) => m.doneAt !== null)),
    planned: lines(handling.filter((m) => m.doneAt === null)),
    prevention: lines(incident.measures.filter((m) => m.kind === 'prevention')),
  };
}

/** EDPB template 109–118: the police, other authorities and cross-border processing, as recorded. */
export function otherAuthorities(incident: Incident, timeZone: string): OtherAuthorities {
  const { police, crossBorder } = incident;
  const when = (at: string | null, lang: Lang) => (at ? formatInstant(new Date(at), lang, timeZone) : '');
  const caseLabel = { nb: 'saksnummer', en: 'case number' };
  return {
    police: police.status,
    policeDetail: composed((lang) => [[when(police.reportedAt, lang), police.caseNumber ? `${caseLabel[lang]} ${police.caseNumber}` : ''].filter(Boolean).join(', ')]),
    others: incident.otherAuthorities.length === 0 && incident.otherAuthoritiesNotified === 'no' ? NONE.authorities : composed((lang) =>
      incident.otherAuthorities.map((a) =>
        [sentence(a.name || OTHER_AUTHORITY[lang][a.kind]), when(a.notifiedAt, lang), a.reference].filter(Boolean).join(', '),
      ),
    ),
    crossBorder: composed((lang) => {
      if (crossBorder.status === null) return [];
      const yes = crossBorder.status === 'yes';
      const words = {
        nb: [yes ? 'Ja, grenseoverskridende behandling' : 'Nei', yes && crossBorder.leadAuthority ? `ledende tilsynsmyndighet: ${crossBorder.leadAuthority}` : '', yes && crossBorder.countries.length ? `berørte land: ${crossBorder.countries.join(', ')}` : ''],
        en: [yes ? 'Yes, cross-border processing' : 'No', yes && crossBorder.leadAuthority ? `lead supervisory authority: ${crossBorder.leadAuthority}` : '', yes && crossBorder.countries.length ? `countries affected: ${crossBorder.countries.join(', ')}` : ''],
      };
      return [words[lang].filter(Boolean).join('; ')];
    }),
  };
}

/**
 * The assessment a document states: the engine's reading of the facts as they are now, so the
 * document never pairs today's facts with yesterday's conclusion. Pure: the same facts give the
 * same assessment the incident screen shows.
 */
export function currentAssessment(incident: Incident): Assessment {
  return assessBreach(incident.facts);
}

/** The notices of one kind, earliest sent first. */
export function sentTo(notifications: readonly Notification[], incidentId: string, recipient: Notification['recipient']): Notification[] {
  return notifications.filter((n) => n.incidentId === incidentId && n.recipient === recipient).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

/** EDPB template field 97: have the people been told, and if not, why not (the duty model decides). */
export function subjectsInformed(incident: Incident, notifications: readonly Notification[]): SubjectsInformed {
  const letters = incidentDuty(incident, notifications, 'subjects');
  const publicNotice = incidentDuty(incident, notifications, 'public');
  const first = [...letters.notices, ...publicNotice.notices].sort((a, b) => a.sentAt.localeCompare(b.sentAt))[0];
  if (first) {
    // Art. 34(3)(c): a public communication is told by where it was published.
    const where = first.recipient === 'public' && first.reference ? `: ${first.reference}` : '';
    const channel = { nb: `${CHANNEL_LABELS[first.channel].nb}${where}`, en: `${CHANNEL_LABELS[first.channel].en}${where}` };
    return { status: 'yes', at: first.sentAt, channel, explanation: null };
  }
  const decision = incident.decision;
  let status: InformedStatus | null = null;
  if (decision?.notifySubjects === true) status = 'planned';
  else if (decision?.notifySubjects === false) status = decision.subjectException ? 'no-exception' : 'no-not-high-risk';
  return {
    status,
    at: null,
    channel: null,
    explanation: decision && !decision.notifySubjects ? freeText(decision.rationale) : null,
  };
}
