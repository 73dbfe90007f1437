// Package console is the screen sales and marketing use instead of a
// terminal: lead search and history, the review queue, outcomes, people
// and privacy, and reports. It serves a static shell (HTML, the pinned
// htmx and Chart.js builds, one script that signs in against Cognito) and
// the data behind it at /console/api, which API Gateway's JWT authorizer
// guards; each action then checks the caller's groups here, since the
// authorizer only proves who the caller is.
package console
