import type * as AppProtocol from '../electron/app-protocol';

export declare function loadAppProtocol(): Promise<typeof AppProtocol>;
export declare function startStaticServer(
  root: string,
  port?: number,
  options?: { syncOrigin?: string | null },
): Promise<{ url: string; close: () => Promise<void> }>;
