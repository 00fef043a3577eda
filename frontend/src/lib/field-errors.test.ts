import { describe, expect, it } from 'vitest';
import { fieldFor, personRules } from './field-errors';

describe('fieldFor', () => {
  it.each([
    ['name is empty: type the person\'s name', 'name'],
    ['"bob@" is not an email address: type one like name@example.com', 'email'],
    ['someone else already uses that email address: use another one', 'email'],
    ['password is too short: use at least 8 characters', 'password'],
  ])('%s belongs to %s', (msg, field) => {
    expect(fieldFor(msg, personRules)).toBe(field);
  });
  it('leaves other messages for the form as a whole', () => {
    expect(fieldFor('only the shop owner can do this: ask the owner', personRules)).toBeNull();
  });
});
