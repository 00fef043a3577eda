import { describe, expect, it } from 'vitest';
import { actionFor, helpGroups, isTyping, keyLabel, keyName, shortcuts } from './shortcuts';

describe('keyName', () => {
  it('names plain keys as typed', () => {
    expect(keyName({ key: 'j' })).toBe('j');
    expect(keyName({ key: '?' })).toBe('?');
    expect(keyName({ key: 'ArrowDown' })).toBe('ArrowDown');
  });
  it('names Ctrl and Cmd the same', () => {
    expect(keyName({ key: 'k', ctrlKey: true })).toBe('Ctrl+K');
    expect(keyName({ key: 'k', metaKey: true })).toBe('Ctrl+K');
  });
});

describe('actionFor', () => {
  it('maps the inbox keys', () => {
    expect(actionFor({ key: 'j' }, 'inbox', false)).toBe('next');
    expect(actionFor({ key: 'ArrowDown' }, 'inbox', false)).toBe('next');
    expect(actionFor({ key: 'k' }, 'inbox', false)).toBe('previous');
    expect(actionFor({ key: 'Enter' }, 'inbox', false)).toBe('open');
    expect(actionFor({ key: 'c' }, 'inbox', false)).toBe('new-ticket');
    expect(actionFor({ key: '/' }, 'inbox', false)).toBe('search');
    expect(actionFor({ key: '?' }, 'inbox', false)).toBe('help');
  });
  it('maps the ticket keys', () => {
    expect(actionFor({ key: 'r' }, 'ticket', false)).toBe('reply');
    expect(actionFor({ key: 'n' }, 'ticket', false)).toBe('note');
    expect(actionFor({ key: 'a' }, 'ticket', false)).toBe('assign-me');
    expect(actionFor({ key: 'e' }, 'ticket', false)).toBe('resolve');
    expect(actionFor({ key: 'j' }, 'ticket', false)).toBe('next');
    expect(actionFor({ key: 'Escape' }, 'ticket', false)).toBe('back');
    expect(actionFor({ key: 'R' }, 'ticket', false)).toBe('start-return');
    expect(actionFor({ key: 'E' }, 'ticket', false)).toBe('escalate');
  });
  it('keeps ticket keys out of the inbox', () => {
    expect(actionFor({ key: 'r' }, 'inbox', false)).toBeNull();
    expect(actionFor({ key: 'e' }, 'inbox', false)).toBeNull();
  });
  it('lets letters be text while typing', () => {
    expect(actionFor({ key: 'r' }, 'ticket', true)).toBeNull();
    expect(actionFor({ key: 'c' }, 'inbox', true)).toBeNull();
    expect(actionFor({ key: '/' }, 'inbox', true)).toBeNull();
  });
  it('still knows Ctrl+K and Esc while typing', () => {
    expect(actionFor({ key: 'k', ctrlKey: true }, 'ticket', true)).toBe('search');
    expect(actionFor({ key: 'Escape' }, 'ticket', true)).toBe('back');
  });
  it('ignores other modified keys', () => {
    expect(actionFor({ key: 'r', ctrlKey: true }, 'ticket', false)).toBeNull();
    expect(actionFor({ key: 'j', altKey: true }, 'inbox', false)).toBeNull();
  });
});

describe('the shortcut table', () => {
  it('has no key that means two things in one place', () => {
    for (const scope of ['inbox', 'ticket'] as const) {
      const seen = new Map<string, string>();
      for (const s of shortcuts.filter((x) => x.scope === scope || x.scope === 'everywhere')) {
        for (const k of s.keys) {
          expect(seen.get(k), `${k} in ${scope}`).toBeUndefined();
          seen.set(k, s.action);
        }
      }
    }
  });
  it('lists every shortcut in the help, with a label', () => {
    const listed = helpGroups().flatMap((g) => g.items);
    expect(listed).toHaveLength(shortcuts.length);
    for (const s of listed) expect(s.label.length).toBeGreaterThan(3);
  });
  it('prints keys as on the key caps', () => {
    expect(keyLabel('ArrowDown')).toBe('↓');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('j')).toBe('J');
    expect(keyLabel('Ctrl+K')).toBe('Ctrl+K');
  });
});

describe('isTyping', () => {
  it('knows text fields from other controls', () => {
    const input = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTyping(input)).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(box)).toBe(false);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
