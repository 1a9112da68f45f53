import { memo, useEffect, useRef, useState, type Ref } from 'react';
import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { formatInstant } from '../../../../shared/deadline';
import type { Lang } from '../../../../shared/i18n';
import type { RegisterRow } from '../../../../shared/register';
import { riskLabels, statusLabels } from '../../../../shared/register';
import { hashForRoute, type Route } from '../../state/routes';
import { useT } from '../../app/context';
import { capitalise } from '../../documents/text';
import { useUi } from '../../state/ui';

// A register has thousands of incidents: only the rows in view (and a few either side) are in the
// DOM. It stays a real table for screen readers: aria-rowcount says how many rows there are and
// each row its aria-rowindex (the header is row 1). The scroll box takes focus, so the arrow keys
// and Page Up/Down scroll it; tabbing through the links scrolls too, and the rows ahead render as
// they come into view. Printing renders every row.

/** A first guess at a row's height; each rendered row is then measured. */
const ROW_ESTIMATE_PX = 45;
const OVERSCAN_ROWS = 10;
const COLUMNS = 8;

type T = ReturnType<typeof useT>;

// Before layout (the first render) and where there is none, a box measures 0: it is then taken to
// be as tall as the window, and a row as tall as the estimate, so rows render from the first frame.
const viewHeight = () => globalThis.innerHeight || 800;
type RectObserver = typeof observeElementRect<HTMLDivElement>;
const observeRect: RectObserver = (instance, report) =>
  observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { width: rect.width, height: viewHeight() }));
const measureRow = (
  element: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
) => measureElement(element, entry, instance) || ROW_ESTIMATE_PX;

/** One line: what happened, the risk, who was told when, and whether its history verifies. */
const RegisterLine = memo(function RegisterLine({
  row,
  rowIndex,
  checking,
  lang,
  timeZone,
  t,
  navigate,
  measure,
}: {
  row: RegisterRow;
  rowIndex: number;
  checking: boolean;
  lang: Lang;
  timeZone: string;
  t: T;
  navigate: (route: Route) => void;
  measure: Ref<HTMLTableRowElement> | undefined;
}) {
  const when = (iso: string) => formatInstant(new Date(iso), lang, timeZone);
  const route = { name: 'incident', id: row.incidentId } as const;
  return (
    <tr ref={measure} data-index={rowIndex - 2} aria-rowindex={rowIndex} data-testid="register-row">
      <td className="ref">
        <a
          href={hashForRoute(route)}
          onClick={(e) => {
            e.preventDefault();
            navigate(route);
          }}
        >
          {row.ref}
        </a>
      </td>
      <td>{row.title}</td>
      <td>{when(row.awareAt)}</td>
      <td>{capitalise(statusLabels[row.status][lang])}</td>
      <td>{capitalise(riskLabels[row.risk][lang])}</td>
      <td>{authorityText(row, t, when)}</td>
      <td>{subjectsText(row, t, when)}</td>
      <td>{history(row, t, checking)}</td>
    </tr>
  );
});

function authorityText(row: RegisterRow, t: T, when: (iso: string) => string): string {
  if (row.role === 'processor') {
    return row.controller.firstSentAt
      ? t('register.controller.sent', { date: when(row.controller.firstSentAt) })
      : t('register.authority.notDuty');
  }
  if (row.authority.firstSentAt)
    return t(row.authority.late ? 'register.authority.late' : 'register.authority.sent', {
      date: when(row.authority.firstSentAt),
    });
  return t(row.authority.decided === false ? 'register.authority.decidedNot' : 'register.authority.notSent');
}

function subjectsText(row: RegisterRow, t: T, when: (iso: string) => string): string {
  if (row.subjects.firstSentAt) return t('register.subjects.sent', { date: when(row.subjects.firstSentAt) });
  return t(row.subjects.decided === false ? 'register.subjects.decidedNot' : 'register.subjects.notSent');
}

function history(row: RegisterRow, t: T, checking: boolean) {
  if (row.historyVerified === true) return <span className="tag tag--ok">{t('register.history.ok')}</span>;
  if (row.historyVerified === false) return <span className="tag tag--bad">{t('register.history.broken')}</span>;
  return (
    <span className="tag tag--muted">{t(checking ? 'register.history.checking' : 'register.history.unchecked')}</span>
  );
}

/** True between the browser's beforeprint and afterprint: a printed register has every row. */
function usePrinting(): boolean {
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
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  // Set through the CSSOM (React's style prop), which the CSP's style-src does not govern.
  return (
    <tr aria-hidden="true" className="register-spacer">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );
}

export function RegisterTable({
  rows,
  timeZone,
  checking,
}: {
  rows: readonly RegisterRow[];
  timeZone: string;
  checking: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const navigate = useUi((s) => s.navigate);
  const printing = usePrinting();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => rows[index]!.incidentId,
    initialRect: { width: 0, height: viewHeight() },
    observeElementRect: observeRect,
    measureElement: measureRow,
  });
  const items = virtualizer.getVirtualItems();
  const shown = printing ? rows.map((_, index) => index) : items.map((item) => item.index);
  const top = printing ? 0 : (items[0]?.start ?? 0);
  const bottom = printing ? 0 : virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scrollRef} className="table-scroll register-scroll" tabIndex={0} role="region" aria-label={t('register.table.label')}>
      <table className="data-table register-table" aria-labelledby="register-title" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="col-ref" />
          <col />
          <col className="col-when" />
          <col className="col-status" />
          <col className="col-risk" />
          <col className="col-notice" />
          <col className="col-notice" />
          <col className="col-history" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('register.col.ref')}</th>
            <th scope="col">{t('register.col.title')}</th>
            <th scope="col">{t('register.col.aware')}</th>
            <th scope="col">{t('register.col.status')}</th>
            <th scope="col">{t('register.col.risk')}</th>
            <th scope="col">{t('register.col.authority')}</th>
            <th scope="col">{t('register.col.subjects')}</th>
            <th scope="col">{t('register.col.history')}</th>
          </tr>
        </thead>
        <tbody>
          <Spacer height={top} />
          {shown.map((index) => {
            const row = rows[index]!;
            return (
              <RegisterLine
                key={row.incidentId}
                row={row}
                rowIndex={index + 2}
                checking={checking}
                lang={lang}
                timeZone={timeZone}
                t={t}
                navigate={navigate}
                measure={printing ? undefined : virtualizer.measureElement}
              />
            );
          })}
          <Spacer height={bottom} />
        </tbody>
      </table>
    </div>
  );
}
