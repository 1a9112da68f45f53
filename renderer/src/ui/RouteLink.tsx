import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { hashForRoute, type Route } from '../state/routes';
import { useUi } from '../state/ui';

/** A link to a page of the app: a real address (open in place, copy, back and forward), moved to without a reload. */
export function RouteLink({
  to,
  children,
  ...rest
}: { to: Route; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>) {
  const navigate = useUi((s) => s.navigate);
  return (
    <a
      {...rest}
      href={hashForRoute(to)}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
