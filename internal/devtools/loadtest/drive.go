package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// Result is what the API answered to one submission.
type Result struct {
	// Sent is when the post started; the speed to lead is measured from it.
	Sent time.Time
	// Latency is from the start of the post to the end of the answer.
	Latency time.Duration
	// Status is the HTTP status, 0 when no answer came (Err says why).
	Status int
	ID     string
	Err    string
}

// Browser headers: the screening checks User-Agent, Accept-Language and
// Origin the way a real page's fetch would send them.
const (
	userAgent      = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
	acceptLanguage = "de-DE,de;q=0.9,en;q=0.8"
	origin         = "http://127.0.0.1:3000"
)

// tokenAge is how old a render token is when it is used: the rules' min_age
// is 3 s, and a person takes at least that long to fill in the form.
const tokenAge = 3200 * time.Millisecond

type token struct {
	value string
	at    time.Time
}

// fetchTokens fetches n render tokens from the form's token route, as n
// page views would, with a few requests at a time.
func fetchTokens(ctx context.Context, baseURL string, n int) ([]token, error) {
	client := &http.Client{Timeout: 30 * time.Second}
	out := make([]token, n)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next := make(chan int)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				t, err := fetchToken(ctx, client, baseURL)
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					continue
				}
				out[i] = t
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, first
}

func fetchToken(ctx context.Context, client *http.Client, baseURL string) (token, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/forms/contact-sales/token", nil)
	if err != nil {
		return token{}, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Origin", origin)
	resp, err := client.Do(req)
	if err != nil {
		return token{}, fmt.Errorf("loadtest: fetch render token: %w", err)
	}
	defer resp.Body.Close()
	var body struct {
		Token string `json:"token"`
	}
	if resp.StatusCode != http.StatusOK {
		return token{}, fmt.Errorf("loadtest: fetch render token: %s", resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || body.Token == "" {
		return token{}, fmt.Errorf("loadtest: render token answer: %v", err)
	}
	return token{value: body.Token, at: time.Now()}, nil
}

// sourceKey carries a post's source address to the dialer.
type sourceKey struct{}

// postClient opens one connection per post, bound to the post's own
// loopback address (Linux routes all of 127/8 to lo), so the server sees
// each visitor at its own address.
func postClient(timeout time.Duration) *http.Client {
	tr := &http.Transport{
		DisableKeepAlives: true,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			d := net.Dialer{Timeout: 5 * time.Second}
			if ip, ok := ctx.Value(sourceKey{}).(net.IP); ok {
				d.LocalAddr = &net.TCPAddr{IP: ip}
			}
			return d.DialContext(ctx, network, addr)
		},
	}
	return &http.Client{Transport: tr, Timeout: timeout}
}

// post sends one submission as a page's script would (JSON with the render
// token, browser headers) and records the answer in s.Result.
func post(ctx context.Context, client *http.Client, baseURL string, s *Submission, tok token) {
	ctx = context.WithValue(ctx, sourceKey{}, s.SourceIP)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/forms/contact-sales/submissions", bytes.NewReader(s.body(tok.value)))
	if err != nil {
		s.Result.Err = err.Error()
		return
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept-Language", acceptLanguage)
	req.Header.Set("Origin", origin)
	req.Header.Set("Referer", origin+"/")
	s.Result.Sent = time.Now()
	resp, err := client.Do(req)
	if err != nil {
		s.Result.Latency = time.Since(s.Result.Sent)
		s.Result.Err = err.Error()
		return
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	s.Result.Latency = time.Since(s.Result.Sent)
	s.Result.Status = resp.StatusCode
	if err != nil {
		s.Result.Err = err.Error()
		return
	}
	if resp.StatusCode == http.StatusCreated {
		var ok struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(body, &ok); err != nil || ok.ID == "" {
			s.Result.Err = fmt.Sprintf("201 without an id: %.200s", body)
		}
		s.Result.ID = ok.ID
		return
	}
	s.Result.Err = fmt.Sprintf("%.200s", body)
}
