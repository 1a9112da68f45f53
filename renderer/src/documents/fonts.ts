import type { FontBytes } from '../../../shared/documents';
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';

// The PDF font (DejaVu Sans: Latin Extended-A, so "Máret Čuovga" and "Łukasz" print right).
// Vite copies the TTFs into the build as files of their own and gives their URL; they are fetched
// from the app's own origin (connect-src 'self'), never from the network, and only when the first
// document is made: the screens start without 1.4 MB of font in the bundle.

let loading: Promise<FontBytes> | null = null;

async function fetchBytes(url: string, fetcher: typeof fetch): Promise<Uint8Array> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`The PDF font could not be read (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The font bytes, read once per session; a failed read is tried again next time. */
export function loadFonts(fetcher: typeof fetch = fetch): Promise<FontBytes> {
  loading ??= Promise.all([fetchBytes(regularUrl, fetcher), fetchBytes(boldUrl, fetcher)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
