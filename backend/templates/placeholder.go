package templates

import "strings"

// Source says where the value of a placeholder comes from.
type Source string

// Sources. Everything but SourceAsk is filled by the app; SourceAsk values
// are asked for when the reply is sent (once for a whole feedback batch).
const (
	SourceCustomer Source = "customer" // the ticket's customer record
	SourceTicket   Source = "ticket"   // the ticket itself
	SourceShop     Source = "shop"     // the shop settings
	SourceAgent    Source = "agent"    // the person signed in
	SourceAsk      Source = "ask"      // typed in at send time
)

// Placeholder is one name Shopdesk knows between square brackets.
type Placeholder struct {
	// Name is the canonical spelling, without brackets: "Customer Name".
	// Fill looks values up under this name.
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Source      Source   `json:"source"`
	Aliases     []string `json:"aliases,omitempty"` // other accepted spellings
}

// Known is the fixed list of placeholders, in the order the editor offers them.
var Known = []Placeholder{
	{Name: "Customer Name", Source: SourceCustomer, Description: "The customer's full name.", Aliases: []string{"Name of Customer", "Customer Full Name", "Full Name"}},
	{Name: "First Name", Source: SourceCustomer, Description: "The customer's first name, for a friendly greeting.", Aliases: []string{"Customer First Name"}},
	{Name: "Customer Email", Source: SourceCustomer, Description: "The customer's email address.", Aliases: []string{"Email Address", "Customer Email Address"}},
	{Name: "Order Number", Source: SourceTicket, Description: "The order the ticket is about.", Aliases: []string{"Order ID", "Order No", "Order #", "Order"}},
	{Name: "Ticket Number", Source: SourceTicket, Description: "The ticket's number as customers see it, like #1042.", Aliases: []string{"Ticket ID", "Ticket #", "Case Number", "Case ID", "Reference Number"}},
	{Name: "Store Name", Source: SourceShop, Description: "The shop's name from Settings.", Aliases: []string{"Shop Name", "Company Name", "Store"}},
	{Name: "Store Website", Source: SourceShop, Description: "The shop's web address from Settings.", Aliases: []string{"Store URL", "Shop URL", "Website"}},
	{Name: "Your Name", Source: SourceAgent, Description: "The name of the person sending the reply.", Aliases: []string{"Agent Name", "My Name", "Sender Name"}},
	{Name: "Tracking Number", Source: SourceAsk, Description: "The carrier's tracking number for the shipment.", Aliases: []string{"Tracking #", "Tracking Code", "Tracking ID"}},
	{Name: "Tracking Link", Source: SourceAsk, Description: "The web address where the customer can follow the shipment.", Aliases: []string{"Tracking URL"}},
	{Name: "Estimated Delivery", Source: SourceAsk, Description: "When the parcel should arrive, like \"Friday, 14 March\".", Aliases: []string{"Estimated Delivery Date", "Delivery Date", "ETA"}},
	{Name: "Item Name", Source: SourceAsk, Description: "The product the message is about.", Aliases: []string{"Product Name", "Product", "Item"}},
	{Name: "Alternative Product", Source: SourceAsk, Description: "A similar product you can offer instead.", Aliases: []string{"Alternative Item", "Alternative", "Substitute Product"}},
	{Name: "Refund Amount", Source: SourceAsk, Description: "How much is refunded, with the currency, like \"$24.90\".", Aliases: []string{"Refund Total", "Amount"}},
	{Name: "Refund Timeline", Source: SourceAsk, Description: "How long the refund takes to arrive, like \"5 to 7 business days\".", Aliases: []string{"Refund Time", "Refund Timeframe"}},
	{Name: "Return Label Link", Source: SourceAsk, Description: "The web address of the prepaid return shipping label.", Aliases: []string{"Return Label", "Return Label URL", "Return Shipping Label"}},
	{Name: "Survey Link", Source: SourceAsk, Description: "The web address of the feedback survey.", Aliases: []string{"Survey URL", "Survey", "Feedback Link"}},
	{Name: "Discount Code", Source: SourceAsk, Description: "A discount code or coupon for the customer's next purchase.", Aliases: []string{"Discount Code/Coupon", "Coupon", "Coupon Code", "Promo Code", "Voucher Code"}},
	{Name: "Specific Solution", Source: SourceAsk, Description: "What you will do for this customer, in your own words.", Aliases: []string{"Solution", "Resolution"}},
	{Name: "Next Update", Source: SourceAsk, Description: "When the customer will hear from you next, like \"tomorrow at noon\".", Aliases: []string{"Follow-up Date", "Follow Up Date"}},
	{Name: "Estimated Resolution", Source: SourceAsk, Description: "When you expect the case to be resolved.", Aliases: []string{"Estimated Resolution Time", "Estimated Resolution Date", "Resolution Time"}},
	{Name: "Return Number", Source: SourceAsk, Description: "The return request's number, like R-1001 (filled from a return request).", Aliases: []string{"Return ID", "RMA Number", "RMA", "Return #"}},
	{Name: "Rejection Reason", Source: SourceAsk, Description: "Why the return was declined, in words the customer understands (filled from a return request).", Aliases: []string{"Reason for Rejection", "Decline Reason"}},
	{Name: "Summary Date", Source: SourceAsk, Description: "The day an end-of-day summary covers (filled from the summary).", Aliases: []string{"Insert Date", "Report Date"}},
	{Name: "Prepared By", Source: SourceAsk, Description: "Who prepared the end-of-day summary (filled from the summary).", Aliases: []string{"Preparer"}},
	{Name: "Day Summary", Source: SourceAsk, Description: "The end-of-day summary's figures, notable issues and team highlights (filled from the summary).", Aliases: []string{"End-of-Day Summary", "Summary"}},
	{Name: "Returned Items", Source: SourceAsk, Description: "The items being returned, like \"Linen throw × 2, Mug\" (filled from a return request).", Aliases: []string{"Return Items", "Items Returned"}},
}

// byKey maps a normalized name or alias to its index in Known.
var byKey = func() map[string]int {
	m := make(map[string]int)
	for i, p := range Known {
		m[normalize(p.Name)] = i
		for _, a := range p.Aliases {
			m[normalize(a)] = i
		}
	}
	return m
}()

// Lookup finds the known placeholder a name stands for, with or without its
// brackets, in any case, by its canonical name or one of its aliases.
func Lookup(name string) (Placeholder, bool) {
	name = strings.TrimSpace(name)
	if strings.HasPrefix(name, "[") && strings.HasSuffix(name, "]") {
		name = name[1 : len(name)-1]
	}
	i, ok := byKey[normalize(name)]
	if !ok {
		return Placeholder{}, false
	}
	return Known[i], true
}

// normalize lower-cases a name, collapses runs of white space to one space
// and drops a leading "insert " ("[Insert Survey Link]").
func normalize(name string) string {
	name = strings.Join(strings.Fields(strings.ToLower(name)), " ")
	if rest, ok := strings.CutPrefix(name, "insert "); ok {
		name = rest
	}
	// "discount code / coupon" and "discount code/coupon" are one spelling.
	name = strings.ReplaceAll(name, " / ", "/")
	return name
}
