// The composer's reading of a rep's own reply, as Go's templates.CheckReply
// reads it: only a placeholder's name or a multi-word spelling of it counts
// (a one-word alias such as "[Order]" is an ordinary word there), and text
// that is almost a name ("[Custmer Name]") is a near miss to correct.

import { normalizeName, type Found, type PlaceholderIndex } from './mail-text';
import type { Placeholder } from './mail-types';

/** replyIndex maps the spellings that count in a reply to the canonical name. */
export function replyIndex(known: Placeholder[]): PlaceholderIndex {
  const ix: PlaceholderIndex = new Map();
  for (const p of known) {
    ix.set(normalizeName(p.name), p.name);
    for (const a of p.aliases ?? []) {
      const k = normalizeName(a);
      if (k.includes(' ')) ix.set(k, p.name);
    }
  }
  return ix;
}

export interface NearMiss extends Found {
  /** The placeholder meant, without brackets. */
  suggestion: string;
}

const bracketed = /\[([^[\]\n]{1,60})\]/g;

/** checkReply lists the placeholders (known or not) and the near misses in a reply. */
export function checkReply(text: string, ix: PlaceholderIndex): { found: Found[]; near: NearMiss[] } {
  const found: Found[] = [];
  const near: NearMiss[] = [];
  for (const m of text.matchAll(bracketed)) {
    const start = m.index ?? 0;
    const f: Found = { start, end: start + m[0].length, written: m[0], name: ix.get(normalizeName(m[1])) ?? null };
    found.push(f);
    if (!f.name) {
      const s = suggestInReply(m[1], ix);
      if (s) near.push({ ...f, suggestion: s });
    }
  }
  return { found, near };
}

/** suggestInReply is Go's: one slip per five letters, at least five letters. */
export function suggestInReply(name: string, ix: PlaceholderIndex): string {
  const n = normalizeName(name);
  const len = [...n].length;
  if (len < 5) return '';
  let best = '';
  let bestDist = Infinity;
  for (const [key, canonical] of ix) {
    const d = editDistance(n, key);
    if (d < bestDist) [best, bestDist] = [canonical, d];
  }
  return bestDist > 0 && bestDist <= Math.min(3, Math.max(1, Math.floor(len / 5))) ? best : '';
}

function editDistance(a: string, b: string): number {
  const ra = [...a];
  const rb = [...b];
  let prev = Array.from({ length: rb.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ra.length; i++) {
    const cur = [i];
    for (let j = 1; j <= rb.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ra[i - 1] === rb[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[rb.length];
}

/** nearMissLine is what the composer says about the first near miss. */
export function nearMissLine(near: NearMiss[]): string {
  return near.length ? `${near[0].written} is not a placeholder. Did you mean [${near[0].suggestion}]?` : '';
}
