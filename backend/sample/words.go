package sample

import "strings"

// The shop sells homeware; its people are made up, and its customers'
// addresses use domains reserved for examples.

var firstNames = strings.Fields(`Olivia Liam Emma Noah Ava Oliver Sophia Elijah Isabella James Mia William
	Amelia Benjamin Harper Lucas Evelyn Henry Abigail Alexander Emily Daniel Ella Matthew Grace Samuel Chloe
	David Zoe Joseph Lily Carter Hannah Owen Nora Wyatt Riley John Aria Jack Layla Luke Scarlett Jayden
	Victoria Dylan Madison Grayson Luna Levi Penelope Isaac Camila Gabriel Ellie Julian Stella Mateo Hazel
	Anthony Aurora Jaxon Violet Lincoln Savannah Joshua Audrey Christopher Brooklyn Andrew Bella Theodore
	Claire Caleb Skylar Ryan Lucy Asher Paisley Nathan Anna Thomas Caroline Leo Genesis Isaiah Aaliyah
	Charles Kennedy Josiah Kinsley Hudson Allison Christian Maya Hunter Sarah Connor Madelyn Eli Adeline
	Ezra Alexa Aaron Ariana Landon Elena Adrian Gabriella Jonathan Naomi Nolan Alice Jeremiah Sadie Easton
	Hailey Elias Eva Colton Emilia Cameron Autumn Carson Quinn Robert Nevaeh Angel Piper Maverick Ruby
	Nicholas Serenity Dominic Willow Jaxson Everly Greyson Cora Adam Kaylee Ian Lydia Austin Aubree Santiago
	Arianna Jordan Eliana Cooper Peyton Brayden Melanie Roman Gianna Evan Isabelle Ezekiel Julia Xavier
	Valentina Jose Nova Jace Clara Jameson Vivian Leonardo Reagan Bryson Mackenzie Axel Madeline Everett
	Brielle Parker Delilah Kayden Isla Miles Rylee Sawyer Katherine Jason Sophie Priya Ravi Mei Wei Hiroshi
	Yuki Amara Kwame Ngozi Tariq Leila Mateus Ingrid Sven Aisha Omar Fatima Chen Ana Luis Carmen Diego`)

