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

// subjects per category; {placeholders} are filled per ticket.
var subjects = map[string][]string{
	"shipping_delay": {
		"Where is my order {order}?", "Order {order} still not delivered", "Tracking hasn't updated in {days} days",
		"Package delayed - I need it by {date}", "Shipping delay on my {product}", "{carrier} says my parcel is held",
		"Late delivery for order {order}", "Has my {product} shipped yet?", "Tracking number not working",
	},
	"incorrect_item": {
		"Wrong item received in order {order}", "Received {product2} instead of {product}", "Wrong colour sent - ordered {colour}",
		"Wrong size {product} delivered", "This isn't what I ordered ({order})", "Incorrect item in my parcel",
	},
	"item_missing": {
		"Item missing from my order", "{product} missing from order {order}", "Only part of my order arrived",
		"Parcel arrived with nothing inside", "Missing pieces - {product}", "Order {order} incomplete",
	},
	"cancellation": {
		"Please cancel order {order}", "Cancel my order - ordered by mistake", "Can I still cancel {order}?",
		"Cancel the {product} please", "Change of mind on order {order}", "Duplicate order placed, please cancel one",
	},
	"out_of_stock": {
		"{product} out of stock - when is it back?", "Is order {order} on backorder?", "Told my {product} is out of stock",
		"Restock date for {product} in {colour}?", "Item sold out after I paid", "Waiting list for the {product}",
	},
	"complaint": {
		"Very disappointed with my order", "Damaged {product} and no reply", "Poor packaging - {product} arrived broken",
		"Third time asking about order {order}", "Unhappy with the quality of the {product}", "Courier left my parcel in the rain",
		"Complaint about customer service", "Charged twice for order {order}",
	},
	"return_refund": {
		"Return request for {product}", "Refund not received for order {order}", "How do I return the {product}?",
		"Exchange {product} for a different size", "Return label for order {order}", "Refund status - returned {days} days ago",
		"Faulty {product} - want a refund", "Store credit instead of refund?",
	},
}

// openings are what the customer writes first, per category.
var openings = map[string][]string{
	"shipping_delay": {
		"I ordered the {product} on {date} (order {order}) and it still hasn't arrived. The tracking page has said in transit for {days} days.",
		"My order {order} was supposed to arrive by {date} but there is no sign of it. Could you check with {carrier}?",
		"The tracking number you sent for {order} doesn't work on the {carrier} website. I need the {product} for a birthday this weekend.",
		"Can you tell me where my parcel is? Order {order}, the {product}. It shows as dispatched {days} days ago and nothing since.",
		"{carrier} left a note saying the parcel is held at the depot for customs charges. I was not told about any charges when I paid.",
	},
	"incorrect_item": {
		"I opened my parcel today and found a {product2} instead of the {product} I ordered (order {order}).",
		"I ordered the {product} in {colour} but received it in a different colour. Order {order}.",
		"The {product} you sent is the wrong size: I chose {size} and got something else. Can you swap it?",
		"Order {order} arrived but the items inside belong to someone else's order, the packing slip has another name.",
	},
	"item_missing": {
		"My order {order} arrived but the {product} was not in the box. The packing slip lists it.",
		"Only one of the two parcels for order {order} has turned up, and the tracking says both were delivered.",
		"The {product} arrived without the lid and the fixings. Is there a way to get the missing pieces sent?",
		"I received an empty envelope for order {order}. It looks like it was opened in transit.",
	},
	"cancellation": {
		"Please cancel order {order}. I ordered the {product} by mistake twice.",
		"I placed order {order} an hour ago and would like to cancel it, I found the {product} in the wrong size.",
		"Can I still cancel {order}? If it has shipped already, what are my options?",
		"I need to cancel the {product} on order {order}, the delivery date is too late for me.",
	},
	"out_of_stock": {
		"I paid for the {product} (order {order}) and now got an email saying it's out of stock. When will it ship?",
		"Do you know when the {product} in {colour} will be back in stock? I'd like to be told when it is.",
		"Order {order} says backordered. I'd rather have an alternative than wait, what do you suggest?",
		"Is there a waiting list for the {product}? It has been sold out for weeks.",
	},
	"complaint": {
		"I'm really disappointed. The {product} arrived broken because it was packed with no padding at all. Order {order}.",
		"This is the third time I'm writing about order {order} and nobody has answered. I want this sorted today.",
		"The quality of the {product} is nothing like the photos. The stitching came apart after one wash.",
		"Your courier left my parcel in the rain and the {product} box is soaked through.",
		"I have been charged twice for order {order}. Please refund the second charge of ${amount} straight away.",
	},
	"return_refund": {
		"I'd like to return the {product} from order {order}, it doesn't suit the room. How do I get a return label?",
		"I sent the {product} back {days} days ago and still have no refund. Order {order}, tracking {tracking}.",
		"The {product} stopped working after a week. I'd like a refund rather than a replacement.",
		"Could I exchange the {product} for the {size} instead? It's unused and in the original box.",
		"Would it be possible to get store credit for the {product} instead of a refund to my card?",
	},
}

