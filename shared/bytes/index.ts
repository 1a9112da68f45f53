/**
 * The parts as one array, in order. A file made piece by piece (a backup's text, a zip, a joined
 * PDF) is gathered once at the end rather than grown and copied at every piece.
 */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
