import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouteLink } from '../../../renderer/src/ui/RouteLink';
import { useUi } from '../../../renderer/src/state/ui';

describe('a link to a screen of the app', () => {
  it('is a real link to the screen’s address and opens the screen in the app', async () => {
    useUi.setState({ route: { name: 'dashboard' } });
    render(<RouteLink to={{ name: 'incident', id: 'inc-1' }}>Tapt PC</RouteLink>);
    const link = screen.getByRole('link', { name: 'Tapt PC' });
    expect(link).toHaveAttribute('href', '#/incident/inc-1');
    await userEvent.setup().click(link);
    expect(useUi.getState().route).toEqual({ name: 'incident', id: 'inc-1' });
    expect(location.hash).toBe('#/incident/inc-1');
  });

  it('opens with the keyboard', async () => {
    useUi.setState({ route: { name: 'dashboard' } });
    render(<RouteLink to={{ name: 'register' }}>Register</RouteLink>);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Register' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useUi.getState().route).toEqual({ name: 'register' });
  });

  it('can look like a primary button and still be a link', () => {
    render(
      <RouteLink to={{ name: 'new-incident' }} look="button">
        Ny hendelse
      </RouteLink>,
    );
    const link = screen.getByRole('link', { name: 'Ny hendelse' });
    expect(link).toHaveClass('ds-button');
    expect(link).toHaveAttribute('data-variant', 'primary');
  });
});