var greetings = []string{"Hi,", "Hello,", "Hi there,", "Good morning,", "Hello {store} team,", ""}
var signoffs = []string{"Thanks,", "Thank you,", "Regards,", "Best,", "Many thanks,", "Cheers,", ""}

// answers are the shop's replies, per category, in the words of its checklists.
var answers = map[string][]string{
	"shipping_delay": {
		"I've checked the tracking number for order {order} with {carrier}: the parcel is at their regional hub and should reach you by {date}. I've upgraded you to express shipping at no charge.",
		"Thank you for letting us know. {carrier} has confirmed a delay in your area. Your estimated delivery date is now {date}; if it hasn't arrived by then, we'll send a replacement straight away.",
		"I'm sorry for the wait. I've opened a trace with {carrier} for order {order} and will update you within 48 hours. As an apology, here is a 10% discount code for your next order.",
		"The tracking for {order} was not updating because the label was reprinted. The new tracking number is {tracking}; it shows out for delivery tomorrow.",
	},
	"incorrect_item": {
		"I'm truly sorry for the mix-up. I've sent the correct {product} by express today and attached a prepaid return label for the {product2}. The replacement should arrive by {date}.",
		"Thank you for the photos. The warehouse picked the wrong colour; a {colour} {product} is on its way, tracking {tracking}. Please keep the other one or donate it, no need to return it.",
		"Apologies for the wrong size. I've started an exchange: the {size} ships as soon as the return label is scanned. Confirmed replacement timeline: 3 to 5 days.",
	},
	"item_missing": {
		"I've checked with the warehouse team and the {product} was left out of your parcel. We're sending it today, tracking {tracking}.",
		"Sorry about that. Order {order} was split into two parcels; the second one is with {carrier} and due {date}. If it doesn't arrive, we'll resend at once.",
		"Thank you for letting us know. The missing pieces for the {product} are in the post today. I'll check in on {date} to make sure they arrived.",
	},
	"cancellation": {
		"Order {order} hadn't shipped yet, so I've cancelled it. Your refund of ${amount} will show on your card within 5 to 7 days.",
		"Unfortunately order {order} has already shipped. When it arrives you can return it with the prepaid label in the box, and we'll refund you in full once it's back.",
		"Done: the duplicate order is cancelled and the refund is on its way. The other order ships tomorrow.",
	},
	"out_of_stock": {
		"I'm sorry, the {product} sold out faster than expected. The next delivery is due {date}. I can offer the {product2} instead, store credit, or a full refund.",
		"Thank you for your patience. The {product} in {colour} is back on {date}; I've reserved one for you and it will ship that day.",
		"I've added you to the waiting list for the {product}. You'll get an email the day it's back, with free shipping on us.",
	},
	"complaint": {
		"I'm truly sorry for this experience. This is not the standard we hold ourselves to. I've sent a replacement {product} with proper packaging and refunded your shipping.",
		"Thank you for bringing this to our attention, and I'm sorry you had to write more than once. I've looked at order {order} personally and refunded ${amount} today.",
		"I'm sorry the {product} didn't live up to the photos. I've arranged a free return and a full refund, and passed your feedback on to our supplier.",
		"You were right: you were charged twice. The second charge of ${amount} has been refunded; banks usually take 3 to 5 working days to show it.",
	},
	"return_refund": {
		"Here is your prepaid return label for the {product}. Once it's back and inspected, the refund is processed within 7 days.",
		"Your return arrived on {date} and the refund of ${amount} was issued today. It should appear on your statement in 3 to 5 days.",
		"Sorry to hear the {product} stopped working. It's covered, so I've issued a full refund; no need to send it back.",
		"Happy to help with the exchange. I've reserved the {size} and attached a return label for the one you have.",
		"Yes, store credit is no problem. I've added ${amount} to your account, valid for 12 months.",
	},
}

