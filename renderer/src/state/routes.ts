// The screens and their addresses (the hash part of the URL), so reload, back and forward keep the
// user where they were.

export type Route =
  | { name: 'dashboard' }
  | { name: 'new-incident' }
  | { name: 'incident'; id: string }
  | { name: 'notification'; id: string }
  | { name: 'letters'; id: string }
  | { name: 'incident-timeline'; id: string }
  | { name: 'timeline' }
  | { name: 'portfolio' }
  | { name: 'register' }
  | { name: 'settings' };

const ID = '([A-Za-z0-9._:-]{1,64})';
const patterns: [RegExp, (id: string) => Route][] = [
  [new RegExp(`^#/incident/${ID}/notification$`), (id) => ({ name: 'notification', id })],
  [new RegExp(`^#/incident/${ID}/letters$`), (id) => ({ name: 'letters', id })],
  [new RegExp(`^#/incident/${ID}/timeline$`), (id) => ({ name: 'incident-timeline', id })],
  [new RegExp(`^#/incident/${ID}$`), (id) => ({ name: 'incident', id })],
];

export function routeFromHash(hash: string): Route {
  switch (hash) {
    case '#/new':
      return { name: 'new-incident' };
    case '#/timeline':
      return { name: 'timeline' };
    case '#/portfolio':
      return { name: 'portfolio' };
    case '#/register':
      return { name: 'register' };
    case '#/settings':
      return { name: 'settings' };
  }
  for (const [pattern, make] of patterns) {
    const match = pattern.exec(hash);
    if (match?.[1]) return make(decodeURIComponent(match[1]));
  }
  return { name: 'dashboard' };
}

export function hashForRoute(route: Route): string {
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'new-incident':
      return '#/new';
    case 'timeline':
      return '#/timeline';
    case 'portfolio':
      return '#/portfolio';
    case 'register':
      return '#/register';
    case 'settings':
      return '#/settings';
    case 'incident':
      return `#/incident/${encodeURIComponent(route.id)}`;
    case 'notification':
      return `#/incident/${encodeURIComponent(route.id)}/notification`;
    case 'letters':
      return `#/incident/${encodeURIComponent(route.id)}/letters`;
    case 'incident-timeline':
      return `#/incident/${encodeURIComponent(route.id)}/timeline`;
  }
}
