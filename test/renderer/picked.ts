import type { OpenResult } from '../../shared/bridge';
import type { PickResult } from '../../renderer/src/platform';

/** What the file dialog of a component test gives (bytes, or a refusal), as a picked file. */
export function picked(result: OpenResult | null | undefined): PickResult {
  if (!result) return { ok: false, reason: 'cancelled', message: 'none' };
  return result.ok ? { ok: true, name: result.name, file: new Blob([result.bytes as Uint8Array<ArrayBuffer>]) } : result;
}
