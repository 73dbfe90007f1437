package console

import (
	"context"
	"slices"
)

// Group is a Cognito user-pool group; the template declares the same four.
type Group string

const (
	GroupAdmin     Group = "admin"
	GroupMarketing Group = "marketing"
	GroupSales     Group = "sales"
	GroupReviewer  Group = "reviewer"
)

// Action is something a console user asks to do. Each handler names the
// one action it performs, so the permission table below is the whole of
// who may do what.
type Action string

const (
	ViewLeads    Action = "view_leads"    // search, lead pages, near misses
	DecideReview Action = "decide_review" // review decisions and rescues
	MarkOutcome  Action = "mark_outcome"  // won, lost, bad fit, not a lead, spam
	ExportPerson Action = "export_person" // every lead of an address, as JSON
	ErasePerson  Action = "erase_person"  // erasure on request
	ViewReports  Action = "view_reports"
	ViewAudit    Action = "view_audit"
	ManageConfig Action = "manage_config" // rules, sequences, forms, routing
)

// permitted lists, per action, the groups that may take it; admin may
// take every action.
var permitted = map[Action][]Group{
	ViewLeads:    {GroupMarketing, GroupSales, GroupReviewer},
	DecideReview: {GroupReviewer, GroupMarketing},
	MarkOutcome:  {GroupSales},
	ExportPerson: {},
	ErasePerson:  {},
	ViewReports:  {GroupMarketing, GroupSales},
	ViewAudit:    {},
	ManageConfig: {GroupMarketing},
}

// User is the signed-in caller, as the gateway's JWT authorizer proved it.
type User struct {
	Subject string // the token's sub claim: stable, recorded in the audit trail
	Name    string // the Cognito user name, shown on screens and in histories
	Groups  []Group
}

// Can reports whether u may take action a.
func (u User) Can(a Action) bool {
	if slices.Contains(u.Groups, GroupAdmin) {
		return true
	}
	for _, g := range permitted[a] {
		if slices.Contains(u.Groups, g) {
			return true
		}
	}
	return false
}

type userKey struct{}

// WithUser returns ctx carrying u.
func WithUser(ctx context.Context, u User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

// UserFrom returns the user ctx carries, if any.
func UserFrom(ctx context.Context) (User, bool) {
	u, ok := ctx.Value(userKey{}).(User)
	return u, ok
}
