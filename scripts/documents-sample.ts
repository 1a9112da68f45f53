import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildLetterPdf,
  buildLettersPrintFile,
  buildNotificationPdf,
  buildProcessorNoticePdf,
  buildRegisterPdf,
  buildTimelinePdf,
  letterFileName,
  notificationSections,
} from '../shared/documents';
import type { FontBytes, Lang } from '../shared/documents';
import {
  sampleLetterInput,
  sampleNotification,
  samplePeople,
  sampleProcessorNotice,
  sampleRegister,
  sampleTimeline,
} from '../shared/documents/sample';

// Writes every document for the built-in sample incident, so anyone can see the output without
// entering data. Run through scripts/documents-sample.mjs: npm run documents:sample -- --out DIR

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

export function main(argv: readonly string[], root: string): void {
  const out = resolve(option(argv, '--out') ?? 'documents-sample');
  const lang = (option(argv, '--lang') ?? 'nb') as Lang;
  if (lang !== 'nb' && lang !== 'en') throw new Error('--lang must be nb or en');
  const fonts: FontBytes = {
    regular: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans-Bold.ttf'))),
  };
  mkdirSync(out, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string): void => {
    writeFileSync(join(out, name), bytes);
    console.log(`${join(out, name)}  ${typeof bytes === 'string' ? bytes.length : bytes.byteLength} bytes`);
  };

  for (const notice of ['nb', 'en'] as const) {
    write(`notification-${notice}.pdf`, buildNotificationPdf(sampleNotification(notice), fonts));
    const text = notificationSections(sampleNotification(notice))
      .map((s) => `## ${s.heading}\n\n${s.body}\n`)
      .join('\n');
    write(`notification-${notice}-altinn.txt`, text);
  }
  const person = samplePeople[0]!;
  write(
    `letter-${letterFileName(sampleLetterInput.incident.ref, 1, person)}`,
    buildLetterPdf(sampleLetterInput, person, fonts, { sequence: 1 }),
  );
  write('letters-print-file.pdf', buildLettersPrintFile(sampleLetterInput, samplePeople, fonts));
  write(`processor-notice-${lang}.pdf`, buildProcessorNoticePdf(sampleProcessorNotice(lang), fonts));
  write(`timeline-${lang}.pdf`, buildTimelinePdf(sampleTimeline(lang), fonts));
  write(`register-${lang}.pdf`, buildRegisterPdf(sampleRegister(lang), fonts));
}
