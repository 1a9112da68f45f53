// The evidence bundle of one incident: for an auditor or Datatilsynet, importable elsewhere.

export const nb = {
  'evidence.export': 'Lagre bevispakke',
  'evidence.exporting': 'Lager bevispakken …',
  'evidence.exported': 'Bevispakken {name} er lagret (SHA-256 {sha}). Eksporten er ført i hendelsens historikk.',
  'evidence.exportFailed': 'Bevispakken ble ikke lagret: {message}',
  'evidence.import': 'Importer bevispakke',
  'evidence.import.help':
    'En bevispakke fra en annen maskin kontrolleres i sin helhet (hasher og kjede) før noe lagres.',
  'evidence.importing': 'Kontrollerer bevispakken …',
  'evidence.imported': 'Bevispakken {name} er kontrollert og importert: {incidents} hendelse(r), {events} hendelser i historikken, {documents} PDF-er med riktig hash.',
  'evidence.refused': 'Bevispakken {name} ble avvist, og ingenting er endret: {message}',
  'evidence.notText': '{name} er ikke en tekstfil (UTF-8). Ingenting er endret.',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'evidence.export': 'Save evidence bundle',
  'evidence.exporting': 'Making the evidence bundle …',
  'evidence.exported': 'Evidence bundle {name} saved (SHA-256 {sha}). The export is recorded in the incident’s history.',
  'evidence.exportFailed': 'The evidence bundle was not saved: {message}',
  'evidence.import': 'Import evidence bundle',
  'evidence.import.help':
    'An evidence bundle from another machine is checked whole (hashes and chain) before anything is saved.',
  'evidence.importing': 'Checking the evidence bundle …',
  'evidence.imported': 'Evidence bundle {name} checked and imported: {incidents} incident(s), {events} timeline events, {documents} PDFs with matching hashes.',
  'evidence.refused': 'Evidence bundle {name} was refused and nothing was changed: {message}',
  'evidence.notText': '{name} is not a text file (UTF-8). Nothing was changed.',
};
