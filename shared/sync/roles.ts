// Who holds what. Each installation connects as a CouchDB user (or with the customer's JWT), and the
// server's roles of that user decide what it may read: the events (the record) go to every member
// of the team; the personal data of the people affected (names, addresses, e-mail) only to those who
// need it for the Art. 34 letters. Art. 5(1)(c) and 25(2): data minimisation, by default — management
// gets no people's data unless the customer grants it explicitly.

export const syncRoles = ['lead', 'dpo', 'management'] as const;
export type SyncRole = (typeof syncRoles)[number];

/** The CouchDB role of each Avvik role, as the customer gives it to its users. */
export const COUCH_ROLES: Readonly<Record<SyncRole, string>> = {
  lead: 'avvik-lead',
  dpo: 'avvik-dpo',
  management: 'avvik-management',
};

/** An extra grant: a user with this role may hold the people's data whatever its Avvik role. */
export const PEOPLE_ROLE = 'avvik-people';

/** CouchDB's own role of a server administrator. */
const ADMIN_ROLE = '_admin';

/** The roles that may read and write the people's data, whatever else they hold. */
export const PEOPLE_READERS = [COUCH_ROLES.lead, COUCH_ROLES.dpo, PEOPLE_ROLE] as const;

export interface SyncAccess {
  role: SyncRole;
  /** Whether this installation replicates the people's data (the people database). */
  people: boolean;
}

/**
 * What an installation may hold, from its user's roles on the server (`_session`'s userCtx, or the
 * JWT's roles claim). Null when the user has no Avvik role: it may not take part. The highest role
 * counts: lead, then DPO, then management. A server administrator counts as a lead.
 */
export function accessFromRoles(roles: readonly string[]): SyncAccess | null {
  const has = (role: string) => roles.includes(role);
  const role: SyncRole | null = has(ADMIN_ROLE) || has(COUCH_ROLES.lead) ? 'lead' : has(COUCH_ROLES.dpo) ? 'dpo' : has(COUCH_ROLES.management) ? 'management' : null;
  if (role === null) return null;
  return { role, people: role !== 'management' || has(PEOPLE_ROLE) };
}

/** The two databases of a team: the record (events, keys) and the people's data (people, files). */
export interface TeamDatabases {
  events: string;
  people: string;
}

export const DEFAULT_TEAM = 'avvik';

/** The database names for a team name (CouchDB: lower case letters, digits and _$()+-/ only). */
export function teamDatabases(team: string = DEFAULT_TEAM): TeamDatabases {
  return { events: `${team}-events`, people: `${team}-people` };
}

/** A team name CouchDB accepts as the start of a database name. */
export const TEAM_NAME = /^[a-z][a-z0-9_$()+-]{0,100}$/;

/**
 * The `_security` object of each database: who may read it at all. CouchDB refuses every request of
 * a user outside `members` — this, not a replication filter a client chooses, is what keeps the
 * people's data from management's laptop.
 */
export function securityObjects(): Record<keyof TeamDatabases, { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } }> {
  const none = { names: [], roles: [] };
  return {
    events: { admins: none, members: { names: [], roles: Object.values(COUCH_ROLES) } },
    people: { admins: none, members: { names: [], roles: [...PEOPLE_READERS] } },
  };
}
