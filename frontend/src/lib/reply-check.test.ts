import { describe, expect, it } from 'vitest';
import { checkReply, nearMissLine, replyIndex } from './reply-check';

const known = [
  { name: 'Customer Name', description: '', source: 'customer', aliases: ['Full Name'] },
  { name: 'Order Number', description: '', source: 'ticket', aliases: ['Order ID', 'Order'] },
];
const ix = replyIndex(known as never);

describe('checkReply', () => {
  it('leaves common words in brackets alone', () => {
    const { found, near } = checkReply('Your [Order] and [Orders] [sic]', ix);
    expect(found.every((f) => f.name === null)).toBe(true);
    expect(near).toEqual([]);
  });
  it('knows names and multi-word aliases', () => {
    const { found } = checkReply('[Customer Name] [order id]', ix);
    expect(found.map((f) => f.name)).toEqual(['Customer Name', 'Order Number']);
  });
  it('catches a near miss of a real placeholder', () => {
    const { near } = checkReply('Hi [Custmer Name] 🙂', ix);
    expect(near).toMatchObject([{ written: '[Custmer Name]', suggestion: 'Customer Name', start: 3 }]);
    expect(nearMissLine(near)).toBe('[Custmer Name] is not a placeholder. Did you mean [Customer Name]?');
  });
});
