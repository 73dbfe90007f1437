package main

import "github.com/leadsieve/leadsieve/internal/app"

// The dev server runs the template's Schedule functions with the same
// handlers the Lambdas use.
func init() { newScheduledHandler = app.NewScheduledHandler }
