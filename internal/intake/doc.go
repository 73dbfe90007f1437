// Package intake accepts form submissions. It turns a raw form post into a
// validated, normalized lead.Submission (parse.go, normalize.go: JSON,
// urlencoded and multipart bodies in any declared charset, canonical field
// names, the form's machinery kept apart from lead data, required fields
// checked), and stores it exactly once as a judged lead (service.go: Submit
// reads as its steps: decode, build, dedupe, judge, merge with the person's
// earlier lead, store, hand off).
//
// The rules it applies on the way (verdict combination, the merge of a
// returning person, the follow-up a verdict plans) are package lead's;
// intake orders the steps and talks to its ports (Judge, Store, FollowUp),
// which are defined here where they are used. Its errors are lead.Error
// values with a kind and a public code (errors.go); httpapi turns them into
// HTTP answers.
package intake
