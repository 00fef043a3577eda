import { messageOf } from '../../lib/api';
import { Templates } from '../../lib/mail-api';
import { templateCategories } from '../../lib/mail-labels';
import type { Template, TemplateCategory } from '../../lib/mail-types';

/** Go's zero time: a new template has no times yet, and Go cannot read "". */
const ZERO_TIME = '0001-01-01T00:00:00Z';

/** A new template's starting point. */
export function blankTemplate(category: TemplateCategory = 'general'): Template {
  return {
    id: 0,
    name: '',
    category,
    channel: 'email',
    subject: '',
    body: '',
    builtIn: false,
    version: 0,
    createdAt: ZERO_TIME,
    updatedAt: ZERO_TIME,
  };
}

/** byCategory groups templates in Go's category order, names A–Z within. */
export function byCategory(list: Template[]): { category: TemplateCategory; items: Template[] }[] {
  const rank = (c: TemplateCategory) => {
    const i = templateCategories.indexOf(c);
    return i < 0 ? templateCategories.length : i;
  };
  const sorted = [...list].sort((a, b) => rank(a.category) - rank(b.category) || a.name.localeCompare(b.name));
  const out: { category: TemplateCategory; items: Template[] }[] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && last.category === t.category) last.items.push(t);
    else out.push({ category: t.category, items: [t] });
  }
  return out;
}

/** TemplatesState is the templates screen's list. */
export class TemplatesState {
  list = $state<Template[]>([]);
  loaded = $state(false);
  error = $state('');

  async load() {
    try {
      this.list = await Templates.list();
      this.error = '';
    } catch (err) {
      this.error = messageOf(err);
    } finally {
      this.loaded = true;
    }
  }

  get(id: number): Template | undefined {
    return this.list.find((t) => t.id === id);
  }
}
