import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatInstant } from '../../../../shared/deadline';
import { keyFingerprint } from '../../../../shared/chain';
import type { InstallationRecord } from '../../../../shared/incident/installations';
import { ownProfile, type Settings, type TrustDecision } from '../../../../shared/incident/settings';
import type { TrustStanding } from '../../../../shared/incident/trust';
import { distrustInstallation, getSettings, installationKeys, listInstallations, trustInstallation } from '../../db/repository';
import { webDigest } from '../../db/crypto';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { TextAreaField } from '../../ui/fields';
import { useInstallationName } from '../../ui/installationName';
import { useRecordAction } from '../../ui/useRecordAction';

/**
 * The installations whose keys have signed this record, each with a fingerprint a person can compare
 * (read it aloud on the phone, or side by side), and whether this installation trusts it. Events
 * signed by a key nobody here trusted are never shown as verified.
 */
export function InstallationsPanel() {
  const t = useT();
  const { db } = useServices();
  const data = useLiveQuery(async () => ({ records: await listInstallations(db), settings: await getSettings(db) }), [db]);
  const prints = useFingerprints(data?.records);
  const standings = useStandings(data);
  const nameOf = useInstallationName(data?.settings);
  if (!data?.settings) return null;
  const { records, settings } = data;
  const ordered = [...records].sort((a, b) => (a.id === settings.installationId ? -1 : b.id === settings.installationId ? 1 : a.createdAt.localeCompare(b.createdAt)));
  return (
    <section aria-labelledby="installations-title" className="panel" data-testid="installations">
      <h2 id="installations-title">{t('installations.title')}</h2>
      <p>{t('installations.intro')}</p>
      <ul className="installations">
        {ordered.map((record) => (
          <Installation
            key={record.id}
            record={record}
            settings={settings}
            fingerprint={prints.get(record.id) ?? '…'}
            standing={standings.get(record.id) ?? { trusted: record.id === settings.installationId, decisions: [] }}
            nameOf={nameOf}
          />
        ))}
      </ul>
      <p className="help">{t('installations.limits')}</p>
    </section>
  );
}

/**
 * Whether this installation trusts each one, by the same rule the history's check applies (shared/
 * incident/trust.ts), with the decisions that say so: a decision counts only if made here or by an
 * installation trusted here, for the very key compared, and a withdrawal by a trusted installation
 * stands against any other's trust. A decision made on a laptop nobody here approved arrives with
 * team sync, and changes nothing.
 */
function useStandings(data: { records: readonly InstallationRecord[]; settings: Settings | undefined } | undefined): ReadonlyMap<string, TrustStanding> {
  const { db } = useServices();
  const [standings, setStandings] = useState<ReadonlyMap<string, TrustStanding>>(new Map());
  useEffect(() => {
    if (!data) return;
    let live = true;
    void installationKeys(db).then((signatures) => {
      if (!live || !signatures) return;
      setStandings(signatures.keys);
    });
    return () => {
      live = false;
    };
  }, [db, data]);
  return standings;
}

function useFingerprints(records: readonly InstallationRecord[] | undefined): Map<string, string> {
  const [prints, setPrints] = useState(new Map<string, string>());
  useEffect(() => {
    if (!records) return;
    let live = true;
    void Promise.all(records.map(async (r) => [r.id, await keyFingerprint(r.publicKey, webDigest)] as const)).then(
      (entries) => live && setPrints(new Map(entries)),
    );
    return () => {
      live = false;
    };
  }, [records]);
  return prints;
}

function Installation({
  record,
  settings,
  fingerprint,
  standing,
  nameOf,
}: {
  record: InstallationRecord;
  settings: Settings;
  fingerprint: string;
  standing: TrustStanding;
  nameOf: (installationId: string) => string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, timeZone } = useServices();
  const action = useRecordAction();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const own = record.id === settings.installationId;
  const { trusted, decisions } = standing;
  const person = own ? ownProfile(settings).name : settings.profiles[record.id]?.name;
  const who = (decision: TrustDecision) => ({ actor: decision.actor || '–', installation: nameOf(decision.by), at: formatInstant(new Date(decision.at), lang, timeZone) });
  // Who decided: every trust that counts, or every withdrawal that keeps it untrusted.
  const status = own
    ? [t('installations.own')]
    : decisions.length > 0
      ? decisions.map((decision) => t(trusted ? 'installations.trusted' : 'installations.withdrawn', who(decision)))
      : [t('installations.untrusted')];
  // A withdrawal made on another laptop stands whatever is decided here (shared/incident/trust.ts).
  const withdrawnElsewhere = !trusted && decisions.some((decision) => decision.by !== settings.installationId);
  return (
    <li data-installation={record.id} data-trusted={trusted}>
      <p>
        <strong>{person || t('installations.unnamed')}</strong> · {record.id}
      </p>
      <p>
        {t('installations.fingerprint')}: <code className="fingerprint">{fingerprint}</code>
      </p>
      {status.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {withdrawnElsewhere && <p>{t('installations.withdrawnElsewhere')}</p>}
      {!own && !trusted && !withdrawnElsewhere && (
        <Button variant="secondary" disabled={action.busy} onClick={() => void action.run((ctx) => trustInstallation(db, record.id, ctx()), t('installations.trustDone'))}>
          {t('installations.trust')}
        </Button>
      )}
      {!own && trusted && !withdrawing && (
        <Button variant="secondary" onClick={() => setWithdrawing(true)}>
          {t('installations.distrust')}
        </Button>
      )}
      {withdrawing && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void action.run((ctx) => distrustInstallation(db, record.id, reason, ctx()), t('installations.distrustDone')).then((ok) => ok && setWithdrawing(false));
          }}
        >
          <TextAreaField label={t('installations.reason')} rows={2} value={reason} onChange={setReason} />
          <Button type="submit">{t('installations.distrust')}</Button>
        </form>
      )}
      <ActionOutcome action={action} />
    </li>
  );
}
