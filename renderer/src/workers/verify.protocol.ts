// The messages between a check and the worker that verifies half of its signatures.

export interface ToVerifyWorker {
  id: number;
  /** Public key (base64), signature (base64), the signed bytes. */
  items: [string, string, Uint8Array<ArrayBuffer>][];
}

export interface FromVerifyWorker {
  id: number;
  verdicts: boolean[];
}
