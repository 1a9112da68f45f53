import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { RegisterTable } from '../../../renderer/src/features/register/RegisterTable';
import type { NoticeSummary, RegisterRow } from '../../../shared/register';
import { renderScreen, screenServices } from './render';

// The register's table at the size of a real organisation: only the rows in view are in the DOM,
// and it still reads as one table of every incident. jsdom lays nothing out, so the scroll box
// counts as tall as the window (768 px) and every row as tall as the table's estimate.

const NONE: NoticeSummary = {
  decided: null,
  firstSentAt: null,
  lastSentAt: null,
  awaitingFollowUp: false,
  count: 0,
  references: [],
  late: null,
};

/** `count` incidents, one a day back from 2026, newest first as the register orders them. */
function rows(count: number): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => ({
    incidentId: `inc-${i}`,
    ref: `AVV-2026-${String(i + 1).padStart(4, '0')}`,
    title: `Hendelse nummer ${i + 1}`,
    status: 'closed',
    role: 'controller',
    occurredFrom: null,
    occurredTo: null,
    discoveredAt: null,
    awareAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
    closedAt: null,
    breach: { confidentiality: 'yes', integrity: 'no', availability: 'no' },
    categories: [],
    subjectCount: null,
    risk: 'none',
    authority: NONE,
    controller: NONE,
    subjects: { ...NONE, peopleTold: null, exception: null },
    publicNotice: NONE,
    description: { nb: `Hva som skjedde i hendelse ${i + 1}.`, en: '' },
    consequences: { nb: '', en: '' },
    remedialActions: [],
    reasonNotNotified: null,
    delayReason: null,
    historyVerified: true,
  }));
}

function showTable(all: RegisterRow[]) {
  renderScreen(
    screenServices(new Date('2026-01-02T00:00:00Z')),
    <>
      <h1 id="register-title">Avviksprotokoll</h1>
      <RegisterTable rows={all} timeZone="Europe/Oslo" checking={false} />
    </>,
  );
}

const shownIndexes = () =>
  screen.getAllByTestId('register-row').map((row) => Number(row.getAttribute('aria-rowindex')));

describe('the register table with ten thousand incidents', () => {
  it('puts only the rows in view in the DOM, and tells screen readers how many there are', () => {
    showTable(rows(10_000));
    const table = screen.getByRole('table', { name: 'Avviksprotokoll' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(within(table).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    const shown = shownIndexes();
    expect(shown[0]).toBe(2);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(60);
    // Consecutive rows, numbered as in the whole register (the header is row 1).
    expect(shown).toEqual(shown.map((_, i) => i + 2));
    expect(screen.getByText('Hendelse nummer 1')).toBeInTheDocument();
    expect(screen.queryByText('Hendelse nummer 5000')).not.toBeInTheDocument();
  });

  it('renders the rows further down as the box scrolls, and lets go of those left behind', () => {
    showTable(rows(10_000));
    const box = screen.getByRole('region', { name: 'Hendelsene i protokollen' });
    act(() => {
      box.scrollTop = 45 * 5000;
      fireEvent.scroll(box);
    });
    const shown = shownIndexes();
    expect(shown).toContain(5002);
    expect(shown).not.toContain(2);
    expect(shown.length).toBeLessThan(60);
    const row = screen.getAllByTestId('register-row').find((r) => r.getAttribute('aria-rowindex') === '5002')!;
    expect(within(row).getByRole('link', { name: 'AVV-2026-5001' })).toHaveAttribute('href', '#/incident/inc-5000');
  });

  it('can be scrolled from the keyboard: the box takes focus', () => {
    showTable(rows(500));
    const box = screen.getByRole('region', { name: 'Hendelsene i protokollen' });
    expect(box).toHaveAttribute('tabindex', '0');
    box.focus();
    expect(box).toHaveFocus();
  });

  it('prints every row, and goes back to the rows in view afterwards', () => {
    showTable(rows(300));
    expect(screen.getAllByTestId('register-row').length).toBeLessThan(60);
    act(() => {
      dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByTestId('register-row')).toHaveLength(300);
    act(() => {
      dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getAllByTestId('register-row').length).toBeLessThan(60);
  });
});