var replyOpeners = []string{"Hi {name},", "Hello {name},", "Dear {name},", "Hi {name}, thank you for reaching out!", "Hi {name}, thanks for your patience."}
var replyClosers = []string{
	"Please let us know if you need further assistance!", "Is there anything else I can help with?",
	"Thank you for being a valued customer.", "Let me know if that works for you.", "",
}

// followUps are what customers write back, by how things are going.
var followUps = []string{
	"Any update on this? It's been {days} days.",
	"Thanks for the quick reply. The tracking link works now.",
	"I still haven't received anything. Can you check again?",
	"Great, that works for me. Thank you!",
	"Could you send the return label again? I can't find the email.",
	"The replacement arrived today, all good.",
	"I'd rather have a refund than wait, please.",
	"The courier says they attempted delivery but nobody knocked.",
	"Thank you, that's really kind. Do I need to send the {product} back?",
	"I've attached a photo of the damage to the {product}.",
	"Ok, I'll wait until {date} then.",
	"That's not good enough, I want to speak to a manager.",
}

var reopeners = []string{
	"Sorry to come back to this, but the refund still hasn't shown up on my card.",
	"The replacement {product} has the same problem as the first one.",
	"The parcel never arrived after all, tracking {tracking} shows returned to sender.",
	"I got charged again for order {order}, can you look at it?",
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
// the customer wrote and the first answer.
type topic struct{ subject, opening, answer string }

// topics are the categories whose requests differ too much to mix freely.
var topics = map[string][]topic{
	"product_question": {
		{"Is the {product} dishwasher safe?", "Before I order: is the {product} dishwasher and microwave safe?",
			"Great question! The {product} is dishwasher safe on a gentle cycle, but not for the microwave."},
		{"Question about {product} dimensions", "What are the exact dimensions of the {product}? I want to be sure it fits my shelf.",
			"The {product} measures 42 x 30 x 12 cm. I've attached the full spec sheet."},
		{"Does the {product} come in {colour}?", "Does the {product} come in {colour}? I can only see three colours on the site.",
			"At the moment the {product} comes in {colour} and two other colours; a new colour is planned for {date}."},
		{"Care instructions for the {product}", "How should I care for the {product}? There was no label with washing instructions.",
			"Wash the {product} cold on a gentle cycle and dry flat. I've sent you our care guide."},
		{"Bulk pricing for {product}", "I run a small cafe and would like to buy 40 of the {product}. Do you offer trade pricing?",
			"We do offer trade pricing from 20 pieces: 15% off the {product}. I've sent a quote to your email."},
		{"Will the {product} fit a {size} bed?", "Will the {product} fit a {size} bed? The listing doesn't say.",
			"Yes: the {product} is made for a {size} bed, with room to tuck in on every side."},
		{"Gift wrapping for the {product}?", "I'm buying the {product} as a present. Can you gift-wrap it and leave the prices off?",
			"Of course: I've added gift wrapping at no charge, and the packing slip won't show any prices."},
	},
	"other": {
		{"Change delivery address for {order}", "I need to change the delivery address on {order}, we are moving this week.",
			"I've updated the delivery address on {order}; it hadn't left the warehouse yet."},
		{"Discount code not working", "The discount code from your newsletter says it has expired, but the email says it's valid all month.",
			"Sorry about that, the code was set to expire early by mistake. I've applied the discount to your order manually."},
		{"Update the email on my account", "Please update the email address on my account, I no longer use this one after next month.",
			"Your account email is updated. You'll get a confirmation at the new address."},
		{"Invoice needed for {order}", "Could you send me a VAT invoice for {order}? I need it for my business expenses.",
			"Here's the invoice for {order}, attached as a PDF."},
		{"Gift card balance", "How do I check the balance on a gift card I was given?",
			"Your gift card balance is ${amount}. It's valid for another year."},
		{"Unsubscribe from newsletter", "Please take me off your newsletter, I get more emails than I can read.",
			"Done: you're off the newsletter list. Emails about your orders will still reach you."},
		{"Trade account enquiry", "We run a small interior design studio. Can we open a trade account with you?",
			"Happy to help: I've sent you the trade application. Trade accounts get 15% off and monthly invoices."},
	},
}
