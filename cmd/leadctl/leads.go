package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/config"
	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/app/boot/lambdaenv"
	"github.com/leadsieve/leadsieve/internal/config/forms"
	"github.com/leadsieve/leadsieve/internal/config/settings"
	"github.com/leadsieve/leadsieve/internal/delivery/reviewdigest"
	"github.com/leadsieve/leadsieve/internal/lead"
)

func init() {
	// leadctl also runs with a developer's profile: the functions' wiring
	// it reuses (the dispatcher) reads the AWS configuration as openStore
	// does, shared files included, not as a Lambda function does.
	lambdaenv.AWSConfig = func(ctx context.Context) (aws.Config, error) { return awsconfig.LoadDefaultConfig(ctx) }
	register("leads get", command{usage: "leads get ID", help: "print one stored lead as a JSON line", run: leadsGet})
	register("leads list", command{usage: "leads list [--form F] [--verdict V] [--near-miss] [--limit N]", help: "print stored leads, newest first, as JSON lines (all configured forms unless --form); --near-miss keeps the nurtured leads whose fit fell just short, for sales", run: leadsList})
	register("leads review", command{usage: "leads review [--form F] [--limit N] [--json]", help: "list the junk-review queue oldest first: id, form, received, junk score and the reasons that weighed most", run: leadsReview})
}

// openStore builds the store from the same variables the functions read.
func openStore(ctx context.Context, e *env) (*store.Store, error) {
	set, err := settings.Load(e.getenv)
	if err != nil {
		return nil, err
	}
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("aws config: %w", err)
	}
	return store.New(dynamodb.NewFromConfig(cfg), set.LeadsTable), nil
}

func leadsGet(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "leads get")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("want one lead id")
	}
	id := fs.Arg(0)
	if !lead.ValidID(id) {
		return usageErr("%q is not a lead id", id)
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	l, err := st.GetLead(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no lead %s in table %s", id, st.Table())
	}
	if err != nil {
		return err
	}
	return json.NewEncoder(e.stdout).Encode(l)
}

func leadsList(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "leads list")
	form := fs.String("form", "", "only leads of this form")
	limit := fs.Int("limit", 20, "print at most this many leads")
	verdict := fs.String("verdict", "", "only leads with this verdict (review lists the queue a person decides)")
	nearMiss := fs.Bool("near-miss", false, "only near misses: nurtured leads whose fit fell just short of qualifying")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *limit < 1 {
		return usageErr("unexpected arguments")
	}
	switch lead.Verdict(*verdict) {
	case "", lead.VerdictJunk, lead.VerdictReview, lead.VerdictNurture, lead.VerdictQualified:
	default:
		return usageErr("--verdict must be junk, review, nurture or qualified")
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	formIDs, err := formsOrAll(*form)
	if err != nil {
		return err
	}
	// Newest first across forms: each form's newest N, merged.
	var all []*lead.Lead
	for _, id := range formIDs {
		left, cursor := *limit, ""
		for left > 0 {
			p, err := st.ListByForm(ctx, id, min(left, 100), cursor)
			if err != nil {
				return err
			}
			for _, l := range p.Leads {
				if (*verdict == "" || string(l.Verdict) == *verdict) && (!*nearMiss || l.Fit != nil && l.Fit.NearMiss) {
					all = append(all, l)
					left--
				}
			}
			if p.Next == "" {
				break
			}
			cursor = p.Next
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].ReceivedAt.After(all[j].ReceivedAt) })
	enc := json.NewEncoder(e.stdout)
	for i, l := range all {
		if i == *limit {
			break
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// configuredForms lists the form ids of the embedded forms.yaml.
func configuredForms() ([]string, error) {
	fs, err := forms.Parse(config.Forms())
	if err != nil {
		return nil, err
	}
	return fs.IDs(), nil
}

func leadsReview(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "leads review")
	form := fs.String("form", "", "only this form's queue")
	limit := fs.Int("limit", 50, "print at most this many leads")
	asJSON := fs.Bool("json", false, "print whole leads as JSON lines instead of a table")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *limit < 1 {
		return usageErr("unexpected arguments")
	}
	st, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	formIDs, err := formsOrAll(*form)
	if err != nil {
		return err
	}
	var queue []*lead.Lead
	for _, id := range formIDs {
		q, err := reviewdigest.Queue(ctx, st, id)
		if err != nil {
			return err
		}
		queue = append(queue, q...)
	}
	sort.SliceStable(queue, func(i, j int) bool { return queue[i].ReceivedAt.Before(queue[j].ReceivedAt) })
	if len(queue) > *limit {
		queue = queue[:*limit]
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		for _, l := range queue {
			if err := enc.Encode(l); err != nil {
				return err
			}
		}
		return nil
	}
	return writeReviewQueue(e.stdout, queue)
}

// reviewReasons is how many reasons a queue line shows.
const reviewReasons = 3

// writeReviewQueue prints the queue as a table: id, form, received (UTC),
// junk score and the screening reasons that weighed most, with points.
func writeReviewQueue(w io.Writer, queue []*lead.Lead) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tFORM\tRECEIVED\tJUNK\tREASONS")
	for _, l := range queue {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", l.ID, l.FormID, l.ReceivedAt.UTC().Format("2006-01-02 15:04"),
			l.Screening.Score, reviewdigest.Reasons(l.Screening.Reasons, reviewReasons))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d held for review\n", len(queue))
	return err
}

// formsOrAll is the one form a --form flag names, or every configured form
// when it names none.
func formsOrAll(form string) ([]string, error) {
	if form != "" {
		return []string{form}, nil
	}
	return configuredForms()
}
