import type { NoticeInput } from '../../shared/incident/notices';

// The notice recorded most often in tests and benchmarks: the first one to Datatilsynet, sent
// through Altinn, as the notice form records it. Pure, so that the benchmarks can use it too.

/** The first notice to Datatilsynet, sent through Altinn at `sentAt`. */
export function authorityNotice(sentAt: string, reference = 'AR1234567'): NoticeInput {
  return {
    recipient: 'authority',
    recipientName: 'Datatilsynet',
    phase: 'initial',
    phased: false,
    sentAt,
    channel: 'altinn',
    reference,
    subjectCount: null,
    documentName: null,
    pdfSha256: null,
    note: null,
  };
}
