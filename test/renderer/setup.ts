// One setup for every renderer test: an in-memory IndexedDB, jest-dom matchers, a clean DOM and
// UI state between tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  history.replaceState(null, '', '#/');
});

// jsdom's Blob can be read only through a FileReader; a browser's is read as a stream or a buffer,
// as the backup worker reads a picked file. The stream comes in small pieces, so that the readers'
// joining of pieces (a letter split between two) is exercised.
if (typeof Blob.prototype.stream !== 'function') {
  const bytesOf = (blob: Blob) =>
    new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
  Blob.prototype.arrayBuffer = async function (this: Blob) {
    return (await bytesOf(this)).buffer;
  };
  Blob.prototype.stream = function (this: Blob) {
    const read = bytesOf(this);
    return new ReadableStream<Uint8Array<ArrayBuffer>>({
      async start(controller) {
        const bytes = await read;
        for (let start = 0; start < bytes.length; start += 4099) controller.enqueue(bytes.slice(start, start + 4099));
        controller.close();
      },
    });
  };
}
