import { describe, expect, it } from 'vitest';
import { accessFromRoles, securityObjects, teamDatabases } from '../../../shared/sync/roles';

describe('what each installation may hold', () => {
  it('gives the security lead and the DPO the people affected', () => {
    expect(accessFromRoles(['avvik-lead'])).toEqual({ role: 'lead', people: true });
    expect(accessFromRoles(['avvik-dpo'])).toEqual({ role: 'dpo', people: true });
  });

  it("gives management the record but no people's data by default", () => {
    expect(accessFromRoles(['avvik-management'])).toEqual({ role: 'management', people: false });
  });

  it("gives management people's data only when the customer grants it explicitly", () => {
    expect(accessFromRoles(['avvik-management', 'avvik-people'])).toEqual({ role: 'management', people: true });
  });

  it('lets no one without an Avvik role take part', () => {
    expect(accessFromRoles([])).toBeNull();
    expect(accessFromRoles(['avvik-people'])).toBeNull();
  });

  it("keeps management out of the people database on the server, not only in the app", () => {
    const security = securityObjects();
    expect(security.people.members.roles).not.toContain('avvik-management');
    expect(security.events.members.roles).toEqual(expect.arrayContaining(['avvik-lead', 'avvik-dpo', 'avvik-management']));
    expect(teamDatabases('fjord')).toEqual({ events: 'fjord-events', people: 'fjord-people' });
  });
});
