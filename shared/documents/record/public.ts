import type { Incident } from '../../incident/model';
import type { Notification } from '../../incident/notifications';
import type { Settings } from '../../incident/settings';
import type { PublicNoticeDocumentInput } from '../types';
import { freeText } from './incident';
import { letterInput } from './letters';

// Art. 34(3)(c): the public notice from the record: what the letters would say (the plain-language
// account the user wrote for the people affected), and who is affected, in bokmål and English.

export function publicNoticeInput(
  incident: Incident,
  settings: Settings | undefined,
  notifications: readonly Notification[],
  moment: { timeZone: string; now: Date },
): PublicNoticeDocumentInput {
  return {
    ...letterInput(incident, settings, notifications, moment),
    affected: {
      categories: incident.subjectCategories,
      relationship: freeText(incident.relationship),
      count: incident.facts.subjectCount,
      precision: incident.subjectCountPrecision,
    },
    languages: ['nb', 'en'],
  };
}
