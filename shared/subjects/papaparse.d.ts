// A narrow, typed view of papaparse for shared/. The package's own types (@types/papaparse) pull in
// Node's (`/// <reference types="node" />`), which would make `process` and `Buffer` compile in
// shared/ and break its boundary; importing the file by path avoids them.
declare module 'papaparse/papaparse.js' {
  export interface PapaParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'InvalidQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields';
    message: string;
    row?: number;
  }
  export interface PapaParseResult {
    data: string[][];
    errors: PapaParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; cursor: number };
  }
  export interface PapaParseConfig {
    delimiter: string;
    newline: string;
    header: false;
    skipEmptyLines: false;
    quoteChar: string;
  }
  const Papa: { parse(input: string, config: PapaParseConfig): PapaParseResult };
  export default Papa;
}
