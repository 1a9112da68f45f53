import type { OtherAuthority, OtherParty } from '../../../../../shared/incident/details';
import type { Incident } from '../../../../../shared/incident/model';
import { EMPTY_TEXT, type Bilingual } from '../../../../../shared/incident/text';
import type {
  CrossBorderStatus,
  OtherAuthorityKind,
  PartyRole,
  PoliceStatus,
  YesNo,
} from '../../../../../shared/incident/vocabulary';
import {
  foldListProblems,
  localTime,
  schemaProblems,
  splitList,
  timeAnswer,
  type Problems,
} from './problems';
import type { BuildPatch } from './useDetailsSection';

// The answers about others involved and other authorities as the form holds them (times as typed,
// lists as rows), and what they become in the record: EDPB template fields 38–41 and 109–118.

let rows = 0;
/** A key for a row on screen, so React keeps each row's fields with it when one is removed. */
export const rowKey = () => `row-${++rows}`;

export interface PartyDraft {
  key: string;
  role: PartyRole;
  name: string;
  contact: string;
  detail: Bilingual;
}

export interface AuthorityDraft {
  key: string;
  kind: OtherAuthorityKind;
  name: string;
  /** datetime-local in the user's zone. */
  notifiedAt: string;
  reference: string;
}

export interface OthersDraft {
  partiesInvolved: YesNo | '';
  parties: PartyDraft[];
  police: { status: PoliceStatus | ''; reportedAt: string; caseNumber: string };
  authoritiesNotified: YesNo | '';
  authorities: AuthorityDraft[];
  crossBorder: { status: CrossBorderStatus | ''; leadAuthority: string; countries: string };
}

export const newParty = (): PartyDraft => ({
  key: rowKey(),
  role: 'processor',
  name: '',
  contact: '',
  detail: { ...EMPTY_TEXT },
});
export const newAuthority = (): AuthorityDraft => ({
  key: rowKey(),
  kind: 'nsm',
  name: '',
  notifiedAt: '',
  reference: '',
});

/** A foreign DPA or "another authority" needs its name: the kind alone does not say which. */
const NAME_NEEDED: readonly OtherAuthorityKind[] = ['foreign-dpa', 'other'];

export const initialOthers =
  (timeZone: string) =>
  (incident: Incident): OthersDraft => ({
    // A list written before the yes/no question existed answers it.
    partiesInvolved: incident.otherPartiesInvolved ?? (incident.otherParties.length > 0 ? 'yes' : ''),
    parties: incident.otherParties.map((party) => ({ key: rowKey(), ...party })),
    police: {
      status: incident.police.status ?? '',
      reportedAt: localTime(incident.police.reportedAt, timeZone),
      caseNumber: incident.police.caseNumber,
    },
    authoritiesNotified:
      incident.otherAuthoritiesNotified ?? (incident.otherAuthorities.length > 0 ? 'yes' : ''),
    authorities: incident.otherAuthorities.map((a) => ({
      key: rowKey(),
      ...a,
      notifiedAt: localTime(a.notifiedAt, timeZone),
    })),
    crossBorder: {
      status: incident.crossBorder.status ?? '',
      leadAuthority: incident.crossBorder.leadAuthority,
      countries: incident.crossBorder.countries.join(', '),
    },
  });

export const buildOthers: BuildPatch<OthersDraft> = (draft, env) => {
  const problems: Problems = {};
  // The rows count only under "yes"; "yes" with no row says nothing about who.
  const involved = draft.partiesInvolved === 'yes';
  const otherParties: OtherParty[] = (involved ? draft.parties : []).map(
    ({ role, name, contact, detail }) => ({
      role,
      name: name.trim(),
      contact: contact.trim(),
      detail,
    }),
  );
  if (involved && otherParties.length === 0) problems.otherParties = { key: 'record.error.add-one' };
  Object.assign(problems, schemaProblems('otherParties', otherParties));

  // A date and a case number belong to a report that was made.
  const reported = draft.police.status === 'yes';
  const policeTime = reported ? timeAnswer(draft.police.reportedAt, env, env.incident.occurredFrom) : null;
  if (policeTime?.problem) problems['police.reportedAt'] = policeTime.problem;
  const police = {
    status: draft.police.status || null,
    reportedAt: policeTime?.value ?? null,
    caseNumber: reported ? draft.police.caseNumber.trim() : '',
  };
  Object.assign(problems, schemaProblems('police', police));

  const notified = draft.authoritiesNotified === 'yes';
  const otherAuthorities: OtherAuthority[] = (notified ? draft.authorities : []).map((a, index) => {
    const when = timeAnswer(a.notifiedAt, env);
    if (when.problem) problems[`otherAuthorities.${index}.notifiedAt`] = when.problem;
    if (NAME_NEEDED.includes(a.kind) && a.name.trim() === '')
      problems[`otherAuthorities.${index}.name`] = { key: 'record.error.required' };
    return { kind: a.kind, name: a.name.trim(), notifiedAt: when.value, reference: a.reference.trim() };
  });
  if (notified && otherAuthorities.length === 0) problems.otherAuthorities = { key: 'record.error.add-one' };
  for (const [path, problem] of Object.entries(schemaProblems('otherAuthorities', otherAuthorities)))
    problems[path] ??= problem;

  const crossing = draft.crossBorder.status === 'yes';
  const countries = crossing ? splitList(draft.crossBorder.countries, ',') : [];
  const crossBorder = {
    status: draft.crossBorder.status || null,
    leadAuthority: crossing ? draft.crossBorder.leadAuthority.trim() : '',
    countries,
  };
  Object.assign(
    problems,
    foldListProblems(schemaProblems('crossBorder', crossBorder), 'crossBorder.countries', countries),
  );

  return {
    patch: {
      otherPartiesInvolved: draft.partiesInvolved || null,
      otherParties,
      police,
      otherAuthoritiesNotified: draft.authoritiesNotified || null,
      otherAuthorities,
      crossBorder,
    },
    problems,
  };
};

/** The four questions of the group, each answered or not: "no" answers a list as much as a row does. */
export function othersAnswered(incident: Incident): number {
  return [
    incident.otherPartiesInvolved !== null || incident.otherParties.length > 0,
    incident.police.status !== null,
    incident.otherAuthoritiesNotified !== null || incident.otherAuthorities.length > 0,
    incident.crossBorder.status !== null,
  ].filter(Boolean).length;
}
