import { describe, expect, it } from 'vitest';
import { buildNotificationPdf, notificationContent, sectionToPlain } from '../../../shared/documents';
import type { NotificationDocumentInput } from '../../../shared/documents';
import { sampleNotification } from '../../../shared/documents/sample';
import { flatText, shippedFonts } from './pdf';

// The notification explains "not yet known" (it may be sent later, Art. 33(4)) only when it prints
// it: a complete record's notification says nothing of the kind.

const fonts = shippedFonts();
const EXPLAINED = { nb: 'Der det står «ikke kjent ennå»', en: 'Where it says “not yet known”' };

/** The sample with the few answers it leaves open given. */
function complete(lang: 'nb' | 'en'): NotificationDocumentInput {
  const sample = sampleNotification(lang);
  return {
    ...sample,
    facts: { ...sample.facts, misuseObserved: 'no' },
    authorities: {
      ...sample.authorities,
      others: { nb: 'NSM', en: 'NSM' },
      crossBorder: { nb: 'Nei', en: 'No' },
    },
  };
}

describe('the notification’s opening words', () => {
  it('explain "not yet known" when a field says it', () => {
    for (const lang of ['nb', 'en'] as const) {
      const input = sampleNotification(lang);
      expect(flatText(buildNotificationPdf(input, fonts))).toContain(EXPLAINED[lang]);
    }
  });

  it('say nothing of it when every field is known', () => {
    for (const lang of ['nb', 'en'] as const) {
      const input = complete(lang);
      const fields = notificationContent(input)
        .map((s) => sectionToPlain(s).body)
        .join('\n');
      expect(fields).not.toContain(lang === 'nb' ? 'ikke kjent ennå' : 'not yet known');
      expect(flatText(buildNotificationPdf(input, fonts))).not.toContain(EXPLAINED[lang]);
    }
  });
});
