package mail

import (
	"net"
	"os"
	"strings"
)

// isThisComputer reports whether host names this computer without a DNS
// look-up: "localhost" (and names under .localhost), a loopback address,
// an address of one of this computer's network interfaces, or its own
// host name.
func isThisComputer(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	if ip := net.ParseIP(host); ip != nil {
		return isLocalIP(ip)
	}
	name, err := os.Hostname()
	return err == nil && strings.EqualFold(name, host)
}

// isLocalIP reports whether ip is a loopback address or belongs to one of
// this computer's interfaces (traffic to it never leaves the machine).
func isLocalIP(ip net.IP) bool {
	if ip.IsLoopback() {
		return true
	}
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return false
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.Equal(ip) {
			return true
		}
	}
	return false
}

func isIPv6Literal(host string) bool {
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.To4() == nil
}
