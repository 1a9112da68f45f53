import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { hashForRoute, useUi, type Route } from '../state/ui';

// A link to a screen of the app: a real link (its address can be copied, opened with the keyboard,
// read as a link), which moves inside the app instead of reloading it. Plain markup with
// Designsystemet's link class (no component code), so the frame and the dashboard stay light.

export type RouteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: Route;
  /** 'link' (default): Designsystemet's link; 'button': a link that looks like a primary button. */
  look?: 'link' | 'button' | 'plain';
};

export function RouteLink({ to, look = 'link', className, onClick, ...rest }: RouteLinkProps) {
  const navigate = useUi((s) => s.navigate);
  const lookClass = look === 'button' ? 'ds-button' : look === 'link' ? 'ds-link' : '';
  const classes = [lookClass, className].filter(Boolean).join(' ') || undefined;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Every click stays in the app: a desktop app opens no second window for one of its screens.
    if (event.defaultPrevented) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a
      {...rest}
      href={hashForRoute(to)}
      className={classes}
      data-variant={look === 'button' ? 'primary' : undefined}
      onClick={follow}
    />
  );
}
