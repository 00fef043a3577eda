import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';

import Select from './Select.svelte';

const options = [
  { value: 'new', label: 'New' },
  { value: 'open', label: 'Open' },
  { value: 'pending', label: 'Pending', disabled: true },
  { value: 'resolved', label: 'Resolved' },
];

function setup() {
  const onchange = vi.fn();
  render(Select, { props: { value: 'new', options, onchange, label: 'Status' } });
  return { onchange, trigger: screen.getByRole('combobox', { name: 'Status' }) };
}

afterEach(cleanup);

describe('Select', () => {
  it('is a combobox that opens a listbox with the value selected', async () => {
    const { trigger } = setup();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox');
    expect(trigger.getAttribute('aria-controls')).toBe(list.id);
    expect(screen.getByRole('option', { name: 'New' }).getAttribute('aria-selected')).toBe('true');
  });

  it('picks with the arrows and Enter, skipping a disabled option', async () => {
    const { trigger, onchange } = setup();
    await fireEvent.click(trigger);
    const list = screen.getByRole('listbox');
    await fireEvent.keyDown(list, { key: 'ArrowDown' });
    await fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Resolved' }).id);
    await fireEvent.keyDown(list, { key: 'Enter' });
    expect(onchange).toHaveBeenCalledWith('resolved');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('closes on Escape without a change', async () => {
    const { trigger, onchange } = setup();
    await fireEvent.click(trigger);
    await fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(onchange).not.toHaveBeenCalled();
  });

  it('stays open when something beside it scrolls, and closes when the page under it does', async () => {
    const { trigger } = setup();
    const field = document.body.appendChild(document.createElement('input'));
    await fireEvent.click(trigger);
    await fireEvent.scroll(field);
    expect(screen.queryByRole('listbox')).not.toBeNull();
    await fireEvent.scroll(document);
    expect(screen.queryByRole('listbox')).toBeNull();
    field.remove();
  });

  it('jumps to an option by its first letter', async () => {
    const { trigger, onchange } = setup();
    await fireEvent.keyDown(trigger, { key: 'r' });
    await fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Enter' });
    expect(onchange).toHaveBeenCalledWith('resolved');
  });
});
