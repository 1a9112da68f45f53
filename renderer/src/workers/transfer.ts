// Bytes handed between the page and a worker: moved (transferred) when they fill a buffer of their
// own, so that a large file or PDF is not held twice.

/** The bytes' own buffer when they fill it and can be moved; null when they are a view into more. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer | null {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && Object.prototype.toString.call(bytes.buffer) === '[object ArrayBuffer]' ? (bytes.buffer as ArrayBuffer) : null;
}

/** A buffer holding exactly these bytes, ready to move: their own, or a copy. */
export function movableBuffer(bytes: Uint8Array): ArrayBuffer {
  return ownBuffer(bytes) ?? (bytes.slice().buffer as ArrayBuffer);
}
