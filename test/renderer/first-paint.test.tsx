import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { App } from '../../renderer/src/app/App';
import { ServicesProvider } from '../../renderer/src/services/context';
import { useUi } from '../../renderer/src/state/ui';
import { makeServices } from './harness';

// The page draws the frame's header itself before the code has loaded (renderer/index.html): it must
// be the frame's own header, in both languages, and go when the frame first renders.

const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
const drawn = new DOMParser().parseFromString(html, 'text/html').getElementById('root')!;

/** The classes from an element up to (not including) `top`. */
function classPath(element: Element, top: Element): string[] {
  const path: string[] = [];
  for (let at: Element | null = element; at && at !== top; at = at.parentElement) path.push(`${at.tagName.toLowerCase()}.${at.className}`);
  return path;
}

describe('the header the page draws before its code', () => {
  it.each(['nb', 'en'] as const)('is the frame header with its name in %s, and the frame replaces it', async (lang) => {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = drawn.innerHTML;
    const early = container.querySelector('.brand-name')!;
    const earlyPath = classPath(early, container);
    const earlyName = early.textContent;

    useUi.setState({ lang, route: { name: 'dashboard' }, flash: null });
    render(
      <ServicesProvider services={makeServices(new Date('2026-11-25T09:00:00Z'))}>
        <App />
      </ServicesProvider>,
      { container },
    );
    const names = container.querySelectorAll('.brand-name');
    expect(names).toHaveLength(1);
    expect(names[0]).not.toBe(early);
    expect(names[0]!.textContent).toBe(earlyName);
    expect(classPath(names[0]!, container)).toEqual(earlyPath);
    expect(container.querySelectorAll('header')).toHaveLength(1);
  });
});
