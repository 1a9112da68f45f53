import type { Lang } from '../i18n/lang';
// The rule behind each reason is named in English form ("GDPR Art. 34(3)(a)", "EDPB
// Guidelines 9/2022 §IV.B"). A document in bokmål cites in Norwegian form (DOMAIN.md §3.4):
// "personvernforordningen art. 34 nr. 3 bokstav a", "EDPBs retningslinjer 9/2022 punkt IV.B".

/** "34(3)(a)" → "34 nr. 3 bokstav a"; "4(12)" → "4 nr. 12"; "9" → "9". */
function article(reference: string): string {
  const match = /^(\d+)((?:\(\w+\))*)$/.exec(reference.trim());
  if (!match) return reference.trim();
  const [number, paragraph, letter] = [match[1]!, ...[...match[2]!.matchAll(/\((\w+)\)/g)].map((m) => m[1]!)];
  return [number, paragraph ? `nr. ${paragraph}` : '', letter ? `bokstav ${letter}` : '']
    .filter(Boolean)
    .join(' ');
}

function norwegian(part: string): string {
  const gdpr = /^GDPR Art\. (.+)$/.exec(part);
  if (gdpr)
    return `personvernforordningen ${gdpr[1]!
      .split(/,\s*/)
      .map((a) => `art. ${article(a)}`)
      .join(', ')}`;
  const recital = /^GDPR Recitals? (.+)$/.exec(part);
  if (recital) return `personvernforordningen fortalepunkt ${recital[1]}`;
  const edpb = /^EDPB Guidelines (\S+) §(.+)$/.exec(part);
  if (edpb) return `EDPBs retningslinjer ${edpb[1]} punkt ${edpb[2]}`;
  const guidelines = /^EDPB Guidelines (\S+)$/.exec(part);
  if (guidelines) return `EDPBs retningslinjer ${guidelines[1]}`;
  return part;
}

/** The engine's basis for a reason, cited as a document in `lang` cites it. */
export function citation(basis: string, lang: Lang): string {
  if (lang === 'en') return basis;
  return basis
    .split(';')
    .map((part) => norwegian(part.trim()))
    .join('; ');
}
