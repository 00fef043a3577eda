import type { Category, Channel, Customer, Priority } from '../../lib/types';

export interface TicketDraft {
  subject: string;
  customerId: number;
  customerEmail: string;
  customerName: string;
  /** Kept on a new customer; phone and chat customers may give no email. */
  customerPhone: string;
  orderNumber: string;
  channel: Channel;
  category: Category;
  priority: Priority;
  /** "" for nobody, else a person's id. */
  assignee: string;
  tags: string[];
  message: string;
}

export const blankDraft = (): TicketDraft => ({
  subject: '',
  customerId: 0,
  customerEmail: '',
  customerName: '',
  customerPhone: '',
  orderNumber: '',
  channel: 'email',
  category: 'other',
  priority: 'normal',
  assignee: '',
  tags: [],
  message: '',
});

/**
 * NewTicketForm keeps the "New ticket" draft between openings of the dialog,
 * so closing it by accident (or an error) never loses what was typed.
 */
class NewTicketForm {
  open = $state(false);
  draft = $state<TicketDraft>(blankDraft());

  /** start opens the dialog, for a known customer if one is given. */
  start(customer?: Customer) {
    if (customer) {
      this.draft = {
        ...this.draft,
        customerId: customer.id,
        customerEmail: customer.email,
        customerName: customer.name,
      };
    }
    this.open = true;
  }

  clear() {
    this.draft = blankDraft();
  }
}

export const newTicket = new NewTicketForm();
