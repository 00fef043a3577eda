// Names people read for the values Go uses, in the order Go lists them.

import type { Category, Channel, Priority, Role, Sort, Status, View } from './types';

export const statuses: Status[] = ['new', 'open', 'pending', 'escalated', 'resolved', 'closed'];
export const priorities: Priority[] = ['urgent', 'high', 'normal', 'low'];
export const channels: Channel[] = ['email', 'chat', 'phone', 'social', 'marketplace', 'webform'];
export const categories: Category[] = [
  'shipping_delay',
  'incorrect_item',
  'item_missing',
  'cancellation',
  'out_of_stock',
  'complaint',
  'return_refund',
  'product_question',
  'other',
];
export const views: View[] = ['mine', 'unassigned', 'overdue', 'open', 'resolved', 'all'];

export const statusLabel: Record<Status, string> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  escalated: 'Escalated',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const priorityLabel: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

export const channelLabel: Record<Channel, string> = {
  email: 'Email',
  chat: 'Live chat',
  phone: 'Phone',
  social: 'Social media',
  marketplace: 'Marketplace',
  webform: 'Web form',
};

export const categoryLabel: Record<Category, string> = {
  shipping_delay: 'Shipping delay',
  incorrect_item: 'Incorrect item',
  item_missing: 'Item missing',
  cancellation: 'Cancellation',
  out_of_stock: 'Out of stock',
  complaint: 'Complaint',
  return_refund: 'Return or refund',
  product_question: 'Product question',
  other: 'Other',
};

export const viewLabel: Record<View, string> = {
  mine: 'My open',
  unassigned: 'Unassigned',
  overdue: 'Overdue',
  open: 'All open',
  resolved: 'Resolved',
  all: 'All',
};

export const viewEmpty: Record<View, string> = {
  mine: 'Nothing assigned to you is open. Take one from Unassigned, or enjoy the quiet.',
  unassigned: 'Every open ticket has someone on it.',
  overdue: 'No ticket has missed its target. Well done.',
  open: 'No open tickets. New ones appear here as customers write in.',
  resolved: 'No resolved tickets yet.',
  all: 'No tickets yet. Press C to log the first one.',
};

export const sortLabel: Record<Sort, string> = {
  updated: 'Last update',
  priority: 'Priority',
  due: 'Due soonest',
  created: 'Newest',
};

export const roleLabel: Record<Role, string> = {
  owner: 'Owner',
  rep: 'Rep',
};

/** initials of a person's name, for small avatars ("Ann Lee" → "AL"). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = [...parts[0]][0] ?? '';
  const last = parts.length > 1 ? ([...parts[parts.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** isActive tells whether a ticket in this status still needs work. */
export function isActive(s: Status): boolean {
  return s === 'new' || s === 'open' || s === 'pending' || s === 'escalated';
}
