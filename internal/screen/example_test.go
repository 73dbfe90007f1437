package screen_test

import (
	"context"
	"fmt"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen"
)

// Batch screening of exported data: no render token, but the export
// recorded how long each visitor spent on the form.
func Example_batch() {
	engine, err := screen.New(screen.DefaultConfig(), screen.Deps{Counter: screen.NewMemoryCounter()})
	if err != nil {
		panic(err)
	}
	form := screen.Form{ID: "contact", RenderToken: true}
	elapsed := int64(800) // milliseconds
	sub := &lead.Submission{
		FormID: "contact",
		Fields: lead.Fields{
			Email:   "buyer@northwind-logistics.com",
			Name:    "Casey Jones",
			Message: "Visit http://cheap-seo.example and http://backlinks.example <a href=x>now</a>",
		},
		Context: lead.Context{ReceivedAt: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), ElapsedMS: &elapsed},
	}
	s := engine.Screen(context.Background(), form, sub)
	fmt.Println(s.Verdict, s.Score)
	for _, r := range s.Reasons {
		fmt.Println(r.Code, r.Points)
	}
	// Output:
	// junk 100
	// spam_content 80
	// submit_instant 60
	// vendor_pitch 60
	// markup_in_message 30
	// message_links 10
}

// Live screening with a render token issued when the form was rendered.
func ExampleEngine_Screen() {
	signer, _ := rendertoken.NewSigner([]byte("a-32-byte-secret-from-the-vault!"))
	engine, _ := screen.New(screen.DefaultConfig(), screen.Deps{Tokens: signer})
	rendered := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	sub := &lead.Submission{
		FormID:  "contact",
		Fields:  lead.Fields{Email: "ana@northwind-logistics.com", FirstName: "Ana", LastName: "Silva"},
		Control: lead.Control{Token: signer.Issue("contact", rendered)},
		Context: lead.Context{
			IP: "198.51.100.23", UserAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0",
			AcceptLanguage: "pt-BR", Origin: "https://www.example.com",
			ReceivedAt: rendered.Add(50 * time.Second),
		},
	}
	form := screen.Form{ID: "contact", RenderToken: true, AllowedOrigins: []string{"https://www.example.com"}}
	s := engine.Screen(context.Background(), form, sub)
	fmt.Println(s.Verdict, s.Score, len(s.Reasons))
	// Output: pass 0 0
}
