import { cleanup, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Composed, Template } from '../../lib/mail-types';
import TemplatePreview from './TemplatePreview.svelte';
import { blankTemplate } from './templates.svelte';

type G = { go?: unknown };

/** Go's Templates.Preview, filling [Customer Name] with a sample name. */
const preview = vi.fn(async (t: Template, _ticketId: number): Promise<Composed> => {
  const text = t.body.replaceAll('[Customer Name]', 'Dana Fox');
  return { subject: t.subject, text, html: `<p>${text}</p>`, missing: [], ask: [] };
});

beforeEach(() => {
  vi.useFakeTimers();
  preview.mockClear();
  (globalThis as G).go = { app: { Templates: { Preview: preview } } };
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete (globalThis as G).go;
});

const saved: Template = { ...blankTemplate('shipping_delay'), id: 7, name: 'On its way', body: 'Hi [Customer Name],', version: 3 };

/** Lets the preview's promises and Svelte's updates run. */
async function settle() {
  await vi.advanceTimersByTimeAsync(0);
  await tick();
}

describe('TemplatePreview', () => {
  it('fills the template at once, then follows the typing after a pause, unsaved', async () => {
    const { rerender } = render(TemplatePreview, { template: saved });
    await settle();
    expect(preview).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('preview-subject')).toBeTruthy();

    for (const body of ['Hi [Customer Name], y', 'Hi [Customer Name], yo', 'Hi [Customer Name], your parcel']) {
      await rerender({ template: { ...saved, body } });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(preview).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(250);
    await tick();
    expect(preview).toHaveBeenCalledTimes(2);
    expect(preview.mock.lastCall?.[0].body).toBe('Hi [Customer Name], your parcel');
    expect(preview.mock.lastCall?.[1]).toBe(0);
    screen.getByRole('tab', { name: 'Plain text' }).click();
    await tick();
    expect(screen.getByTestId('preview-text').textContent).toBe('Hi Dana Fox, your parcel');
  });

  it('asks Go nothing when only the name or category changed', async () => {
    const { rerender } = render(TemplatePreview, { template: saved });
    await settle();
    await rerender({ template: { ...saved, name: 'Parcel news', category: 'general' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(preview).toHaveBeenCalledTimes(1);
  });

  it('fills another template at once, and a new one before it is saved', async () => {
    const { rerender } = render(TemplatePreview, { template: saved });
    await settle();
    await rerender({ template: { ...blankTemplate(), body: 'Hello [Customer Name]' } });
    await settle();
    expect(preview).toHaveBeenCalledTimes(2);
    expect(preview.mock.lastCall?.[0].id).toBe(0);
  });

  it('invites writing while the template is empty', async () => {
    render(TemplatePreview, { template: blankTemplate() });
    await settle();
    expect(screen.getByTestId('preview-blank')).toBeTruthy();
  });
});
