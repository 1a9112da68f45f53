import type { OpenResult, SaveFileRequest } from '../../shared/bridge';
import type { PickResult, SaveBlobRequest } from '../../renderer/src/platform';

/** What the file dialog of a component test gives (bytes, or a refusal), as a picked file. */
export function picked(result: OpenResult | null | undefined): PickResult {
  if (!result) return { ok: false, reason: 'cancelled', message: 'none' };
  return result.ok ? { ok: true, name: result.name, file: new Blob([result.bytes as Uint8Array<ArrayBuffer>]) } : result;
}

/** What a component test's save dialog keeps of a Blob saved: the request, with the Blob's bytes. */
export async function savedBytes(request: SaveBlobRequest): Promise<SaveFileRequest> {
  return { suggestedName: request.suggestedName, mimeType: request.mimeType, bytes: new Uint8Array(await request.blob.arrayBuffer()) };
}
