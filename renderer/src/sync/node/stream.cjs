/* global require, module */
// Node's Stream base class as the in-memory adapter's readable-stream 1.x inherits from it
// (see ./globals.ts). CommonJS, because its users require() it and call it as a constructor.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EventEmitter } = require('events');

function Stream() {
  EventEmitter.call(this);
}
Stream.prototype = Object.create(EventEmitter.prototype, { constructor: { value: Stream, writable: true, configurable: true } });
Stream.Stream = Stream;
module.exports = Stream;
