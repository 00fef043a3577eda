package templates

// suggest returns the canonical name of the known placeholder closest to
// name (by edit distance over names and aliases), or "" when none is close
// enough to be a likely typo.
func suggest(name string) string {
	n := normalize(name)
	best, bestDist := -1, 0
	for key, i := range byKey {
		d := editDistance(n, key)
		if best < 0 || d < bestDist || (d == bestDist && i < best) {
			best, bestDist = i, d
		}
	}
	limit := max(2, len([]rune(n))/4)
	if best < 0 || bestDist > limit {
		return ""
	}
	return Known[best].Name
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
