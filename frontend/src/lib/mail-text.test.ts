import { describe, expect, it } from 'vitest';
import {
  addressName,
  fillLine,
  findPlaceholders,
  insertAt,
  layoutLines,
  matchEmails,
  mergeRefill,
  normalizeName,
  placeholderIndex,
  placeRange,
  templateErrors,
  unfilled,
} from './mail-text';
import type { OutboxMessage, Placeholder } from './mail-types';
import type { Message } from './types';

const known: Placeholder[] = [
  { name: 'Customer Name', description: '', source: 'customer', aliases: ['Full Name'] },
  { name: 'Tracking Number', description: '', source: 'ask', aliases: ['Tracking #', 'Tracking Code'] },
  { name: 'Discount Code', description: '', source: 'ask', aliases: ['Discount Code/Coupon'] },
  { name: 'Survey Link', description: '', source: 'ask' },
];
const ix = placeholderIndex(known);

describe('normalizeName', () => {
  it('reads names the way Go does', () => {
    expect(normalizeName('  Tracking   NUMBER ')).toBe('tracking number');
    expect(normalizeName('Insert Survey Link')).toBe('survey link');
    expect(normalizeName('Discount Code / Coupon')).toBe('discount code/coupon');
  });
});

describe('findPlaceholders and unfilled', () => {
  it('finds known names and their other spellings, each once', () => {
    const text = 'Hi [Full Name], your code [tracking #] and [Tracking Number]. [Insert Survey Link]';
    expect(unfilled(text, ix)).toEqual(['Customer Name', 'Tracking Number', 'Survey Link']);
  });
  it('leaves ordinary brackets alone', () => {
    const text = 'Ticket [#1042] and [Custmer Name] and [Discount Code / Coupon]';
    const found = findPlaceholders(text, ix);
    expect(found.map((f) => f.name)).toEqual([null, null, 'Discount Code']);
    expect(found[1]).toMatchObject({ written: '[Custmer Name]', start: 19, end: 33 });
    expect(unfilled(text, ix)).toEqual(['Discount Code']);
  });
  it('does not look across lines', () => {
    expect(unfilled('[Tracking\nNumber]', ix)).toEqual([]);
  });
  it('says what to fill in', () => {
    expect(fillLine([])).toBe('');
    expect(fillLine(['Tracking Number'])).toBe('Fill in [Tracking Number] to send');
    expect(fillLine(['Survey Link', 'Discount Code', 'Tracking Number'])).toBe(
      'Fill in [Survey Link], [Discount Code] and [Tracking Number] to send',
    );
  });
});

describe('mergeRefill', () => {
  const before = 'Hi Ann,\nYour parcel is [Tracking Number].\nThanks';
  const after = 'Hi Ann,\nYour parcel is 1Z999.\nThanks';
  it('takes the new text when nothing was edited', () => {
    expect(mergeRefill(before, before, after)).toEqual({ text: after, ok: true });
  });
  it('keeps edits made elsewhere', () => {
    const draft = 'Hello Ann!\nYour parcel is [Tracking Number].\nThanks, Bo';
    expect(mergeRefill(draft, before, after)).toEqual({ text: 'Hello Ann!\nYour parcel is 1Z999.\nThanks, Bo', ok: true });
  });
  it('follows a value as it is typed and erased', () => {
    const a = 'code 1Z, ok';
    const b = 'code 1Z9, ok';
    expect(mergeRefill('Well: code 1Z, ok', a, b)).toEqual({ text: 'Well: code 1Z9, ok', ok: true });
    expect(mergeRefill('Well: code 1Z9, ok', b, a)).toEqual({ text: 'Well: code 1Z, ok', ok: true });
  });
  it('leaves the draft when the changed part was edited by hand', () => {
    const draft = 'Hi Ann,\nYour parcel is on its way.\nThanks';
    expect(mergeRefill(draft, before, after)).toEqual({ text: draft, ok: false });
  });
  it('changes the copy nearest the old place', () => {
    const b = 'X [A]\nY [Tracking Number] Z';
    const a = 'X [A]\nY 77 Z';
    const draft = 'Note: [Tracking Number]\n' + b;
    expect(mergeRefill(draft, b, a).text).toBe('Note: [Tracking Number]\n' + a);
  });
});

describe('insertAt', () => {
  it('fills an empty box', () => {
    expect(insertAt('  ', 1, 'Hello')).toEqual({ text: 'Hello', start: 0 });
  });
  it('puts a block on its own lines', () => {
    expect(insertAt('Hi Ann,Thanks', 7, 'BODY')).toEqual({ text: 'Hi Ann,\n\nBODY\n\nThanks', start: 9 });
    expect(insertAt('Hi Ann,\n', 8, 'BODY')).toEqual({ text: 'Hi Ann,\n\nBODY', start: 9 });
    expect(insertAt('Hi', 0, 'BODY')).toEqual({ text: 'BODY\n\nHi', start: 0 });
  });
});

