import { configure } from '@testing-library/react';

// The document screens hash with WebCrypto, build PDFs and read IndexedDB; under a full parallel
// run that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });
