import { useEffect, useState } from 'react';
import { measureElement, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

// What the app's virtualised tables share (the dashboard scrolls with the page, the register in a
// box of its own): only the rows in view are in the DOM, spacer rows keep the scroll bar honest,
// and printing renders every row. Each stays a real table: aria-rowcount on the table, aria-rowindex
// on each row (the header is row 1).

/** The rows before and after those in view. */
export const OVERSCAN_ROWS = 10;

/**
 * The rows rendered beyond those in view: a couple in the first render, which a screen's start
 * waits for (each row is a dozen elements and a to-do list), then OVERSCAN_ROWS once it has been
 * painted, for smooth scrolling.
 */
export function useOverscan(): number {
  const [overscan, setOverscan] = useState(2);
  useEffect(() => {
    const timer = setTimeout(() => setOverscan(OVERSCAN_ROWS));
    return () => clearTimeout(timer);
  }, []);
  return overscan;
}

// Before layout (the first render) and where there is none, an element measures 0: a box is then
// taken to be as tall as the window, and a row as tall as the estimate, so rows render at once.
export const viewHeight = () => globalThis.innerHeight || 800;

export function observeBoxRect<S extends Element>(
  instance: Virtualizer<S, HTMLTableRowElement>,
  report: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { width: rect.width, height: viewHeight() }));
}

/** Measures a rendered row; one that measures 0 (not laid out) counts as `estimate`. */
export function rowMeasurer(estimate: number) {
  return <S extends Element | Window>(
    element: HTMLTableRowElement,
    entry: ResizeObserverEntry | undefined,
    instance: Virtualizer<S, HTMLTableRowElement>,
  ) => measureElement(element, entry, instance) || estimate;
}

/** True between the browser's beforeprint and afterprint: a printed table has every row. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** Fills the height of the rows not rendered, so the scroll bar tells the truth. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  // Set through the CSSOM (React's style prop), which the CSP's style-src does not govern.
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

/** The rows to render now: those the virtualiser has in view, or all of them for print. */
export function rowsToRender<S extends Element | Window>(
  virtualizer: Virtualizer<S, HTMLTableRowElement>,
  count: number,
  printing: boolean,
): { indexes: number[]; top: number; bottom: number } {
  if (printing) return { indexes: Array.from({ length: count }, (_, i) => i), top: 0, bottom: 0 };
  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const top = (items[0]?.start ?? margin) - margin;
  const bottom = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? margin) - margin);
  return { indexes: items.map((item) => item.index), top, bottom };
}
