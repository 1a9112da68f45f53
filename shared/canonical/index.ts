// Canonical JSON: one text for one value, so that a hash of it means the same thing on every
// machine and after every backup round-trip. Keys sorted by UTF-16 code units (as in RFC 8785),
// no whitespace, strings and numbers written as JSON.stringify writes them.

export class CanonicalJsonError extends TypeError {
  override name = 'CanonicalJsonError';
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Deeper than any record of ours nests (an incident: about eight levels). A hostile file nested
 * thousands deep would otherwise exhaust the stack with an untyped RangeError.
 */
export const MAX_DEPTH = 64;

/**
 * Where the writer is: the keys down to the value being written, and the objects holding it. The
 * path is spelled only when a value is refused: every event is hashed, and so written, on every
 * check of a history, and building a path for each member took most of the time.
 */
interface Place {
  keys: (string | number)[];
  holders: object[];
}

function pathOf(place: Place): string {
  let path = '$';
  for (const key of place.keys) path += typeof key === 'number' ? `[${key}]` : `.${key}`;
  return path;
}

function write(value: unknown, place: Place): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // NaN and Infinity have no JSON form; writing them as null would hide a bug.
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`Not a finite number at ${pathOf(place)}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`A ${typeof value} has no JSON form (at ${pathOf(place)})`);
  }
  const object = value as object;
  if (place.holders.length >= MAX_DEPTH) throw new CanonicalJsonError(`Nested more than ${MAX_DEPTH} levels deep at ${pathOf(place)}`);
  if (place.holders.includes(object)) throw new CanonicalJsonError(`Cycle at ${pathOf(place)}`);
  place.holders.push(object);
  let text: string;
  if (Array.isArray(object)) {
    text = '[';
    for (let i = 0; i < object.length; i++) {
      place.keys.push(i);
      text += (i === 0 ? '' : ',') + write(object[i], place);
      place.keys.pop();
    }
    text += ']';
  } else {
    // Dates, maps, typed arrays and class instances would be written differently by different
    // serialisers: the record holds ISO strings and plain objects only.
    if (!isPlainObject(object)) throw new CanonicalJsonError(`Not a plain object at ${pathOf(place)}`);
    const record = object as Record<string, unknown>;
    text = '{';
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      // Left out, as JSON.parse(JSON.stringify(x)) would see it.
      if (member === undefined) continue;
      place.keys.push(key);
      text += (text.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + write(member, place);
      place.keys.pop();
    }
    text += '}';
  }
  place.holders.pop();
  return text;
}

/**
 * Whether JSON.stringify writes `value` canonically as it stands: plain objects and arrays, finite
 * numbers, no undefined, not too deep, and every object's keys already in canonical order (as in
 * anything parsed from canonical text: a backup's records, events read back from the database).
 * JSON.stringify writes keys in Object.keys' order, so then its text is the canonical text.
 */
function writtenInOrder(value: unknown, depth: number): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    // A hole reads as undefined, which is refused here.
    for (const item of value as unknown[]) if (!writtenInOrder(item, depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  const record = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key of Object.keys(record)) {
    // `<` on strings compares UTF-16 code units, the order RFC 8785 sorts by.
    if (previous !== undefined && !(previous < key)) return false;
    if (!writtenInOrder(record[key], depth + 1)) return false;
    previous = key;
  }
  return true;
}

/** The canonical JSON text of a JSON-compatible value. Throws CanonicalJsonError otherwise. */
export function canonicalJson(value: unknown): string {
  // Most of what is hashed was read from canonical text and is in order already: the engine's own
  // writer is then several times faster. Anything else (or anything to refuse) goes the long way.
  if (writtenInOrder(value, 0)) return JSON.stringify(value);
  return write(value, { keys: [], holders: [] });
}

/** The same JSON value, its objects' keys in canonical order (what JSON.parse makes of canonical text). */
export function inCanonicalOrder<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

/**
 * Whether two JSON-compatible values have the same canonical JSON text, without writing either: the
 * screens ask it of every open incident's facts (is its assessment stale?) on each read.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // A member set to undefined is no member, as in the canonical text.
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}
