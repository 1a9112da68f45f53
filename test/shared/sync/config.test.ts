import { describe, expect, it } from 'vitest';
import { newSyncConfig, serverOrigin, syncConfigSchema } from '../../../shared/sync/config';

describe('the address of the team server', () => {
  it('takes an https address and keeps only its origin', () => {
    expect(serverOrigin(' https://Couch.Example.no:6984/ ')).toEqual({ ok: true, origin: 'https://couch.example.no:6984' });
    expect(serverOrigin('https://couch.example.no:443')).toEqual({ ok: true, origin: 'https://couch.example.no' });
  });

  it('refuses plain http to another machine: credentials and the record would cross the network in clear', () => {
    expect(serverOrigin('http://couch.example.no')).toEqual({ ok: false, problem: 'not-https' });
    expect(serverOrigin('http://10.0.0.5:5984')).toEqual({ ok: false, problem: 'not-https' });
  });

  it('allows plain http to this machine only (tests, npm run sync:server)', () => {
    expect(serverOrigin('http://127.0.0.1:5984')).toEqual({ ok: true, origin: 'http://127.0.0.1:5984' });
    expect(serverOrigin('http://localhost:5984')).toEqual({ ok: true, origin: 'http://localhost:5984' });
    expect(serverOrigin('http://[::1]:5984')).toEqual({ ok: true, origin: 'http://[::1]:5984' });
  });

  it('refuses a password in the address (it belongs in the keychain), a path, and what is not a web address', () => {
    expect(serverOrigin('https://kari:secret@couch.example.no')).toEqual({ ok: false, problem: 'has-credentials' });
    expect(serverOrigin('https://couch.example.no/avvik-events')).toEqual({ ok: false, problem: 'has-path' });
    expect(serverOrigin('ftp://couch.example.no')).toEqual({ ok: false, problem: 'invalid' });
    expect(serverOrigin('couch.example.no')).toEqual({ ok: false, problem: 'invalid' });
    expect(serverOrigin('https://couch.example.no:99999')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('stores a connection only with an origin it accepts', () => {
    expect(newSyncConfig('https://couch.example.no', 'kari')).toMatchObject({ team: 'avvik', auth: 'password', paused: false });
    expect(syncConfigSchema.safeParse({ ...newSyncConfig('https://couch.example.no', 'kari'), server: 'http://couch.example.no' }).success).toBe(false);
    expect(syncConfigSchema.safeParse({ ...newSyncConfig('https://couch.example.no', 'kari'), team: 'Avvik Team' }).success).toBe(false);
  });
});
