package tickets

import "shopdesk/backend/settings"

// creatorAssignee is who a new ticket goes to: the person chosen, else the
// person who logged it (the one who took the call or the chat is best
// placed to follow it up), unless the owner turned that off.
func creatorAssignee(shop settings.Shop, by Actor, chosen uint64) uint64 {
	if chosen != 0 || shop.LeaveNewUnassigned {
		return chosen
	}
	return by.ID
}
