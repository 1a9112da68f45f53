import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../../renderer/src/ui/fields';
import { useUi } from '../../../renderer/src/state/ui';

// The one field kit every form uses: what a screen reader hears must be what a sighted user sees.

function Title({ error, required }: { error?: string; required?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      label="Tittel"
      help="Kort, uten personopplysninger."
      error={error}
      required={required}
      value={value}
      onChange={setValue}
    />
  );
}

describe('the field kit', () => {
  it('names a text field by its label and describes it by its help', async () => {
    render(<Title />);
    const field = screen.getByLabelText('Tittel');
    expect(field).toHaveAccessibleDescription('Kort, uten personopplysninger.');
    expect(field).not.toHaveAttribute('aria-invalid');
    await userEvent.setup().type(field, 'Tapt PC');
    expect(field).toHaveValue('Tapt PC');
    // Designsystemet's field element has seen the field by now: it keeps what the kit wired, once.
    expect(field).toHaveAttribute('aria-describedby', expect.not.stringMatching(/(\S+) .*\1/));
    expect(field).toHaveAccessibleDescription('Kort, uten personopplysninger.');
  });

  it('marks a field with an error invalid and reads the error after the help', () => {
    render(<Title error="Skriv en tittel." />);
    const field = screen.getByLabelText('Tittel');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Kort, uten personopplysninger. Skriv en tittel.');
    expect(screen.getByText('Skriv en tittel.')).toBeVisible();
  });

  it('shows a required mark beside the label and tells screen readers by aria-required, not by the name', () => {
    useUi.setState({ lang: 'nb' });
    render(<Title required />);
    const field = screen.getByLabelText('Tittel');
    expect(field).toHaveAttribute('aria-required', 'true');
    expect(field).toHaveAccessibleName('Tittel');
    expect(screen.getByText('Må fylles ut')).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks required in the user’s language', () => {
    useUi.setState({ lang: 'en' });
    render(<Title required />);
    expect(screen.getByText('Required')).toBeInTheDocument();
  });

  it('keeps the id a form gives, so the form can move focus to its first error', () => {
    render(<TextAreaField id="org-address" label="Adresse" value="" onChange={() => {}} error="Mangler." />);
    const field = screen.getByLabelText('Adresse');
    expect(field).toHaveAttribute('id', 'org-address');
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveAccessibleDescription('Mangler.');
  });

  it('describes a warning without marking the field invalid', () => {
    render(<TextField label="Oppdaget" warning="Etter at dere ble kjent med det." value="" onChange={() => {}} />);
    const field = screen.getByLabelText('Oppdaget');
    expect(field).toHaveAccessibleDescription('Etter at dere ble kjent med det.');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('chooses from a select by its label', async () => {
    function Language() {
      const [value, setValue] = useState<'nb' | 'en'>('nb');
      return (
        <>
          <SelectField
            label="Språk"
            value={value}
            onChange={setValue}
            options={[
              { value: 'nb', label: 'Bokmål' },
              { value: 'en', label: 'English' },
            ]}
          />
          <output>{value}</output>
        </>
      );
    }
    render(<Language />);
    await userEvent.setup().selectOptions(screen.getByLabelText('Språk'), 'English');
    expect(screen.getByRole('status')).toHaveTextContent('en');
  });

  it('names a radio group by its question alone and describes it by its help and error', async () => {
    function Role() {
      const [value, setValue] = useState<'controller' | 'processor'>('controller');
      return (
        <RadioGroup
          legend="Rolle"
          help="Hvem bestemmer formålet?"
          error="Velg en rolle."
          name="role"
          value={value}
          onChange={setValue}
          options={[
            { value: 'controller', label: 'Behandlingsansvarlig' },
            { value: 'processor', label: 'Databehandler' },
          ]}
        />
      );
    }
    render(<Role />);
    const group = screen.getByRole('group', { name: 'Rolle' });
    expect(group).toHaveAccessibleDescription('Hvem bestemmer formålet? Velg en rolle.');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Databehandler' }));
    expect(screen.getByRole('radio', { name: 'Databehandler' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Behandlingsansvarlig' })).not.toBeChecked();
  });

  it('ticks several choices of one question, keeping their order', async () => {
    const seen: string[][] = [];
    function Kinds() {
      const [value, setValue] = useState<('health' | 'contact' | 'id')[]>([]);
      return (
        <CheckboxGroup
          legend="Opplysninger"
          value={value}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
          options={[
            { value: 'health', label: 'Helse' },
            { value: 'contact', label: 'Kontakt' },
            { value: 'id', label: 'Fødselsnummer' },
          ]}
        />
      );
    }
    render(<Kinds />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Fødselsnummer' }));
    await user.click(screen.getByRole('checkbox', { name: 'Helse' }));
    expect(seen.at(-1)).toEqual(['health', 'id']);
    expect(screen.getByRole('group', { name: 'Opplysninger' })).toBeInTheDocument();
  });
});