describe('templateErrors', () => {
  it('sorts each line of Go’s message by field and place', () => {
    const msg = [
      'the template has no name: type a name so you can find it later',
      'subject, column 5: unknown placeholder [Ordr]: did you mean [Order]?',
      'body line 3, column 12: unknown placeholder [Custmer Name]: did you mean [Customer Name]?',
    ].join('\n');
    const e = templateErrors(msg);
    expect(e.fields.name).toHaveLength(1);
    expect(e.fields.subject?.[0]).toMatch(/^subject, column 5/);
    expect(e.fields.body?.[0]).toMatch(/^body line 3, column 12: unknown placeholder \[Custmer Name\]/);
    expect(e.places).toEqual([
      { field: 'subject', line: 1, column: 5, message: msg.split('\n')[1], written: '[Ordr]', suggestion: 'Order' },
      {
        field: 'body',
        line: 3,
        column: 12,
        message: msg.split('\n')[2],
        written: '[Custmer Name]',
        suggestion: 'Customer Name',
      },
    ]);
    expect(e.general).toEqual([]);
  });
  it('names no suggestion when Go has none', () => {
    const e = templateErrors('body line 2, column 1: empty brackets []: put a placeholder name inside');
    expect(e.places[0]).toEqual({ field: 'body', line: 2, column: 1, message: e.fields.body?.[0] });
  });
  it('keeps messages about no field apart', () => {
    const e = templateErrors('this template was changed elsewhere after you opened it: reload it');
    expect(e.general).toHaveLength(1);
    expect(e.fields).toEqual({});
  });
});

describe('placeRange', () => {
  it('spans the bracketed text at a line and column', () => {
    const text = 'Hi\n\nDear [Custmer Name], hello';
    const r = placeRange(text, 3, 6);
    expect(r && text.slice(r.start, r.end)).toBe('[Custmer Name]');
  });
  it('counts columns in characters, not UTF-16 units', () => {
    const text = '🎉🎉 [Nope]';
    const r = placeRange(text, 1, 4);
    expect(r && text.slice(r.start, r.end)).toBe('[Nope]');
  });
  it('gives up when the text moved on', () => {
    expect(placeRange('short', 4, 1)).toBeNull();
    expect(placeRange('short', 1, 40)).toBeNull();
  });
});

describe('layoutLines', () => {
  it('splits lines and marks, flagging whole lines', () => {
    const text = 'ab [X] cd\n\nef';
    const lines = layoutLines(text, [{ start: 3, end: 6, kind: 'missing' }], [3]);
    expect(lines).toEqual([
      {
        flagged: false,
        segments: [
          { text: 'ab ', kind: null },
          { text: '[X]', kind: 'missing' },
          { text: ' cd', kind: null },
        ],
      },
      { flagged: false, segments: [] },
      { flagged: true, segments: [{ text: 'ef', kind: null }] },
    ]);
  });
  it('lets the earlier of two overlapping marks win', () => {
    const lines = layoutLines('abcdef', [
      { start: 2, end: 5, kind: 'b' },
      { start: 0, end: 3, kind: 'a' },
    ]);
    expect(lines[0].segments).toEqual([
      { text: 'abc', kind: 'a' },
      { text: 'def', kind: null },
    ]);
  });
});

describe('matchEmails', () => {
  const msg = (id: number, kind: Message['kind'], body: string): Message => ({
    id,
    ticketId: 1,
    kind,
    authorId: 1,
    authorName: 'Ann',
    body,
    createdAt: '',
  });
  const email = (id: number, text: string, batchId = 0, replyId = 0) => ({ id, text, batchId, replyId }) as OutboxMessage;
  it('pairs each reply with the email Go says carried it, whatever the text', () => {
    const messages = [msg(1, 'customer', 'Hi'), msg(2, 'reply', 'Thanks!'), msg(4, 'reply', 'Thanks!')];
    // The later reply's email was written first; the text alone would pair them the wrong way round.
    const m = matchEmails(messages, [email(11, 'Thanks!', 0, 4), email(12, 'Thanks!\n\nAnn', 0, 2)]);
    expect(m.get(2)?.id).toBe(12);
    expect(m.get(4)?.id).toBe(11);
    expect(m.size).toBe(2);
  });
  it('pairs older emails without a reply id by their text, never taking one that names another reply', () => {
    const messages = [msg(2, 'reply', 'Thanks!'), msg(4, 'reply', 'Thanks!'), msg(5, 'reply', 'Bye')];
    const m = matchEmails(messages, [email(11, 'Thanks!'), email(12, 'Thanks!', 0, 99), email(13, 'Bye', 0, 5)]);
    expect(m.get(2)?.id).toBe(11);
    expect(m.has(4)).toBe(false);
    expect(m.get(5)?.id).toBe(13);
  });
  it('pairs replies with the emails that carried them by text, each once, for older emails', () => {
    const messages = [msg(1, 'customer', 'Hi'), msg(2, 'reply', 'Thanks!'), msg(3, 'note', 'x'), msg(4, 'reply', 'Thanks!')];
    const m = matchEmails(messages, [email(10, 'How did we do?', 5), email(11, 'Thanks!'), email(12, 'Thanks!\r\n')]);
    expect(m.get(2)?.id).toBe(11);
    expect(m.get(4)?.id).toBe(12);
    expect(m.size).toBe(2);
  });
});

describe('addressName', () => {
  it('shows the name of an address header, else the address', () => {
    expect(addressName('"Mateus Bianchi" <m@example.com>')).toBe('Mateus Bianchi');
    expect(addressName('Ann Lee <ann@example.com>')).toBe('Ann Lee');
    expect(addressName('"O\\"Hara, Sam" <s@example.com>')).toBe('O"Hara, Sam');
    expect(addressName('<shop@shopdesk.test>')).toBe('shop@shopdesk.test');
    expect(addressName('bo@example.com')).toBe('bo@example.com');
  });
});
