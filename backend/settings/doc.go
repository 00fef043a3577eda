// Package settings keeps the shop's own settings: its name and the service
// targets (how fast a first reply and a resolution are due, per priority).
package settings
