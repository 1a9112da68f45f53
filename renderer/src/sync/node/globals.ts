import { Buffer } from 'buffer';

// PouchDB's in-memory adapter (memdown, levelup) is written for Node and reads Node's globals:
// `global`, `Buffer` and `process.nextTick`. They are given here, in the sync's own chunk, before
// PouchDB loads (./pouch.ts), and only where the page lacks them. The vite config points the Node
// modules it imports (util, assert, stream) at the shims beside this file.

const scope = globalThis as Record<string, unknown>;
scope.global ??= globalThis;
scope.Buffer ??= Buffer;
if (scope.process === undefined) {
  scope.process = {
    browser: true,
    env: {},
    nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args)),
  };
}
