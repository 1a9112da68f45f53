import type { Block, PlainSection, Section } from '../../../shared/documents';
import { CopyControls } from './CopySections';
import type { Lang } from '../../../shared/i18n/lang';

// A document's sections as HTML: the same content model the PDF is drawn from, so the preview
// says word for word what the PDF says. (A PDF in an <iframe> would need frame-src blob: and the
// PDF viewer plugin; the CSP allows neither, and should not.)

type Group =
  { kind: 'fields'; items: Extract<Block, { kind: 'field' }>[] } | Exclude<Block, { kind: 'field' }>;

function grouped(blocks: readonly Block[]): Group[] {
  const out: Group[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'field') {
      if (last?.kind === 'fields') last.items.push(block);
      else out.push({ kind: 'fields', items: [block] });
    } else out.push(block);
  }
  return out;
}

/** A section's blocks: fields as a description list, paragraphs, subheadings and bullets. */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {grouped(blocks).map((group, j) => {
        switch (group.kind) {
          case 'fields':
            return (
              <dl key={j}>
                {group.items.map((field, k) => (
                  <div key={k} className="dl-row">
                    <dt>{field.label}</dt>
                    <dd>{field.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'paragraph':
            return <p key={j}>{group.text}</p>;
          case 'subheading':
            return <h4 key={j}>{group.text}</h4>;
          case 'bullets':
            return (
              <ul key={j}>
                {group.items.map((item, k) => (
                  <li key={k}>{item}</li>
                ))}
              </ul>
            );
        }
      })}
    </>
  );
}

/** The document section by section; with `plain`, each section has its copy-to-Altinn controls. */
export function SectionsPreview({
  sections,
  plain,
  lang,
  label,
}: {
  sections: readonly Section[];
  plain?: readonly PlainSection[];
  lang: Lang;
  label: string;
}) {
  return (
    <article className="doc-preview" lang={lang} aria-label={label} data-testid="document-preview">
      {sections.map((section, i) => (
        <section key={i} className="doc-section">
          <h3>{section.heading}</h3>
          {plain?.[i] && <CopyControls section={plain[i]} lang={lang} />}
          <Blocks blocks={section.blocks} />
        </section>
      ))}
    </article>
  );
}
