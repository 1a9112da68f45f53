// CPU profiles of every thread of the page's process (the page and its workers, also those that
// end before the run does), from a Chromium trace: the backup's work is mostly in workers, which a
// page's Profiler session does not see. The page marks its phases with console.timeStamp('phase:…').
import type { CDPSession } from 'playwright-core';
import type { HotFunction } from './browser';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordUntilFull',
      // A minute of sampling on four threads and the page's timeline events fit well within it.
      traceBufferSizeInKb: 800_000,
      includedCategories: ['disabled-by-default-v8.cpu_profiler', 'devtools.timeline'],
    },
  } as never);
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 8 << 20 });
    parts.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  return parts.join('');
}

/** Per phase, the functions with the most self time over all threads, and each thread's CPU time. */
export interface PhaseProfile {
  phase: string;
  threads: { thread: string; ms: number }[];
  hot: HotFunction[];
}

export async function stopTrace(cdp: CDPSession, top = 12): Promise<PhaseProfile[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const events = (JSON.parse(await readStream(cdp, stream)) as { traceEvents: TraceEvent[] }).traceEvents;

  // Workers told apart by the order they appear in: several run at once during a restore's check.
  const threadNames = new Map<string, string>();
  let workers = 0;
  for (const e of events) {
    if (e.ph !== 'M' || e.name !== 'thread_name') continue;
    const name = e.args?.name ?? '?';
    threadNames.set(`${e.pid}:${e.tid}`, name === 'DedicatedWorker thread' ? `worker ${++workers}` : name === 'CrRendererMain' ? 'page' : name);
  }
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('phase:'))
    .map((e) => ({ ts: e.ts, phase: String(e.args!.data!.message).slice('phase:'.length) }))
    .sort((a, b) => a.ts - b.ts);
  const phaseAt = (ts: number) => {
    let phase = 'before';
    for (const mark of marks) if (mark.ts <= ts) phase = mark.phase;
    return phase;
  };

  // A profile per (pid, id): its start time, then chunks of nodes, samples and time deltas.
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, ProfileNode> }>();
  const self = new Map<string, Map<string, number>>();
  const busy = new Map<string, Map<string, number>>();
  const add = (map: Map<string, Map<string, number>>, phase: string, key: string, ms: number) => {
    const inner = map.get(phase) ?? new Map<string, number>();
    inner.set(key, (inner.get(key) ?? 0) + ms);
    map.set(phase, inner);
  };
  const ordered = events.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of ordered) {
    const key = `${e.pid}:${e.id}`;
    const data = e.args?.data as { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (e.name === 'Profile') {
      profiles.set(key, { thread: threadNames.get(`${e.pid}:${e.tid}`) ?? `thread ${e.tid}`, time: data?.startTime ?? e.ts, nodes: new Map() });
      continue;
    }
    const profile = profiles.get(key);
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const delta = deltas[i] ?? 0;
      profile.time += delta;
      const node = profile.nodes.get(samples[i]!);
      if (!node) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      // A sample stands for the time until the next one: take the next delta where there is one.
      const ms = (deltas[i + 1] ?? delta) / 1000;
      const phase = phaseAt(profile.time);
      const file = url?.split('/').pop() ?? '';
      const { thread } = profile;
      add(self, phase, `${functionName || '(anonymous)'}${file ? ` ${file}:${(lineNumber ?? -1) + 1}` : ''} [${thread}]`, ms);
      add(busy, phase, thread, ms);
    }
  }
  return [...self.keys()].map((phase) => ({
    phase,
    threads: [...(busy.get(phase) ?? new Map<string, number>()).entries()].map(([thread, ms]) => ({ thread, ms })).sort((a, b) => b.ms - a.ms),
    hot: [...self.get(phase)!.entries()]
      .map(([name, selfMs]) => ({ name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top),
  }));
}
