import type { Route } from '../../state/routes';

// Placeholder until the screen is built (issue 6).
export function TimelineScreen({ route }: { route: Route }) {
  return (
    <section>
      <h1>{route.name}</h1>
    </section>
  );
}
