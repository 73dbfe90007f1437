package main

import (
	"context"
	"io"

	"github.com/leadsieve/leadsieve/internal/screen"
)

func init() {
	register("reasons", command{usage: "reasons", help: "print every screening reason code with its default points (Markdown)", run: reasonsCmd})
}

func reasonsCmd(ctx context.Context, e *env, args []string) error {
	if len(args) != 0 {
		return usageErr("no arguments")
	}
	return writeReasonTable(e.stdout)
}

// writeReasonTable renders screen.Codes; the reason-code table of
// docs/screening.md is this output (a test keeps them equal).
func writeReasonTable(w io.Writer) error {
	_, err := io.WriteString(w, screen.CodesMarkdown())
	return err
}
