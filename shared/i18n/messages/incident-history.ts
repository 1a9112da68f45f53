// The incident's own history on the incident screen: whether its hash chain verifies (Art. 33(5):
// a record Datatilsynet can rely on) and each event in words.

export const nb = {
  'incident.history.title': 'Historikk',
  'incident.history.checking': 'Kontrollerer historikken …',
  'incident.history.ok':
    'Historikken er uendret: {events} hendelser er kontrollert, og kjeden av kontrollsummer stemmer.',
  'incident.history.broken':
    'Historikken stemmer ikke: {problem} ved hendelse nr. {seq}. Noe er endret eller slettet etter at det ble registrert.',
  'incident.history.recordBroken':
    'Historikken stemmer ikke: {problem} ({fields}). Noe er endret utenom historikken, og det kan ikke stoles på.',
  'incident.history.problem.altered': 'innholdet er endret',
  'incident.history.problem.broken-link': 'rekkefølgen er brutt',
  'incident.history.problem.missing': 'en hendelse mangler',
  'incident.history.problem.duplicate': 'to hendelser har samme plass',
  'incident.history.problem.truncated': 'de siste hendelsene mangler',
  'incident.history.problem.inconsistent': 'hendelsene henger ikke sammen',
  'incident.history.problem.record-differs': 'det lagrede stemmer ikke med historikken',
  'incident.history.empty': 'Ingen hendelser.',
  'incident.history.by': 'av {actor}',

  'incident.event.incident-created': 'Hendelsen ble registrert som {ref}.',
  'incident.event.details-changed': 'Opplysninger endret: {fields}.',
  'incident.event.facts-changed': 'Fakta endret: {fields}.',
  'incident.event.assessed': 'Vurdering registrert: {risk}.',
  'incident.event.decision-recorded':
    'Beslutning registrert: melde Datatilsynet: {authority}; underrette de registrerte: {subjects}.',
  'incident.event.decision-recorded.processor':
    'Beslutning registrert: varsle den behandlingsansvarlige: {controller}.',
  'incident.event.delay-explained': 'Årsak til forsinket melding oppgitt.',
  'incident.event.measure-recorded': 'Tiltak registrert ({kind}).',
  'incident.event.authority-notified': 'Meldt til Datatilsynet: {phase}, referanse {reference}.',
  'incident.event.controller-notified': 'Den behandlingsansvarlige er varslet: {phase}.',
  'incident.event.subjects-notified': 'De registrerte er underrettet: {phase}.',
  'incident.event.public-notified': 'Offentlig kunngjøring publisert: {reference}.',
  'incident.event.notice-corrected': 'En registrert melding ble rettet.',
  'incident.event.notice-retracted': 'En feilregistrert melding ble trukket tilbake.',
  'incident.event.measure-changed': 'Tiltak endret.',
  'incident.event.measure-done': 'Tiltak gjennomført.',
  'incident.event.attachment-added': 'Vedlegg lagt til: {name}.',
  'incident.event.attachment-removed': 'Vedlegg fjernet.',
  'incident.event.record-migrated': 'Journalen ble oppgradert; tilstanden ble lagret i historikken.',
  'incident.event.settings-changed': 'Innstillingene ble endret.',
  'incident.event.status-changed': 'Status endret fra «{from}» til «{to}».',
  'incident.event.closed': 'Hendelsen ble lukket.',
  'incident.event.reopened': 'Hendelsen ble gjenåpnet.',
  'incident.event.subjects-imported': '{count} berørte personer importert.',
  'incident.event.subjects-erased': 'Opplysningene om {count} personer er slettet.',
  'incident.event.document-exported': 'Dokument eksportert: {name}.',

} as const;

export const en: Record<keyof typeof nb, string> = {
  'incident.history.title': 'History',
  'incident.history.checking': 'Checking the history …',
  'incident.history.ok':
    'The history is unchanged: {events} events checked, and the chain of checksums holds.',
  'incident.history.broken':
    'The history does not verify: {problem} at event no. {seq}. Something was changed or deleted after it was recorded.',
  'incident.history.recordBroken':
    'The history does not verify: {problem} ({fields}). Something was changed outside the history and cannot be trusted.',
  'incident.history.problem.altered': 'its content was changed',
  'incident.history.problem.broken-link': 'the order is broken',
  'incident.history.problem.missing': 'an event is missing',
  'incident.history.problem.duplicate': 'two events claim the same place',
  'incident.history.problem.truncated': 'the latest events are missing',
  'incident.history.problem.inconsistent': 'the events do not hold together',
  'incident.history.problem.record-differs': 'what is stored differs from the history',
  'incident.history.empty': 'No events.',
  'incident.history.by': 'by {actor}',

  'incident.event.incident-created': 'The incident was recorded as {ref}.',
  'incident.event.details-changed': 'Details changed: {fields}.',
  'incident.event.facts-changed': 'Facts changed: {fields}.',
  'incident.event.assessed': 'Assessment recorded: {risk}.',
  'incident.event.decision-recorded':
    'Decision recorded: notify Datatilsynet: {authority}; inform the data subjects: {subjects}.',
  'incident.event.decision-recorded.processor': 'Decision recorded: tell the controller: {controller}.',
  'incident.event.delay-explained': 'Reasons for the late notification given.',
  'incident.event.measure-recorded': 'Measure recorded ({kind}).',
  'incident.event.authority-notified': 'Notified to Datatilsynet: {phase}, reference {reference}.',
  'incident.event.controller-notified': 'The controller was told: {phase}.',
  'incident.event.subjects-notified': 'The data subjects were informed: {phase}.',
  'incident.event.public-notified': 'Public communication published: {reference}.',
  'incident.event.notice-corrected': 'A recorded notice was corrected.',
  'incident.event.notice-retracted': 'A notice recorded by mistake was withdrawn.',
  'incident.event.measure-changed': 'Measure changed.',
  'incident.event.measure-done': 'Measure done.',
  'incident.event.attachment-added': 'Attachment added: {name}.',
  'incident.event.attachment-removed': 'Attachment removed.',
  'incident.event.record-migrated': 'The record was upgraded; its state was kept in the history.',
  'incident.event.settings-changed': 'The settings were changed.',
  'incident.event.status-changed': 'Status changed from "{from}" to "{to}".',
  'incident.event.closed': 'The incident was closed.',
  'incident.event.reopened': 'The incident was reopened.',
  'incident.event.subjects-imported': '{count} affected people imported.',
  'incident.event.subjects-erased': 'The data of {count} people erased.',
  'incident.event.document-exported': 'Document exported: {name}.',

};
