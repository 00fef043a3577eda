// Text work for templates and replies, with no Svelte and no Go in it:
// finding placeholders, keeping hand edits when a template is filled
// again, reading Go's save errors, and laying text out for highlighting.

import type { OutboxMessage, Placeholder } from './mail-types';
import type { Message } from './types';

// ---- placeholders ----------------------------------------------------------

/**
 * normalizeName is Go's templates.normalize: lower case, one space between
 * words, no leading "insert ", and "a / b" written as "a/b".
 */
export function normalizeName(name: string): string {
  let n = name.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
  if (n.startsWith('insert ')) n = n.slice('insert '.length);
  return n.replaceAll(' / ', '/');
}

/** PlaceholderIndex maps every accepted spelling to the canonical name. */
export type PlaceholderIndex = Map<string, string>;

export function placeholderIndex(known: Placeholder[]): PlaceholderIndex {
  const ix: PlaceholderIndex = new Map();
  for (const p of known) {
    ix.set(normalizeName(p.name), p.name);
    for (const a of p.aliases ?? []) ix.set(normalizeName(a), p.name);
  }
  return ix;
}

export interface Found {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  /** As written, brackets included: "[Tracking #]". */
  written: string;
  /** The canonical name, or null for brackets that name no known placeholder. */
  name: string | null;
}

/** The same pattern Go uses to refuse a reply that still has a placeholder in it. */
const bracketed = /\[([^[\]\n]{1,60})\]/g;

/** findPlaceholders lists the bracketed names in a text, known or not, in order. */
export function findPlaceholders(text: string, ix: PlaceholderIndex): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(bracketed)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, written: m[0], name: ix.get(normalizeName(m[1])) ?? null });
  }
  return out;
}

/** unfilled lists the known placeholders still in a text, each once: Go will not send it. */
export function unfilled(text: string, ix: PlaceholderIndex): string[] {
  const out: string[] = [];
  for (const f of findPlaceholders(text, ix)) {
    if (f.name && !out.includes(f.name)) out.push(f.name);
  }
  return out;
}

/** fillLine is the line under the reply box while placeholders are unfilled. */
export function fillLine(names: string[]): string {
  if (names.length === 0) return '';
  const list = names.map((n) => `[${n}]`);
  const said = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  return `Fill in ${said} to send`;
}

// ---- filling a template again ---------------------------------------------

export interface Merge {
  text: string;
  /** False when the part that changed was edited by hand: the draft is left as it was. */
  ok: boolean;
}

/**
 * mergeRefill carries a new filling of a template into a draft the person
 * may have edited. before is the text the last filling produced, after the
 * new one; the part between their common start and end changed. That part
 * of before is looked up in the draft (nearest its old place) and replaced,
 * so edits elsewhere in the draft stay.
 */
export function mergeRefill(draft: string, before: string, after: string): Merge {
  if (before === after) return { text: draft, ok: true };
  if (draft === before) return { text: after, ok: true };
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p]) p++;
  let s = 0;
  while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  let oldPart = before.slice(p, before.length - s);
  let newPart = after.slice(p, after.length - s);
  // A bare insertion has nothing to find: anchor it on the text before it.
  let lead = 0;
  if (oldPart === '') {
    lead = Math.min(p, 24);
    oldPart = before.slice(p - lead, p);
    newPart = before.slice(p - lead, p) + newPart;
    if (oldPart === '') return { text: draft, ok: false };
  }
  const at = locate(draft, oldPart, before, p - lead);
  if (at < 0) return { text: draft, ok: false };
  return { text: draft.slice(0, at) + newPart + draft.slice(at + oldPart.length), ok: true };
}

/**
 * locate finds needle in draft where it sits among the same words as at
 * position from in before; of equally good places, the one nearest.
 */
function locate(draft: string, needle: string, before: string, from: number): number {
  const CONTEXT = 64;
  const ahead = before.slice(Math.max(0, from - CONTEXT), from);
  const behind = before.slice(from + needle.length, from + needle.length + CONTEXT);
  let best = -1;
  let bestScore = -1;
  for (let i = draft.indexOf(needle); i >= 0; i = draft.indexOf(needle, i + 1)) {
    const lead = draft.slice(Math.max(0, i - CONTEXT), i);
    const tail = draft.slice(i + needle.length, i + needle.length + CONTEXT);
    let a = 0;
    while (a < lead.length && a < ahead.length && lead[lead.length - 1 - a] === ahead[ahead.length - 1 - a]) a++;
    let b = 0;
    while (b < tail.length && b < behind.length && tail[b] === behind[b]) b++;
    const score = a + b;
    if (score > bestScore || (score === bestScore && Math.abs(i - from) < Math.abs(best - from))) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** insertAt puts a block of text at a cursor, on lines of its own when the cursor is mid-text. */
export function insertAt(text: string, pos: number, block: string): { text: string; start: number } {
  pos = Math.max(0, Math.min(pos, text.length));
  if (text.trim() === '') return { text: block, start: 0 };
  const before = text.slice(0, pos);
  const after = text.slice(pos);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n\n';
  return { text: before + lead + block + trail + after, start: before.length + lead.length };
}

// ---- Go's save errors -----------------------------------------------------

export type TemplateField = 'name' | 'category' | 'channel' | 'subject' | 'body';

/** A bracket problem at a place, as Go names it. */
export interface Place {
  field: 'subject' | 'body';
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** The whole line of Go's message: "body line 3, column 12: unknown placeholder …". */
  message: string;
  /** What was written there, when Go quotes it: "[Custmer Name]". */
  written?: string;
  /** The placeholder Go thinks was meant: "Customer Name". */
  suggestion?: string;
}

function place(field: Place['field'], line: number, column: number, message: string): Place {
  const p: Place = { field, line, column, message };
  const written = /placeholder (\[[^\]\n]*\])/.exec(message)?.[1];
  const suggestion = /did you mean \[([^\]\n]+)\]\?/.exec(message)?.[1];
  if (written) p.written = written;
  if (suggestion) p.suggestion = suggestion;
  return p;
}

