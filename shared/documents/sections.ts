import { withColon } from './text/labels';
import type { PdfWriter } from './pdf/writer';
import type { Block, PlainSection, Section } from './types';

// One content model, two renderings: plain text for copying into a form field, and the PDF. What
// the DPO pastes into Altinn is, word for word, what the PDF shows.

export function blockToText(block: Block): string {
  switch (block.kind) {
    case 'field':
      return block.value.includes('\n')
        ? `${withColon(block.label)}\n${block.value}`
        : `${withColon(block.label)} ${block.value}`;
    case 'paragraph':
      return block.text;
    case 'subheading':
      return `\n${block.text}`;
    case 'bullets':
      return block.items.map((item) => `- ${item}`).join('\n');
  }
}

export function sectionToPlain(section: Section): PlainSection {
  return { heading: section.heading, body: section.blocks.map(blockToText).join('\n').trim() };
}

export function renderBlocks(writer: PdfWriter, blocks: readonly Block[]): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'field':
        writer.field(block.label, block.value);
        break;
      case 'paragraph':
        writer.paragraph(block.text);
        break;
      case 'subheading':
        writer.space(3);
        writer.subheading(block.text);
        break;
      case 'bullets':
        writer.bullets(block.items);
        break;
    }
  }
}

export function renderSections(writer: PdfWriter, sections: readonly Section[]): void {
  for (const section of sections) {
    writer.heading(section.heading);
    renderBlocks(writer, section.blocks);
  }
}

export const field = (label: string, value: string): Block => ({ kind: 'field', label, value });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const subheading = (text: string): Block => ({ kind: 'subheading', text });
export const bullets = (items: string[]): Block => ({ kind: 'bullets', items });
