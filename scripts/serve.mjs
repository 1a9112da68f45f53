// `npm run web`: serve the built renderer on localhost for a browser where Electron is not available.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 5180);
// AVVIK_SYNC_SERVER: the team's sync server the page may reach (an origin, https or loopback).
const syncOrigin = process.env.AVVIK_SYNC_SERVER ?? null;
const { url } = await startStaticServer(new URL('../dist/renderer', import.meta.url).pathname, port, { syncOrigin });
console.log(`Avvik is served at ${url} (this machine only). Stop with Ctrl+C.`);
console.log(
  syncOrigin
    ? `Data stays in this browser profile (IndexedDB); the page may reach the team server ${syncOrigin} and nothing else.`
    : 'Data stays in this browser profile (IndexedDB); nothing is sent anywhere.',
);
