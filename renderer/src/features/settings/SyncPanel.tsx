import { useState } from 'react';
import { formatInstant } from '../../../../shared/deadline/format';
import { serverOrigin, type AuthKind } from '../../../../shared/sync/config';
import { DEFAULT_TEAM, TEAM_NAME } from '../../../../shared/sync/roles';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { keepsSecrets } from '../../platform';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import type { Credentials } from '../../sync/connection';
import { syncControllerOf, useSyncView, type SyncView } from '../../sync/controller';
import { RadioGroup, TextField } from '../../ui/fields';

/** Settings → sharing in the team: connect to the organisation's CouchDB, its status, pause, disconnect. */
export function SyncPanel() {
  const t = useT();
  const { db } = useServices();
  const view = useSyncView(db);
  return (
    <section aria-labelledby="sync-title" className="panel">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p>{t('sync.intro')}</p>
      {view.config ? <Connected view={view} /> : <ConnectForm />}
    </section>
  );
}

type Errors = Partial<Record<'server' | 'team' | 'user' | 'secret', string>>;

function ConnectForm() {
  const t = useT();
  const { db } = useServices();
  const [server, setServer] = useState('');
  const [team, setTeam] = useState(DEFAULT_TEAM);
  const [auth, setAuth] = useState<AuthKind>('password');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  /** The form's values checked, with every problem named at its field. */
  function read(): { origin: string; credentials: Credentials } | null {
    const found: Errors = {};
    const origin = serverOrigin(server);
    if (!origin.ok) found.server = t(origin.problem === 'invalid' ? 'sync.error.server' : `sync.error.${origin.problem}`);
    if (!TEAM_NAME.test(team.trim())) found.team = t('sync.error.team');
    if (auth === 'password' && user.trim() === '') found.user = t('sync.error.user');
    if (secret === '') found.secret = t('sync.error.secret');
    setErrors(found);
    if (!origin.ok || Object.keys(found).length > 0) return null;
    const credentials: Credentials = auth === 'password' ? { kind: 'password', user: user.trim(), password: secret } : { kind: 'jwt', token: secret.trim() };
    return { origin: origin.origin, credentials };
  }

  async function act(kind: 'test' | 'connect') {
    const values = read();
    if (!values) return;
    setBusy(true);
    setMessage({ ok: true, text: t('sync.testing') });
    const controller = syncControllerOf(db);
    try {
      if (kind === 'test') {
        const tested = await controller.test(values.origin, team.trim(), values.credentials);
        setMessage(
          tested.ok
            ? { ok: true, text: t('sync.tested', { user: tested.user, role: t(`sync.role.${tested.access.role}`), people: t(tested.access.people ? 'sync.people.yes' : 'sync.people.no') }) }
            : { ok: false, text: t(`sync.problem.${tested.problem}`) },
        );
      } else {
        const connected = await controller.connect(values.origin, team.trim(), values.credentials);
        if (!connected.ok) setMessage({ ok: false, text: connected.message ?? t(connected.problem === 'keychain' ? 'sync.error.keychain' : `sync.problem.${connected.problem}`) });
        else if (connected.reload) {
          setMessage({ ok: true, text: t('sync.reloading') });
          location.reload();
        } else setMessage(null);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void act('connect');
      }}
    >
      <TextField label={t('sync.server')} help={t('sync.server.help')} value={server} onChange={setServer} error={errors.server} />
      <TextField label={t('sync.team')} help={t('sync.team.help')} value={team} onChange={setTeam} error={errors.team} />
      <RadioGroup
        legend={t('sync.auth')}
        name="sync-auth"
        value={auth}
        onChange={setAuth}
        options={[
          { value: 'password', label: t('sync.auth.password') },
          { value: 'jwt', label: t('sync.auth.jwt') },
        ]}
      />
      {auth === 'password' && <TextField label={t('sync.user')} value={user} onChange={setUser} error={errors.user} />}
      <TextField label={t(auth === 'password' ? 'sync.password' : 'sync.token')} type="password" value={secret} onChange={setSecret} error={errors.secret} help={t(keepsSecrets() ? 'sync.keychain.desktop' : 'sync.keychain.browser')} />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void act('test')}>
          {t('sync.test')}
        </button>
        <button type="submit" disabled={busy}>
          {t('sync.connect')}
        </button>
      </div>
      <div role="status">{message && <p className={`notice ${message.ok ? 'notice--ok' : 'notice--danger'}`}>{message.text}</p>}</div>
    </form>
  );
}

/** The status in words: what runs, when it last caught up, what waits, what went wrong. */
function statusLines(view: SyncView, t: ReturnType<typeof useT>, lang: 'nb' | 'en'): string[] {
  const server = view.config!.server;
  const status = view.status;
  if (view.config!.paused) return [t('sync.status.paused', { server })];
  const lines: string[] = [];
  if (!status) lines.push(view.problem ? t('sync.status.error', { server }) : t('sync.status.connecting', { server }));
  else lines.push(t(`sync.status.${status.state}`, { server }));
  if (view.problem && !status) lines.push(t(`sync.problem.${view.problem}`));
  if (status?.problem) lines.push(t(`sync.problem.${status.problem}`));
  if (view.signedIn) lines.push(t('sync.status.as', { user: view.signedIn.user, role: t(`sync.role.${view.signedIn.access.role}`) }) + ' ' + t(view.signedIn.access.people ? 'sync.people.yes' : 'sync.people.no'));
  if (status) {
    lines.push(status.lastSyncedAt ? t('sync.status.lastSynced', { at: formatInstant(new Date(status.lastSyncedAt), lang) }) : t('sync.status.never'));
    if (status.pending > 0) lines.push(t('sync.status.pending', { count: status.pending }));
    if (status.waiting > 0) lines.push(t('sync.status.waiting', { count: status.waiting }));
    if (status.refusedByServer > 0) lines.push(t('sync.status.refusedByServer', { count: status.refusedByServer }));
  }
  return lines;
}

function Connected({ view }: { view: SyncView }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const controller = syncControllerOf(db);
  const [message, setMessage] = useState<string | null>(null);
  const refused = view.status?.refused ?? [];
  const refusal = (reason: string): MessageKey => `sync.refusal.${reason}` as MessageKey;
  return (
    <>
      <h3>{t('sync.status.title')}</h3>
      <div role="status" aria-label={t('sync.status.title')} data-testid="sync-status">
        {statusLines(view, t, lang).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {refused.length > 0 && (
        <div role="alert">
          <p>{t('sync.status.refused', { count: refused.length })}</p>
          <ul>
            {refused.map((r, i) => (
              <li key={`${r.id ?? '?'}-${i}`}>{t('sync.status.refusedOne', { id: r.id ?? '?', installation: r.installationId ?? '?', reason: t(refusal(r.reason)) })}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => void controller.setPaused(!view.config!.paused)}>
          {t(view.config!.paused ? 'sync.resume' : 'sync.pause')}
        </button>
        <button
          type="button"
          onClick={() =>
            void controller.disconnect().then((ok) => {
              setMessage(t('sync.disconnected'));
              if (!ok) location.reload();
            })
          }
        >
          {t('sync.disconnect')}
        </button>
      </div>
      {message && <p className="notice notice--ok">{message}</p>}
    </>
  );
}
