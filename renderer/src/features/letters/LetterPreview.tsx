import { Button } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import {
  buildLetterPdf,
  letterContent,
  letterReference,
  type LetterDocumentInput,
} from '../../../../shared/documents';
import type { Incident } from '../../../../shared/incident/model';
import type { Subject } from '../../../../shared/incident/subjects';
import { useServices, useT } from '../../services/context';
import { documentFileName, exportDocument } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { affectedPerson } from '../../../../shared/documents/record/letters';
import { useWriteContext } from '../../documents/useSettings';
import { Blocks } from '../../ui/SectionsPreview';
import { SelectField } from '../../ui/fields';

const CHOICES = 500;

/** One person's letter as they will read it, in their language; it can be saved on its own. */
export function LetterPreview({
  incident,
  subjects,
  input,
}: {
  incident: Incident;
  subjects: readonly Subject[];
  input: LetterDocumentInput;
}) {
  const t = useT();
  const id = useId();
  const { db } = useServices();
  const writeContext = useWriteContext();
  const [chosen, setChosen] = useState<string>(subjects[0]?.id ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const index = Math.max(
    0,
    subjects.findIndex((s) => s.id === chosen),
  );
  const subject = subjects[index];
  if (!subject) return null;
  const person = affectedPerson(subject);
  // A letter in both languages is previewed in bokmål, its first half; the PDF holds both.
  const previewLang = subject.language === 'en' ? 'en' : 'nb';
  const content = letterContent(input, person, previewLang);

  async function save() {
    try {
      const bytes = buildLetterPdf(input, person, await loadFonts(), { sequence: index + 1 });
      // The file and the timeline carry the letter's number, never the person's name (the
      // timeline keeps no personal data, so erasing a person never rewrites history).
      const name = documentFileName(
        letterReference(incident.ref, index + 1).replace('/', '-'),
        person.language === 'en' ? 'letter' : 'brev',
      );
      const result = await exportDocument(
        db,
        { name, bytes, mimeType: 'application/pdf', incident: { id: incident.id, documentKind: 'letter' } },
        writeContext(),
      );
      if (result.ok) setMessage({ ok: true, text: t('letters.preview.saved', { name }) });
      else if (!result.cancelled)
        setMessage({ ok: false, text: t('letters.export.failed', { message: result.message }) });
    } catch (caught) {
      setMessage({
        ok: false,
        text: t('letters.export.failed', {
          message: caught instanceof Error ? caught.message : String(caught),
        }),
      });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('letters.preview.title')}</h2>
      <div className="no-print">
        <SelectField
          id={`${id}-person`}
          label={t('letters.preview.person')}
          value={subject.id}
          options={subjects.slice(0, CHOICES).map((s) => ({ value: s.id, label: s.name }))}
          onChange={setChosen}
        />
      </div>
      <article
        className="doc-preview letter-preview"
        lang={previewLang}
        aria-labelledby={`${id}-subject`}
        data-testid="letter-preview"
      >
        <p className="letter-recipient">{[person.name, person.address].filter(Boolean).join('\n')}</p>
        <h3 id={`${id}-subject`}>{content.subject}</h3>
        <p>{content.greeting}</p>
        <p>{content.intro}</p>
        {content.sections.map((section, i) => (
          <section key={i}>
            <h4>{section.heading}</h4>
            <Blocks blocks={section.blocks} />
          </section>
        ))}
        <p>{content.closing.join('\n')}</p>
        <p className="help">{content.legal}</p>
      </article>
      <div className="actions no-print">
        <Button variant="secondary" onClick={save}>
          {t('letters.preview.save')}
        </Button>
      </div>
      <div role="status">{message?.ok && <p className="ds-alert notice" data-color="success">{message.text}</p>}</div>
      {message && !message.ok && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {message.text}
        </p>
      )}
    </section>
  );
}
