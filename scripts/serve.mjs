// `npm run web`: serve the built renderer on localhost for a browser where Electron is not available.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 5180);
const { url } = await startStaticServer(new URL('../dist/renderer', import.meta.url).pathname, port);
console.log(`Avvik is served at ${url} (this machine only). Stop with Ctrl+C.`);
console.log('Data stays in this browser profile (IndexedDB); nothing is sent anywhere.');
