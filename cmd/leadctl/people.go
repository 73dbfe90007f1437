package main

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
	"github.com/leadsieve/leadsieve/internal/privacy"
)

func init() {
	register("people export", command{usage: "people export EMAIL",
		help: "print every stored lead of an address as one JSON document: fields, raw submission, request context, history, outcomes and the e-mails sent", run: peopleExport})
	register("people erase", command{usage: "people erase EMAIL [--by NAME]",
		help: "erase a person: their personal data leaves every lead, the address stays suppressed as a keyed hash, and the audit trail records who (docs/privacy.md)", run: peopleErase})
}

// people is the privacy service on the configured table.
func people(ctx context.Context, e *env) (*privacy.Service, error) {
	st, err := openStore(ctx, e)
	if err != nil {
		return nil, err
	}
	return &privacy.Service{Store: st, Conflict: func(err error) bool { return errors.Is(err, store.ErrConflict) }}, nil
}

// oneAddress parses the flags and the one address of a people command;
// flags may follow the address.
func oneAddress(args []string, parse func([]string) error, rest func() []string) (string, error) {
	var addr string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		addr, args = args[0], args[1:]
	}
	if err := parse(args); err != nil {
		return "", err
	}
	if r := rest(); addr == "" && len(r) == 1 {
		addr = r[0]
	} else if len(r) > 0 {
		return "", usageErr("want one e-mail address")
	}
	if !strings.Contains(addr, "@") {
		return "", usageErr("want one e-mail address")
	}
	return addr, nil
}

func peopleExport(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "people export")
	addr, err := oneAddress(args, fs.Parse, fs.Args)
	if err != nil {
		return err
	}
	svc, err := people(ctx, e)
	if err != nil {
		return err
	}
	x, err := svc.Export(ctx, addr)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(x)
}

func peopleErase(ctx context.Context, e *env, args []string) error {
	fs := flags(e, "people erase")
	by := fs.String("by", operator(e), "who erases (kept in the audit trail)")
	addr, err := oneAddress(args, fs.Parse, fs.Args)
	if err != nil {
		return err
	}
	if strings.TrimSpace(*by) == "" {
		return usageErr("--by must name who erases")
	}
	svc, err := people(ctx, e)
	if err != nil {
		return err
	}
	r, err := svc.Erase(ctx, addr, privacy.Actor{Subject: "leadctl:" + *by, Name: *by})
	if err != nil {
		return err
	}
	return json.NewEncoder(e.stdout).Encode(r)
}
