import { field, subheading } from '../sections';
import { NOTIFICATION, type NotificationText } from '../text/notification';
import type { Block, NotificationDocumentInput, Section } from '../types';
import { printed, type RecordKey } from './values';

// «Beskrivelse av avviket»: Datatilsynet's nine sub-points, in its order, each carrying the EDPB
// template fields that belong to it (timeline, C/I/A, cause, categories and numbers, measures in
// place).

export const DESCRIPTION_POINTS: readonly [keyof NotificationText['points'], readonly RecordKey[]][] = [
  ['cause', ['cause', 'malicious', 'mainCause']],
  ['period', ['occurredFrom', 'occurredTo']],
  ['discovered', ['discoveredAt', 'detectionMethod', 'awareAt']],
  ['count', ['subjectCount', 'recordCount']],
  ['what', ['incidentTypes', 'description', 'confidentiality', 'integrity', 'availability', 'outageHours']],
  ['how', ['howItHappened', 'systems']],
  ['data', ['personalData', 'dataCategories']],
  ['relationship', ['relationship', 'subjectCategories', 'vulnerableSubjects']],
  ['whereNow', ['dataLocation', 'recipient', 'dataRecovered', 'misuseObserved']],
  ['inPlace', ['protection', 'measuresInPlace']],
];

/** The fields of some record keys, each label once (two keys may print one field). */
export function fieldsOf(input: NotificationDocumentInput, keys: readonly RecordKey[]): Block[] {
  const seen = new Set<string>();
  return keys
    .flatMap((key) => printed(input, key))
    .filter((p) => !seen.has(p.label) && seen.add(p.label))
    .map((p) => field(p.label, p.value));
}

export function descriptionSection(input: NotificationDocumentInput): Section {
  const t = NOTIFICATION[input.lang];
  const blocks: Block[] = DESCRIPTION_POINTS.flatMap(([point, keys]) => [subheading(t.points[point]), ...fieldsOf(input, keys)]);
  return { heading: t.headings.description, blocks };
}
