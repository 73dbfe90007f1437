package rendertoken_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/leadsieve/leadsieve/internal/adapters/rendertoken"
)

func Example() {
	signer, err := rendertoken.NewSigner([]byte("a-32-byte-secret-from-the-vault!"))
	if err != nil {
		panic(err)
	}
	rendered := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	token := signer.Issue("contact", rendered)

	claims, err := signer.Verify("contact", token, rendered.Add(45*time.Second))
	fmt.Println(err, claims.Age(rendered.Add(45*time.Second)))

	_, err = signer.Verify("newsletter", token, rendered.Add(45*time.Second))
	fmt.Println(errors.Is(err, rendertoken.ErrWrongForm))
	// Output:
	// <nil> 45s
	// true
}
