/* global module */
// Node's assert as levelup uses it (see ./globals.ts). CommonJS, because levelup calls what it requires.
function assert(condition, message) {
  if (!condition) throw new Error(message || 'assertion failed');
}
assert.ok = assert;
assert.equal = (actual, expected, message) => assert(actual == expected, message);
assert.strictEqual = (actual, expected, message) => assert(actual === expected, message);
assert.notStrictEqual = (actual, expected, message) => assert(actual !== expected, message);
module.exports = assert;
