// The seed page's second script (seed.html): a restore in a page that has done nothing else. Kept
// out of seed.ts, whose source keys the cached profiles (profiles.ts).
import { restoreOnly } from './restore';

Object.assign(globalThis, { benchRestore: { restoreOnly } });
