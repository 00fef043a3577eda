// Go's validation messages start with what is wrong ("email address is
// empty: …"). fieldFor uses that to put the message under the right field.

export type FieldRules<F extends string> = [F, RegExp][];

/** fieldFor returns the first field whose pattern matches msg, or null. */
export function fieldFor<F extends string>(msg: string, rules: FieldRules<F>): F | null {
  for (const [field, re] of rules) {
    if (re.test(msg)) return field;
  }
  return null;
}

/** Rules for a person's name, email and password (setup, people). */
export const personRules: FieldRules<'name' | 'email' | 'password'> = [
  ['email', /email|address/i],
  ['password', /password/i],
  ['name', /^name\b/i],
];
