// The dashboard's words, and the labels of risk and of what is still to do (also used by the
// incident screen).

export const nb = {
  'dashboard.col.risk': 'Risiko',
  'dashboard.col.todo': 'Gjenstår',
  'dashboard.col.dutyDeadline': 'Frist',
  'dashboard.deadline.authority': 'Til Datatilsynet',
  'dashboard.deadline.controller': 'Til behandlingsansvarlig',
  'dashboard.overdueCount': '{count} hendelser har passert fristen.',
  'dashboard.overdueOne': '1 hendelse har passert fristen.',

  'dashboard.deadline.notRequired': 'Ingen melding nødvendig',

  'dashboard.risk.unassessed': 'ikke vurdert',
  'dashboard.risk.none': 'lite sannsynlig risiko',
  'dashboard.risk.risk': 'risiko',
  'dashboard.risk.high': 'høy risiko',
  'dashboard.risk.stale': 'fakta endret siden vurderingen',

  'dashboard.todo.assess': 'Vurder risikoen',
  'dashboard.todo.reassess': 'Vurder på nytt (fakta er endret)',
  'dashboard.todo.decide': 'Ta beslutning om melding',
  'dashboard.todo.redecide': 'Ta ny beslutning (vurderingen er endret)',
  'dashboard.todo.notify-authority': 'Meld til Datatilsynet',
  'dashboard.todo.complete-authority-notification': 'Send endelig melding til Datatilsynet',
  'dashboard.todo.notify-subjects': 'Underrett de registrerte',
  'dashboard.todo.notify-controller': 'Varsle den behandlingsansvarlige',
  'dashboard.todo.notify-public': 'Underrett allmennheten (offentlig kunngjøring)',
  'dashboard.todo.explain-delay': 'Oppgi årsaken til at meldingen kom etter fristen',
  'dashboard.todo.close': 'Lukk hendelsen',
  'dashboard.todo.label': 'Gjenstår for {ref}',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'dashboard.col.risk': 'Risk',
  'dashboard.col.todo': 'Still to do',
  'dashboard.col.dutyDeadline': 'Deadline',
  'dashboard.deadline.authority': 'To Datatilsynet',
  'dashboard.deadline.controller': 'To the controller',
  'dashboard.overdueCount': '{count} incidents are past their deadline.',
  'dashboard.overdueOne': '1 incident is past its deadline.',

  'dashboard.deadline.notRequired': 'No notification needed',

  'dashboard.risk.unassessed': 'not assessed',
  'dashboard.risk.none': 'unlikely to result in a risk',
  'dashboard.risk.risk': 'risk',
  'dashboard.risk.high': 'high risk',
  'dashboard.risk.stale': 'facts changed since the assessment',

  'dashboard.todo.assess': 'Assess the risk',
  'dashboard.todo.reassess': 'Assess again (facts changed)',
  'dashboard.todo.decide': 'Decide on notification',
  'dashboard.todo.redecide': 'Decide again (the assessment changed)',
  'dashboard.todo.notify-authority': 'Notify Datatilsynet',
  'dashboard.todo.complete-authority-notification': 'Send the final notice to Datatilsynet',
  'dashboard.todo.notify-subjects': 'Inform the data subjects',
  'dashboard.todo.notify-controller': 'Tell the controller',
  'dashboard.todo.notify-public': 'Inform the public (public communication)',
  'dashboard.todo.explain-delay': 'Give the reasons the notice came after the deadline',
  'dashboard.todo.close': 'Close the incident',
  'dashboard.todo.label': 'Still to do for {ref}',
};
