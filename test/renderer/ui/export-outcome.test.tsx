import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionOutcome } from '../../../renderer/src/ui/ActionOutcome';
import { useExport } from '../../../renderer/src/ui/useExport';

// One way every screen says how an export went: what is being made, what was saved, or why not.

function Export({ job }: { job: () => Promise<string | null> }) {
  const exporting = useExport({ busy: 'Lager PDF …', failed: (message) => `Kunne ikke lagre: ${message}` });
  return (
    <>
      <button type="button" disabled={exporting.busy} onClick={() => void exporting.run(job)}>
        Eksporter
      </button>
      <ActionOutcome action={exporting} />
    </>
  );
}

describe('an export’s outcome', () => {
  it('says what is being made while it runs, then what was saved', async () => {
    let finish: (text: string) => void = () => {};
    render(<Export job={() => new Promise((resolve) => (finish = resolve))} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Eksporter' }));
    expect(screen.getByText('Lager PDF …')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Eksporter' })).toBeDisabled();
    finish('Lagret AVV-2026-001.pdf');
    expect(await screen.findByText('Lagret AVV-2026-001.pdf')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Eksporter' })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says nothing when the user cancels the save', async () => {
    render(<Export job={async () => null} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Eksporter' }));
    await screen.findByRole('button', { name: 'Eksporter' });
    expect(screen.queryByText('Lager PDF …')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('alerts with the reason when it fails', async () => {
    render(
      <Export
        job={async () => {
          throw new Error('disken er full');
        }}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Eksporter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kunne ikke lagre: disken er full');
  });
});