var lastNames = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
	Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White
	Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
	Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans
	Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz
	Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
	James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
	Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
	Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West
	Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens
	Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman
	Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks
	Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt
	Okafor Nair Haddad Novak Kowalski Lindqvist Tanaka Sato Yamamoto Larsen Dubois Rossi Bianchi Moreau`)

var emailDomains = []string{"example.com", "example.net", "example.org", "mail.example", "inbox.example", "post.example"}

var products = []string{
	"linen duvet cover", "ceramic pour-over set", "walnut serving board", "wool throw blanket",
	"stoneware dinner plates", "glass storage jars", "cast iron skillet", "bamboo bath mat",
	"rattan pendant lamp", "velvet cushion cover", "copper watering can", "oak bookshelf",
	"cotton waffle towels", "marble mortar and pestle", "enamel dutch oven", "jute area rug",
	"brass candle holders", "hand-thrown mug", "beeswax candle set", "linen napkins",
	"terracotta planter", "chef's knife", "herb drying rack", "wall clock", "floor cushion",
	"stoneware pasta bowls", "crystal wine glasses", "teak shower stool", "down pillow",
	"percale sheet set", "ceramic table lamp", "woven laundry basket", "spice rack",
	"french press", "salad servers", "bread bin", "cheese knife set", "wool doormat",
	"linen curtains", "desk organiser", "picture frame set", "bedside table", "tea towels",
	"ceramic vase", "bar stool", "kitchen scale", "mixing bowls", "coffee grinder",
	"table runner", "bath robe", "jewellery box", "oil diffuser", "cutlery set",
}

var colours = []string{"sage", "oat", "charcoal", "terracotta", "navy", "ivory", "mustard", "slate", "rose", "forest green"}
var sizes = []string{"small", "medium", "large", "king", "queen", "single", "double", "set of 2", "set of 4"}
var carriers = []string{"Royal Parcel", "SwiftShip", "Northway Freight", "PostNet Express", "Coastline Couriers"}

var greetings = []string{"Hi,", "Hello,", "Hi there,", "Good morning,", "Hello {store} team,", ""}
var signoffs = []string{"Thanks,", "Thank you,", "Regards,", "Best,", "Many thanks,", "Cheers,", ""}

var replyOpeners = []string{"Hi {name},", "Hello {name},", "Dear {name},", "Hi {name}, thank you for reaching out!", "Hi {name}, thanks for your patience."}
var replyClosers = []string{
	"Please let us know if you need further assistance!", "Is there anything else I can help with?",
	"Thank you for being a valued customer.", "Let me know if that works for you.", "",
}

// notes are what the team tells each other.
var notes = []string{
	"Checked with the warehouse: the {product} was packed on {date}, no carrier scan since.",
	"Refund of ${amount} approved. Over $50, so Maya okayed it.",
	"Replacement shipped, tracking {tracking}.",
	"VIP customer: offered free express shipping on the next order.",
	"Called the customer, no answer. Left a voicemail.",
	"{carrier} trace opened, reference {tracking}.",
	"Repeat complaint about packaging for the {product}: flagged for the weekly review.",
	"Possible fraud: billing and shipping names differ. Holding until confirmed.",
	"Customer prefers phone. Number is on their profile.",
	"Stock count for the {product} was wrong in the system; inventory updated.",
}

var escalationNotes = []string{
	"Escalating to Maya: customer asked for a manager, order {order}.",
	"Escalated: refund over the rep limit (${amount}).",
	"Escalated: third contact about the same order, needs a call today.",
	"Escalated to the warehouse lead: wrong items twice this month for this customer.",
}

// topic is a kind of request whose words must agree: the subject, what
// the customer wrote, the first answer, the tag a rep would give it, and
// how the conversation goes on if the customer writes again.
type topic struct {
	subject, opening, answer string
	tag                      string // "" for none
	followUp, followReply    string // the customer writes again, the shop answers
	reopen                   string // what the customer writes after it was resolved
}

// topics are the requests of each category, written so that the subject,
// the messages and the tag of one ticket tell the same story.
var topics = map[string][]topic{
	"shipping_delay": {
		{"Where is my order {order}?", "I ordered the {product} on {date} (order {order}) and it still hasn't arrived. The tracking page has said in transit for {days} days.",
			"I've checked the tracking for order {order} with {carrier}: the parcel is at their regional hub and should reach you by {date}. I've upgraded you to express shipping at no charge.", "shipping",
			"Any update on this? It's been {days} days and the tracking still hasn't moved.", "I've chased this with {carrier} again and asked for an urgent update. I'll write as soon as I hear back.",
			"The parcel never arrived after all: tracking shows it returned to sender."},
		{"Order {order} still not delivered", "My order {order} was supposed to arrive by {date} but there is no sign of it. Could you check with {carrier}?",
			"{carrier} has confirmed a delay in your area. Your estimated delivery date is now {date}; if it hasn't arrived by then, we'll send a replacement straight away.", "shipping",
			"It still hasn't come. I'd rather have a refund than wait any longer, please.", "Understood. I've cancelled the shipment and issued the refund of ${amount} today.",
			"The replacement hasn't arrived either, can you check again?"},
		{"Tracking number not working", "The tracking number you sent for {order} doesn't work on the {carrier} website. I need the {product} for a birthday this weekend.",
			"The tracking for {order} was not updating because the label was reprinted. The new tracking number is {tracking}; it shows out for delivery tomorrow.", "carrier",
			"Thanks for the quick reply. The tracking link works now.", "Glad to hear it! The {product} should be with you tomorrow.",
			"The new tracking number has stopped updating too."},
		{"{carrier} says my parcel is held", "{carrier} left a note saying the parcel is held at the depot for customs charges. I was not told about any charges when I paid.",
			"I'm sorry, that charge should never have been passed on to you. I've asked {carrier} to release the parcel and we'll cover the fee; it should reach you by {date}.", "carrier",
			"The courier says they attempted delivery but nobody knocked.", "I've asked {carrier} to deliver again on {date} and to leave it with a neighbour if you're out.",
			"{carrier} is asking me for the customs fee again."},
		{"Has my {product} shipped yet?", "Can you tell me whether my {product} has shipped? Order {order}. It shows as paid {days} days ago and nothing since.",
			"Your {product} left our warehouse this morning with {carrier}, tracking {tracking}. It should arrive by {date}.", "shipping",
			"Ok, I'll wait until {date} then.", "Thanks for your patience. I'll keep an eye on the tracking too.",
			"It's past {date} and still nothing."},
	},
	"incorrect_item": {
		{"Received {product2} instead of {product}", "I opened my parcel today and found a {product2} instead of the {product} I ordered (order {order}).",
			"I'm truly sorry for the mix-up. I've sent the correct {product} by express today and attached a prepaid return label for the {product2}. The replacement should arrive by {date}.", "warehouse",
			"Thank you. Do I need to send the {product2} back before the {product} ships?", "No need to wait: the {product} is already on its way, and you can send the {product2} back whenever suits you.",
			"The replacement parcel had the {product2} in it again."},
		{"Wrong colour sent - ordered {colour}", "I ordered the {product} in {colour} but received it in a different colour. Order {order}.",
			"Thank you for the photos. The warehouse picked the wrong colour; a {colour} {product} is on its way, tracking {tracking}. Please keep the other one, no need to return it.", "warehouse",
			"The {colour} one arrived today, all good. Thank you!", "Wonderful, enjoy the {product}!",
			"The second {product} is the wrong colour as well."},
		{"Wrong size {product} delivered", "The {product} you sent is the wrong size: I chose {size} and got something else. Can you swap it?",
			"Apologies for the wrong size. I've started an exchange: the {size} ships as soon as the return label is scanned, usually within 3 to 5 days.", "exchange",
			"Could you send the return label again? I can't find the email.", "Of course: I've resent the return label, and it's attached to this email as well.",
			"The exchange came in the wrong size again."},
	},
	"item_missing": {
		{"{product} missing from order {order}", "My order {order} arrived but the {product} was not in the box. The packing slip lists it.",
			"I've checked with the warehouse team and the {product} was left out of your parcel. We're sending it today, tracking {tracking}.", "warehouse",
			"I still haven't received the {product}. Can you check again?", "I'm sorry. {carrier} shows it at your local depot; it's due tomorrow, and I'll check in then.",
			"The {product} never turned up in the end."},
		{"Only part of my order arrived", "Only one of the two parcels for order {order} has turned up, and the tracking says both were delivered.",
			"Order {order} was split into two parcels; the second one is with {carrier} and due {date}. If it doesn't arrive, we'll resend at once.", "shipping",
			"The second parcel arrived today, thanks.", "Great news, thank you for letting us know.",
			"The second parcel has gone missing again."},
		{"Missing pieces - {product}", "The {product} arrived without the lid and the fixings. Is there a way to get the missing pieces sent?",
			"The missing pieces for the {product} are in the post today. I'll check in on {date} to make sure they arrived.", "warehouse",
			"The pieces came but the screws are the wrong size.", "Sorry about that: the right fixings are in the post today, first class.",
			"Still no lid for the {product}."},
	},
	"cancellation": {
		{"Please cancel order {order}", "Please cancel order {order}. I ordered the {product} twice by mistake.",
			"Order {order} hadn't shipped yet, so I've cancelled it. Your refund of ${amount} will show on your card within 5 to 7 days.", "cancellation",
			"Thanks. Will I get an email when the refund goes through?", "Yes, you'll get an email from us the moment the refund is issued.",
			"The refund still hasn't shown up on my card."},
		{"Can I still cancel {order}?", "Can I still cancel {order}? If it has shipped already, what are my options?",
			"Order {order} has already shipped. When it arrives you can return it with the prepaid label in the box, and we'll refund you in full once it's back.", "cancellation",
			"Ok, I'll send it back when it arrives. Where do I find the label?", "The label is in the box, under the packing slip. I've attached a copy here as well.",
			"I sent it back two weeks ago and still no refund."},
		{"Duplicate order placed, please cancel one", "I think I placed the same order twice, {order} and another one a minute later. Please cancel one.",
			"Done: the duplicate order is cancelled and the refund of ${amount} is on its way. Order {order} ships tomorrow.", "cancellation",
			"Thank you, that's really kind.", "You're welcome! Enjoy the {product}.",
			"I've been charged for both orders after all."},
	},
	"out_of_stock": {
		{"{product} out of stock - when is it back?", "Do you know when the {product} in {colour} will be back in stock? I'd like to be told when it is.",
			"The {product} in {colour} is back on {date}; I've reserved one for you and it will ship that day.", "backorder",
			"Great, that works for me. Thank you!", "You're welcome. I'll email you the tracking on {date}.",
			"It's past {date} and the {product} still hasn't shipped."},
		{"Item sold out after I paid", "I paid for the {product} (order {order}) and now got an email saying it's out of stock. When will it ship?",
			"I'm sorry, the {product} sold out faster than expected. The next delivery is due {date}. I can offer the {product2} instead, store credit, or a full refund.", "backorder",
			"I'd rather have a refund than wait, please.", "Understood. I've issued the refund of ${amount} today.",
			"The refund hasn't reached my card yet."},
		{"Waiting list for the {product}", "Is there a waiting list for the {product}? It has been sold out for weeks.",
			"I've added you to the waiting list for the {product}. You'll get an email the day it's back, with free shipping on us.", "backorder",
			"Thanks! Any news on when it's back?", "The next delivery is due {date}; you're near the top of the list.",
			"I saw it back on the site but never got the email."},
	},
	"complaint": {
		{"Poor packaging - {product} arrived broken", "I'm really disappointed. The {product} arrived broken because it was packed with no padding at all. Order {order}.",
			"I'm truly sorry. I've sent a replacement {product} with proper packaging and refunded your shipping.", "damaged",
			"I've attached a photo of the damage to the {product}.", "Thank you for the photo; I've passed it to our warehouse so it doesn't happen again. No need to send the broken one back.",
			"The replacement {product} arrived broken as well."},
		{"Third time asking about order {order}", "This is the third time I'm writing about order {order} and nobody has answered. I want this sorted today.",
			"I'm sorry you had to write more than once. I've looked at order {order} personally and refunded ${amount} today.", "follow-up",
			"That's not good enough, I want to speak to a manager.", "I've passed this to Maya, our owner, who will call you today.",
			"Still waiting for the call I was promised."},
		{"Unhappy with the quality of the {product}", "The quality of the {product} is nothing like the photos. The stitching came apart after one wash.",
			"I'm sorry the {product} didn't live up to the photos. I've arranged a free return and a full refund, and passed your feedback on to our supplier.", "quality",
			"Thank you. Do I need to send the {product} back?", "Yes please, with the free label attached; the refund goes out the day it arrives.",
			"The refund for the {product} never came through."},
		{"Courier left my parcel in the rain", "Your courier left my parcel in the rain and the {product} box is soaked through.",
			"I'm so sorry. I've reported it to {carrier} and a new {product} ships today, tracking {tracking}.", "damaged",
			"The new one arrived dry and in one piece, thanks.", "Glad to hear it, and sorry again for the trouble.",
			"{carrier} left the new parcel outside in the rain too."},
		{"Charged twice for order {order}", "I have been charged twice for order {order}. Please refund the second charge of ${amount} straight away.",
			"You were right: you were charged twice. The second charge of ${amount} has been refunded; banks usually take 3 to 5 working days to show it.", "billing",
			"I still see both charges on my statement.", "The refund left us on {date}; your bank should show it within two days. Here is the reference: {tracking}.",
			"I got charged again for order {order}, can you look at it?"},
	},
	"return_refund": {
		{"How do I return the {product}?", "I'd like to return the {product} from order {order}, it doesn't suit the room. How do I get a return label?",
			"Here is your prepaid return label for the {product}. Once it's back and inspected, the refund is processed within 7 days.", "return",
			"Could you send the return label again? I can't find the email.", "Of course: I've resent the return label, and it's attached to this email as well.",
			"You have had the {product} back for a week and I still have no refund."},
		{"Refund not received for order {order}", "I sent the {product} back {days} days ago and still have no refund. Order {order}, tracking {tracking}.",
			"Your return arrived on {date} and the refund of ${amount} was issued today. It should appear on your statement in 3 to 5 days.", "refund",
			"Any update on this? It's been {days} days.", "I've checked with our bank: the refund of ${amount} was paid on {date}. Your bank may hold it for a day or two.",
			"Sorry to come back to this, but the refund still hasn't shown up on my card."},
		{"Faulty {product} - want a refund", "The {product} stopped working after a week. I'd like a refund rather than a replacement.",
			"Sorry to hear the {product} stopped working. It's covered, so I've issued a full refund of ${amount}; no need to send it back.", "refund",
			"Thank you, that's really kind.", "You're welcome, and sorry again about the {product}.",
			"The refund for the {product} hasn't arrived."},
		{"Exchange {product} for a different size", "Could I exchange the {product} for the {size} instead? It's unused and in the original box.",
			"Happy to help with the exchange. I've reserved the {size} and attached a return label for the one you have.", "exchange",
			"The {size} arrived today, all good.", "Wonderful, enjoy it!",
			"The {size} doesn't fit either, can I swap it again?"},
		{"Store credit instead of refund?", "Would it be possible to get store credit for the {product} instead of a refund to my card?",
			"Yes, store credit is no problem. I've added ${amount} to your account, valid for 12 months.", "store-credit",
			"Thanks! Does the credit apply by itself at checkout?", "Yes, it's taken off your next order automatically.",
			"The store credit didn't apply at checkout."},
	},
	"product_question": {
		{"Is the {product} dishwasher safe?", "Before I order: is the {product} dishwasher and microwave safe?",
			"Great question! The {product} is dishwasher safe on a gentle cycle, but not for the microwave.", "", "", "", ""},
		{"Question about {product} dimensions", "What are the exact dimensions of the {product}? I want to be sure it fits my shelf.",
			"The {product} measures 42 x 30 x 12 cm. I've attached the full spec sheet.", "", "", "", ""},
		{"Does the {product} come in {colour}?", "Does the {product} come in {colour}? I can only see three colours on the site.",
			"At the moment the {product} comes in {colour} and two other colours; a new colour is planned for {date}.", "", "", "", ""},
		{"Care instructions for the {product}", "How should I care for the {product}? There was no label with washing instructions.",
			"Wash the {product} cold on a gentle cycle and dry flat. I've sent you our care guide.", "", "", "", ""},
		{"Bulk pricing for {product}", "I run a small cafe and would like to buy 40 of the {product}. Do you offer trade pricing?",
			"We do offer trade pricing from 20 pieces: 15% off the {product}. I've sent a quote to your email.", "trade", "", "", ""},
		{"Will the {product} fit a {size} bed?", "Will the {product} fit a {size} bed? The listing doesn't say.",
			"Yes: the {product} is made for a {size} bed, with room to tuck in on every side.", "", "", "", ""},
		{"Gift wrapping for the {product}?", "I'm buying the {product} as a present. Can you gift-wrap it and leave the prices off?",
			"Of course: I've added gift wrapping at no charge, and the packing slip won't show any prices.", "gift", "", "", ""},
	},
	"other": {
		{"Change delivery address for {order}", "I need to change the delivery address on {order}, we are moving this week.",
			"I've updated the delivery address on {order}; it hadn't left the warehouse yet.", "address", "", "", ""},
		{"Discount code not working", "The discount code from your newsletter says it has expired, but the email says it's valid all month.",
			"Sorry about that, the code was set to expire early by mistake. I've applied the discount to your order manually.", "discount", "", "", ""},
		{"Update the email on my account", "Please update the email address on my account, I no longer use this one after next month.",
			"Your account email is updated. You'll get a confirmation at the new address.", "account", "", "", ""},
		{"Invoice needed for {order}", "Could you send me a VAT invoice for {order}? I need it for my business expenses.",
			"Here's the invoice for {order}, attached as a PDF.", "billing", "", "", ""},
		{"Gift card balance", "How do I check the balance on a gift card I was given?",
			"Your gift card balance is ${amount}. It's valid for another year.", "gift-card", "", "", ""},
		{"Unsubscribe from newsletter", "Please take me off your newsletter, I get more emails than I can read.",
			"Done: you're off the newsletter list. Emails about your orders will still reach you.", "", "", "", ""},
		{"Trade account enquiry", "We run a small interior design studio. Can we open a trade account with you?",
			"Happy to help: I've sent you the trade application. Trade accounts get 15% off and monthly invoices.", "trade", "", "", ""},
	},
}

// Questions and other requests that go on: the customer thanks the shop.
const (
	thanksFollowUp = "Great, that works for me. Thank you!"
	thanksReply    = "You're welcome! Let me know if there's anything else."
	thanksReopen   = "Sorry, one more question about this."
)
