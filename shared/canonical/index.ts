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

function write(value: unknown, seen: Set<object>, path: string, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // NaN and Infinity have no JSON form; writing them as null would hide a bug.
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`Not a finite number at ${path}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`A ${typeof value} has no JSON form (at ${path})`);
  }
  const object = value as object;
  if (depth >= MAX_DEPTH)
    throw new CanonicalJsonError(`Nested more than ${MAX_DEPTH} levels deep at ${path}`);
  if (seen.has(object)) throw new CanonicalJsonError(`Cycle at ${path}`);
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      return `[${object.map((item, i) => write(item, seen, `${path}[${i}]`, depth + 1)).join(',')}]`;
    }
    // Dates, maps, typed arrays and class instances would be written differently by different
    // serialisers: the record holds ISO strings and plain objects only.
    if (!isPlainObject(object)) throw new CanonicalJsonError(`Not a plain object at ${path}`);
    const record = object as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined) // as JSON.parse(JSON.stringify(x)) would see it
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], seen, `${path}.${key}`, depth + 1)}`);
    return `{${members.join(',')}}`;
  } finally {
    seen.delete(object);
  }
}

/** The canonical JSON text of a JSON-compatible value. Throws CanonicalJsonError otherwise. */
export function canonicalJson(value: unknown): string {
  return write(value, new Set(), '$', 0);
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
