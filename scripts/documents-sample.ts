import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildLetterPdf,
  buildLettersPrintFile,
  buildNotificationPdf,
  buildProcessorNoticePdf,
  buildPublicNoticePdf,
  buildRegisterPdf,
  buildTimelinePdf,
  letterFileName,
  notificationSections,
} from '../shared/documents';
import type { FontBytes, NotificationDocumentInput } from '../shared/documents';
import type { Lang } from '../shared/i18n/lang';
import {
  sampleFollowUp,
  sampleHalfKnownNotification,
  sampleLetterInput,
  sampleNotification,
  samplePeople,
  sampleProcessorNotice,
  samplePublicNotice,
  sampleRecord,
  sampleRegister,
  sampleTimeline,
} from '../shared/documents/sample';

// Writes every document for the built-in sample, recorded through the app's own change functions and
// mapped by shared/documents/record, so anyone can see the output without entering data. Run through
// scripts/documents-sample.mjs: npm run documents:sample -- --out DIR [--lang nb|en]

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

export async function main(argv: readonly string[], root: string): Promise<void> {
  const out = resolve(option(argv, '--out') ?? 'documents-sample');
  const lang = (option(argv, '--lang') ?? 'nb') as Lang;
  if (lang !== 'nb' && lang !== 'en') throw new Error('--lang must be nb or en');
  const fonts: FontBytes = {
    regular: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans-Bold.ttf'))),
  };
  const sample = await sampleRecord((data) => crypto.subtle.digest('SHA-256', data));
  mkdirSync(out, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string): void => {
    writeFileSync(join(out, name), bytes);
    console.log(`${join(out, name)}  ${typeof bytes === 'string' ? bytes.length : bytes.byteLength} bytes`);
  };
  const notification = (name: string, input: NotificationDocumentInput): void => {
    write(`${name}-${input.lang}.pdf`, buildNotificationPdf(input, fonts));
    const text = notificationSections(input)
      .map((s) => `## ${s.heading}\n\n${s.body}\n`)
      .join('\n');
    write(`${name}-${input.lang}-altinn.txt`, text);
  };

  for (const notice of ['nb', 'en'] as const) {
    notification('notification', sampleNotification(sample, notice));
    notification('notification-follow-up', sampleFollowUp(sample, notice));
    notification('notification-half-known', sampleHalfKnownNotification(sample, notice));
  }
  const letters = sampleLetterInput(sample);
  const people = samplePeople(sample);
  const person = people[0]!;
  write(`letter-${letterFileName(letters.incident.ref, 1, person)}`, buildLetterPdf(letters, person, fonts, { sequence: 1 }));
  write('letters-print-file.pdf', buildLettersPrintFile(letters, people, fonts));
  write('public-notice.pdf', buildPublicNoticePdf(samplePublicNotice(sample), fonts));
  write(`processor-notice-${lang}.pdf`, buildProcessorNoticePdf(sampleProcessorNotice(sample, lang), fonts));
  write(`timeline-${lang}.pdf`, buildTimelinePdf(sampleTimeline(sample, lang), fonts));
  write(`register-${lang}.pdf`, buildRegisterPdf(sampleRegister(sample, lang), fonts));
}
