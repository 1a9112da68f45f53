import { memo, useRef, type Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatInstant } from '../../../../shared/deadline';
import type { Lang } from '../../../../shared/i18n';
import type { RegisterRow } from '../../../../shared/register';
import { riskLabels, statusLabels } from '../../../../shared/register';
import { RouteLink } from '../../ui/RouteLink';
import { useT } from '../../services/context';
import { capitalise } from '../../documents/text';
import { useUi } from '../../state/ui';
import { RegisterDetails } from './RegisterDetails';
import { observeBoxRect, OVERSCAN_ROWS, rowMeasurer, rowsToRender, SpacerRow, usePrinting, viewHeight } from '../../ui/virtual';

// A register has thousands of incidents: only the rows in view (and a few either side) are in the
// DOM (ui/virtual). The scroll box takes focus, so the arrow keys and Page Up/Down scroll it;
// tabbing through the links scrolls too, and the rows ahead render as they come into view.

/** A first guess at a row's height; each rendered row is then measured. */
const ROW_ESTIMATE_PX = 45;
const COLUMNS = 8;
const measureRow = rowMeasurer(ROW_ESTIMATE_PX);

type T = ReturnType<typeof useT>;

/** One line: what happened, the risk, who was told when, and whether its history verifies. */
const RegisterLine = memo(function RegisterLine({
  row,
  rowIndex,
  checking,
  lang,
  timeZone,
  t,
  measure,
}: {
  row: RegisterRow;
  rowIndex: number;
  checking: boolean;
  lang: Lang;
  timeZone: string;
  t: T;
  measure: Ref<HTMLTableRowElement> | undefined;
}) {
  const when = (iso: string) => formatInstant(new Date(iso), lang, timeZone);
  const route = { name: 'incident', id: row.incidentId } as const;
  return (
    <tr ref={measure} data-index={rowIndex - 2} aria-rowindex={rowIndex} data-testid="register-row">
      <td className="ref">
        <RouteLink to={route}>
          {row.ref}
        </RouteLink>
      </td>
      <td>
        <RegisterDetails row={row} />
      </td>
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
  if (row.historyVerified === true) return <span className="ds-tag" data-color="success">{t('register.history.ok')}</span>;
  if (row.historyVerified === false) return <span className="ds-tag" data-color="danger">{t('register.history.broken')}</span>;
  return (
    <span className="ds-tag" data-color="neutral">{t(checking ? 'register.history.checking' : 'register.history.unchecked')}</span>
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
  const printing = usePrinting();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => rows[index]!.incidentId,
    initialRect: { width: 0, height: viewHeight() },
    observeElementRect: observeBoxRect,
    measureElement: measureRow,
  });
  const { indexes: shown, top, bottom } = rowsToRender(virtualizer, rows.length, printing);

  return (
    <div ref={scrollRef} className="table-scroll register-scroll" tabIndex={0} role="region" aria-label={t('register.table.label')}>
      <table className="ds-table data-table register-table" aria-labelledby="register-title" aria-rowcount={rows.length + 1}>
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
          <SpacerRow height={top} columns={COLUMNS} />
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
                measure={printing ? undefined : virtualizer.measureElement}
              />
            );
          })}
          <SpacerRow height={bottom} columns={COLUMNS} />
        </tbody>
      </table>
    </div>
  );
}
