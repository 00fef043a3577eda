// Type tests shared by compat.ts and mail.ts: how "ours matches Go's" is
// said. Nothing here runs.

/** The data of a generated class: its fields, without helper methods. */
export type Plain<X> = X extends (...a: never[]) => unknown
  ? never
  : X extends readonly unknown[]
    ? { [K in keyof X]: Plain<X[K]> }
    : X extends object
      ? { [K in keyof X as X[K] extends (...a: never[]) => unknown ? never : K]: Plain<X[K]> }
      : X;

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;

/** Ours names exactly Go's fields. */
export type Mirrors<Ours, Go> = SameKeys<Ours, Plain<Go>>;

/** What we send fits what Go takes. */
export type Fits<Ours, Go> = Plain<Ours> extends Plain<Go> ? true : false;

type Fn = (...a: never[]) => unknown;
/** Our wrapper's arguments fit the bound method's, in order. */
export type ArgsFit<Ours extends Fn, Go extends Fn> = Fits<Parameters<Ours>, Parameters<Go>>;

/**
 * Our wrapper object names exactly the bound struct's methods: a method
 * added in Go without a wrapper, or a wrapper naming no method, fails.
 */
export type SameMethods<Ours, Go> = [Capitalize<keyof Ours & string>] extends [keyof Go]
  ? [Uncapitalize<keyof Go & string>] extends [keyof Ours]
    ? true
    : false
  : false;
