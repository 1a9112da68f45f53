// Node's util as memdown and levelup use it (see ./globals.ts).

type Constructor = { prototype: object; super_?: unknown };

/** Node's util.inherits: the prototype chain of old-style constructors. */
export function inherits(ctor: Constructor, superCtor: Constructor): void {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, { constructor: { value: ctor, enumerable: false, writable: true, configurable: true } }) as object;
}
export const deprecate = <T>(fn: T): T => fn;
export const format = (...args: unknown[]): string => args.map(String).join(' ');
export const inspect = (value: unknown): string => String(value);
export default { inherits, deprecate, format, inspect };
