package templates

// The built-in templates. Their texts come from the shop's customer-service
// checklists: the feedback email (template 9) and the social-media replies
// (template 6) word for word; the order-issue replies from checklist 2's
// actions; the complaint acknowledgement from checklist 3's phrases; the
// return-label and refund updates from checklist 5; the escalation update
// from workflow 7, step 4.

const signature = `

Best regards,
[Your Name]
Customer Support Team
[Store Name]`

var defaults = []Template{
	{
		DefaultKey: "feedback",
		Name:       "Customer feedback request",
		Category:   "feedback",
		Channel:    ChannelEmail,
		Subject:    "We'd love your feedback on your recent experience!",
		Body: `Dear [Customer Name],

Thank you for shopping with [Store Name]! We’d love to hear your thoughts about your recent experience. Your feedback helps us improve and serve you better.

Please take a moment to complete this short survey: [Insert Survey Link].

As a thank-you, you’ll receive a [discount code/coupon] for your next purchase!

Thank you for your time and for being a valued customer.

Best regards,
[Your Name]
Customer Support Team
[Store Name]`,
	},
	{
		DefaultKey: "shipping_delay",
		Name:       "Shipping delay update",
		Category:   "shipping_delay",
		Channel:    ChannelEmail,
		Subject:    "An update on your order [Order Number]",
		Body: `Hi [First Name],

I'm sorry your order [Order Number] is taking longer than expected. I've checked its tracking number, [Tracking Number], and it is now expected to arrive by [Estimated Delivery].

If that is too late for you, just reply to this email: we can upgrade you to expedited shipping, or offer you a discount on this order.

Thank you for your patience.` + signature,
	},
	{
		DefaultKey: "incorrect_item",
		Name:       "Incorrect item delivered",
		Category:   "incorrect_item",
		Channel:    ChannelEmail,
		Subject:    "Your replacement for order [Order Number]",
		Body: `Hi [First Name],

I'm truly sorry you received the wrong item in order [Order Number]. I've started a replacement for you, and it should reach you by [Estimated Delivery].

Please send the incorrect item back to us with this prepaid return label: [Return Label Link]

You don't need to wait for the return: your replacement is already on its way. If anything about it isn't right, just reply to this email.` + signature,
	},
	{
		DefaultKey: "item_missing",
		Name:       "Item missing from order",
		Category:   "item_missing",
		Channel:    ChannelEmail,
		Subject:    "The missing item from order [Order Number] is on its way",
		Body: `Hi [First Name],

I'm sorry [Item Name] was missing from your order [Order Number]. I've checked with our warehouse team, and we've sent the missing item to you as quickly as we could.

You can follow the new shipment with tracking number [Tracking Number]. It should arrive by [Estimated Delivery].` + signature,
	},
	{
		DefaultKey: "cancellation",
		Name:       "Order cancellation",
		Category:   "cancellation",
		Channel:    ChannelEmail,
		Subject:    "Your order [Order Number] is cancelled",
		Body: `Hi [First Name],

Thank you for letting us know you'd like to cancel order [Order Number]. It was still being processed, so I've cancelled it for you.

Your refund of [Refund Amount] will be back on your original payment method within [Refund Timeline].

If the order had already shipped, you could still return it once it arrives: just reply to this email and we'll send you a return label.` + signature,
	},
	{
		DefaultKey: "out_of_stock",
		Name:       "Item out of stock",
		Category:   "out_of_stock",
		Channel:    ChannelEmail,
		Subject:    "About [Item Name] in your order [Order Number]",
		Body: `Hi [First Name],

I'm sorry: [Item Name] from your order [Order Number] is out of stock, and we'd rather tell you now than keep you waiting.

Here is what we can do, whichever you prefer:
- send you a similar item we have in stock: [Alternative Product]
- give you store credit for the full amount, to use whenever you like
- refund [Refund Amount] to your original payment method

Just reply to this email with your choice, and I'll take care of the rest.` + signature,
	},
	{
		DefaultKey: "complaint",
		Name:       "Complaint acknowledgement",
		Category:   "complaint",
		Channel:    ChannelEmail,
		Subject:    "We're looking into this for you",
		Body: `Hi [First Name],

Thank you for letting us know. We’re here to help.

I’m truly sorry for this experience. I'm looking into your order [Order Number] now: its order history, our warehouse records and the shipping data.

I'll get back to you by [Next Update] with a solution, whether that is a replacement, a refund or store credit, and clear timelines for it.` + signature,
	},
	{
		DefaultKey: "return_label",
		Name:       "Return label",
		Category:   "return_refund",
		Channel:    ChannelEmail,
		Subject:    "Your return label for order [Order Number]",
		Body: `Hi [First Name],

Your return for order [Order Number] is approved. Here is your prepaid return shipping label: [Return Label Link]

Please print it, stick it on the parcel and drop it off with the carrier. As soon as the item arrives and we've checked it, we'll process your refund and let you know.` + signature,
	},
	{
		DefaultKey: "refund_issued",
		Name:       "Refund issued",
		Category:   "return_refund",
		Channel:    ChannelEmail,
		Subject:    "Your refund for order [Order Number]",
		Body: `Hi [First Name],

Good news: your return for order [Order Number] has arrived and passed inspection, and we've issued your refund of [Refund Amount].

It should appear on your original payment method within [Refund Timeline], depending on your bank.` + signature,
	},
	{
		DefaultKey: "return_approved",
		Name:       "Return approved",
		Category:   "return_refund",
		Channel:    ChannelEmail,
		Subject:    "Your return [Return Number] is approved",
		Body: `Hi [First Name],

Your return [Return Number] for order [Order Number] is approved: [Returned Items].

Please pack the items securely and send them back to us. As soon as they arrive and we've checked them, we'll let you know and process your request.` + signature,
	},
	{
		DefaultKey: "return_rejected",
		Name:       "Return not accepted",
		Category:   "return_refund",
		Channel:    ChannelEmail,
		Subject:    "About your return request [Return Number]",
		Body: `Hi [First Name],

Thank you for your return request [Return Number] for order [Order Number]. We're sorry, but we can't accept this return: [Rejection Reason]

If you think we've got this wrong, or there's anything else we can do, just reply to this email.` + signature,
	},
	{
		DefaultKey: "return_received",
		Name:       "Return received",
		Category:   "return_refund",
		Channel:    ChannelEmail,
		Subject:    "We've received your return [Return Number]",
		Body: `Hi [First Name],

Your return [Return Number] for order [Order Number] has arrived: [Returned Items].

We're checking the items now and will update you within [Refund Timeline].` + signature,
	},
	{
		DefaultKey: "exchange_shipped",
		Name:       "Exchange shipped",
		Category:   "return_refund",
		Channel:    ChannelEmail,
		Subject:    "Your exchange for order [Order Number] is on its way",
		Body: `Hi [First Name],

Your return [Return Number] has been checked, and your exchange is on its way. You can follow it with tracking number [Tracking Number].

If anything about it isn't right, just reply to this email.` + signature,
	},
	{
		DefaultKey: "escalation_update",
		Name:       "Escalation progress update",
		Category:   "escalation",
		Channel:    ChannelEmail,
		Subject:    "An update on your case [Ticket Number]",
		Body: `Hi [First Name],

I want to update you on your case [Ticket Number] about order [Order Number]. A specialist on our team has reviewed it with the departments involved, and here is where things stand:

[Specific Solution]

We expect to have it fully resolved by [Estimated Resolution]. I'll keep you posted until then, and you can reply to this email at any time.` + signature,
	},
	{
		DefaultKey: "end_of_day_summary",
		Name:       "End-of-day summary (to the owner)",
		Category:   "general",
		Channel:    ChannelEmail,
		Subject:    "End-of-day summary for [Summary Date]",
		Body: `Here is the end-of-day summary for [Summary Date], prepared by [Prepared By].

[Day Summary]

Each figure opens the tickets behind it on the summary screen in Shopdesk.`,
	},
	{
		DefaultKey: "social_public",
		Name:       "Social media: public reply",
		Category:   "social",
		Channel:    ChannelClipboard,
		Body:       `Hi [Customer Name], thank you for reaching out! We’re sorry to hear about your experience. Please send us a direct message with your order details so we can resolve this quickly.`,
	},
	{
		DefaultKey: "social_dm",
		Name:       "Social media: direct message",
		Category:   "social",
		Channel:    ChannelClipboard,
		Body:       `Hi [Customer Name], thank you for providing your order number. I’ve reviewed your case, and here’s what we can do: [specific solution]. Please let us know if you need further assistance!`,
	},
}

// Defaults returns a copy of the built-in templates as they ship (no IDs).
func Defaults() []Template {
	out := make([]Template, len(defaults))
	for i, d := range defaults {
		d.BuiltIn = true
		out[i] = d
	}
	return out
}

func defaultFor(key string) (Template, bool) {
	for _, d := range defaults {
		if d.DefaultKey == key {
			d.BuiltIn = true
			return d, true
		}
	}
	return Template{}, false
}
