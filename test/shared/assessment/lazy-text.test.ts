import { describe, expect, it } from 'vitest';
import { assessBreach } from '../../../shared/assessment';
import { lazyText } from '../../../shared/assessment/reasons';
import { incident } from './incident';

describe('texts put together when first read', () => {
  it('builds once, when a field is first read, and reads like a plain text everywhere', () => {
    let built = 0;
    const text = lazyText(() => {
      built++;
      return { nb: 'Høy (1 000)', en: 'High (1,000)' };
    });
    expect(built).toBe(0);
    expect(text.en).toBe('High (1,000)');
    expect(text.nb).toBe('Høy (1 000)');
    expect(built).toBe(1);
    expect(JSON.parse(JSON.stringify(text))).toEqual({ nb: 'Høy (1 000)', en: 'High (1,000)' });
    // IndexedDB stores a structured clone: the words, not the getters.
    expect(structuredClone(text)).toEqual({ nb: 'Høy (1 000)', en: 'High (1,000)' });
  });

  it('leaves an assessment stored and read back word for word the same', () => {
    const result = assessBreach(incident({ confidentiality: 'yes', recipient: 'unknown', subjectCount: 2500 }));
    const stored = structuredClone(result);
    expect(stored).toEqual(JSON.parse(JSON.stringify(result)));
    const enisa = stored.reasons.find((r) => r.code === 'enisa-severity');
    expect(enisa?.statement.nb).toMatch(/^Alvorlighetsgraden etter ENISAs metode er .+\(SE \d/);
  });
});
