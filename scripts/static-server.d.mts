export declare const CSP: string;
export declare function startStaticServer(
  root: string,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
