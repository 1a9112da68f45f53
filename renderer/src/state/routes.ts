import { STEPS, type StepId } from '../../../shared/incident/stepIds';

// The screens and their addresses (the hash part of the URL), so reload, back and forward keep the
// user where they were.

/** A page of the incident screen: one of its steps, or its history. */
export type IncidentPage = StepId | 'history';
const INCIDENT_PAGES: readonly IncidentPage[] = [...STEPS, 'history'];

export type Route =
  | { name: 'dashboard' }
  | { name: 'new-incident' }
  /** Without a page: the step the record says is next. */
  | { name: 'incident'; id: string; page?: IncidentPage }
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
const PAGE = new RegExp(`^#/incident/${ID}/(${INCIDENT_PAGES.join('|')})$`);

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
  const page = PAGE.exec(hash);
  if (page?.[1] && page[2]) return { name: 'incident', id: decodeURIComponent(page[1]), page: page[2] as IncidentPage };
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
      return `#/incident/${encodeURIComponent(route.id)}${route.page ? `/${route.page}` : ''}`;
    case 'notification':
      return `#/incident/${encodeURIComponent(route.id)}/notification`;
    case 'letters':
      return `#/incident/${encodeURIComponent(route.id)}/letters`;
    case 'incident-timeline':
      return `#/incident/${encodeURIComponent(route.id)}/timeline`;
  }
}