export interface TemplateErrors {
  /** Messages by field, to show under it. */
  fields: Partial<Record<TemplateField, string[]>>;
  places: Place[];
  /** Messages about no field (a conflict, a lost template …). */
  general: string[];
}

const fieldRules: [TemplateField, RegExp][] = [
  ['name', /template has no name|template name/i],
  ['category', /category/i],
  ['channel', /channel/i],
  ['subject', /^the subject/i],
  ['body', /has no text/i],
];

/** templateErrors sorts Go's refusal to save (one problem per line) by field and place. */
export function templateErrors(message: string): TemplateErrors {
  const out: TemplateErrors = { fields: {}, places: [], general: [] };
  const add = (f: TemplateField, m: string) => (out.fields[f] ??= []).push(m);
  for (const raw of message.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    let m = /^(subject|body) line (\d+), column (\d+): /.exec(line);
    if (m) {
      const field = m[1] as 'subject' | 'body';
      out.places.push(place(field, Number(m[2]), Number(m[3]), line));
      add(field, line);
      continue;
    }
    m = /^subject, column (\d+): /.exec(line);
    if (m) {
      out.places.push(place('subject', 1, Number(m[1]), line));
      add('subject', line);
      continue;
    }
    const rule = fieldRules.find(([, re]) => re.test(line));
    if (rule) add(rule[0], line);
    else out.general.push(line);
  }
  return out;
}

/**
 * placeRange turns Go's line and column (1-based, in characters) into
 * UTF-16 offsets in text, spanning the bracketed text that starts there
 * (or one character), or null when the text has changed since.
 */
export function placeRange(text: string, line: number, column: number): { start: number; end: number } | null {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return null;
  const chars = Array.from(lines[line - 1]);
  if (column < 1 || column > chars.length) return null;
  let start = 0;
  for (let i = 0; i < line - 1; i++) start += lines[i].length + 1;
  start += chars.slice(0, column - 1).join('').length;
  const rest = chars.slice(column - 1).join('');
  let len = 1;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    len = close > 0 ? close + 1 : rest.length;
  }
  return { start, end: start + len };
}

// ---- highlighting ----------------------------------------------------------

export interface Mark {
  start: number;
  end: number;
  /** A class name for the highlight: "placeholder", "missing", "error". */
  kind: string;
}

export interface LaidLine {
  /** The whole line is marked (Go named a problem on it). */
  flagged: boolean;
  segments: { text: string; kind: string | null }[];
}

/**
 * layoutLines splits text into lines and each line into plain and marked
 * segments, for a backdrop drawn behind a textarea. Overlapping marks: the
 * earlier one wins. flagged are 1-based line numbers.
 */
export function layoutLines(text: string, marks: Mark[], flagged: number[] = []): LaidLine[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const clean: Mark[] = [];
  for (const m of sorted) if (!clean.length || m.start >= clean[clean.length - 1].end) clean.push(m);
  const out: LaidLine[] = [];
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    const from = offset;
    const to = offset + line.length;
    const segments: LaidLine['segments'] = [];
    let at = from;
    for (const m of clean) {
      if (m.end <= from || m.start >= to) continue;
      const s = Math.max(m.start, from);
      const e = Math.min(m.end, to);
      if (s > at) segments.push({ text: text.slice(at, s), kind: null });
      segments.push({ text: text.slice(s, e), kind: m.kind });
      at = e;
    }
    if (at < to) segments.push({ text: text.slice(at, to), kind: null });
    out.push({ flagged: flagged.includes(i + 1), segments });
    offset = to + 1;
  });
  return out;
}

// ---- a ticket's emails ----------------------------------------------------

/**
 * matchEmails pairs a ticket's replies with the emails that carried them.
 * Go records the reply on its email (replyId); emails written before it
 * did (replyId 0) are paired by their text, which Go stores as the
 * reply's, each email once, in order. Feedback requests are not replies
 * and are left out.
 */
export function matchEmails(messages: Message[], emails: OutboxMessage[]): Map<number, OutboxMessage> {
  const out = new Map<number, OutboxMessage>();
  const replies = messages.filter((m) => m.kind === 'reply');
  const byReply = new Map<number, OutboxMessage>();
  for (const e of emails) if (e.replyId && !byReply.has(e.replyId)) byReply.set(e.replyId, e);
  const free = emails.filter((e) => e.batchId === 0 && !e.replyId);
  const same = (a: string, b: string) => a.replaceAll('\r\n', '\n').trim() === b.replaceAll('\r\n', '\n').trim();
  for (const m of replies) {
    const e = byReply.get(m.id);
    if (e) {
      out.set(m.id, e);
      continue;
    }
    const i = free.findIndex((x) => same(x.text, m.body));
    if (i >= 0) {
      out.set(m.id, free[i]);
      free.splice(i, 1);
    }
  }
  return out;
}

/** addressName is the name in an address header ("\"Ann Lee\" <ann@x>" → "Ann Lee"), else the address. */
export function addressName(header: string): string {
  const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|([^<]*?))\s*<([^>]*)>\s*$/.exec(header);
  if (!m) return header.trim();
  const name = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').trim();
  return name || m[3].trim();
}
