package loadtest

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/leadsieve/leadsieve/internal/compliance/unsubscribe"
)

// The timing probes ask what an attacker asks of the answers: does the
// time a post takes tell its verdict, and does the unsubscribe endpoint
// answer a valid token otherwise than a forged one? They run on the idle
// stack before the load, one request at a time, the kinds interleaved in a
// new random order every round so that a slow moment of the machine falls
// on every kind alike, with a short pause after each request so that the
// work a request leaves behind (the hand-off of a qualified lead) is not
// charged to the next one.

// Review is a class only the timing probes send: a qualified-looking
// submission whose mashed names hold it for review.
const Review Class = "review"

// probeClasses are the verdicts the probes compare, in report order.
var probeClasses = []Class{Junk, Review, Nurture, Qualified}

// Unsubscribe probe kinds.
const (
	unsubValidPost  = "valid POST"
	unsubForgedPost = "forged POST"
	unsubValidGet   = "valid GET"
	unsubForgedGet  = "forged GET"
)

var unsubKinds = []string{unsubValidPost, unsubForgedPost, unsubValidGet, unsubForgedGet}

// probePause follows every probe request: long enough for the hand-off a
// qualified post starts to finish on a busy machine, so that it never
// slows the next probe (which would favour the qualified probes, the only
// ones never preceded by a qualified one within their round).
const probePause = 100 * time.Millisecond

// probeSeq numbers the probes' submissions apart from the load's, so
// their addresses and source addresses never meet.
const probeSeq = 1 << 20

// TimingReport is what the probes measured.
type TimingReport struct {
	Rounds int
	// Submit is the latency of 201 answers per verdict; Wrong counts
	// probes stored with another verdict than their class, or not
	// answered 201.
	Submit map[Class]Percentiles
	// Paired is each verdict's median difference from the mean of its
	// round (the four posts sent back to back): the difference an
	// attacker interleaving posts would see, with the machine's slow and
	// quick moments taken out.
	Paired map[Class]time.Duration
	Wrong  int
	// WrongVerdicts says, for each probe counted in Wrong, its class and
	// the verdict it was stored with.
	WrongVerdicts []string
	// Unsubscribe is the latency per kind of request; Differs lists the
	// ways a forged token's answer differed from a valid one's (status,
	// body), empty when none.
	Unsubscribe map[string]Percentiles
	Differs     []string
}

// SubmitSpread is the largest difference between the verdicts' medians.
func (t *TimingReport) SubmitSpread() time.Duration {
	var m []time.Duration
	for _, c := range probeClasses {
		if p, ok := t.Submit[c]; ok && p.N > 0 {
			m = append(m, p.P50)
		}
	}
	return spread(m)
}

// PairedSpread is the largest difference between the verdicts' paired
// differences.
func (t *TimingReport) PairedSpread() time.Duration {
	var m []time.Duration
	for _, c := range probeClasses {
		if d, ok := t.Paired[c]; ok {
			m = append(m, d)
		}
	}
	return spread(m)
}

// UnsubscribeSpread is the larger of the POST and the GET difference
// between the medians of valid and forged tokens.
func (t *TimingReport) UnsubscribeSpread() time.Duration {
	post := spread([]time.Duration{t.Unsubscribe[unsubValidPost].P50, t.Unsubscribe[unsubForgedPost].P50})
	get := spread([]time.Duration{t.Unsubscribe[unsubValidGet].P50, t.Unsubscribe[unsubForgedGet].P50})
	return max(post, get)
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func spread(ds []time.Duration) time.Duration {
	if len(ds) < 2 {
		return 0
	}
	return slices.Max(ds) - slices.Min(ds)
}

// TimingTarget is the bound on the spread of medians.
const TimingTarget = 2 * time.Millisecond

var (
	casinoPlaces = []string{"Malta", "Gibraltar", "Curaçao", "the Isle of Man", "Alderney", "Antigua", "Kahnawake", "Estonia", "Ontario", "Denmark", "Sweden"}
	siteCounts   = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

// probeSubmission is the i-th probe of class c. Every probe carries a
// message of the same length and shape, so that the probes differ in how
// they are judged and not in what was sent: a post with a message costs
// more than one without (the message's own velocity count, its detectors)
// whatever its verdict, and a spread of the verdicts' medians should say
// nothing else.
func probeSubmission(i int, c Class) *Submission {
	place := casinoPlaces[i%len(casinoPlaces)]
	sites := siteCounts[(i/len(casinoPlaces))%len(siteCounts)]
	if c != Review {
		s := submission(probeSeq+i, c)
		// Plain business with a supplier of forms: no sign either way.
		s.Fields["message"] = fmt.Sprintf("Our print shop in %s needs lead forms for %s sites.", place, sites)
		return s
	}
	s := submission(probeSeq+i, Qualified)
	s.Class = Review
	// A message naming one spam product: a decisive sign whose points
	// fall between review_at and junk_at, so an otherwise perfect lead is
	// held (one weak sign alone would pass, see docs/screening.md). Each
	// probe words it differently: the same message from several people is
	// a sign of its own.
	s.Fields["message"] = fmt.Sprintf("Our online casino in %s needs lead forms for %s sites.", place, sites)
	return s
}

// probe runs the timing probes: rounds of one submission per verdict,
// then rounds of unsubscribe requests with valid tokens (for the nurture
// probes' leads) and forged ones.
func probe(ctx context.Context, c *Config, st *stack, signer *unsubscribe.Signer) (*TimingReport, []*Submission, error) {
	rounds := c.TimingRounds
	t := &TimingReport{Rounds: rounds, Submit: map[Class]Percentiles{}, Paired: map[Class]time.Duration{}, Unsubscribe: map[string]Percentiles{}}
	subs := make([]*Submission, 0, rounds*len(probeClasses))
	for i := range rounds * len(probeClasses) {
		subs = append(subs, probeSubmission(i, probeClasses[i%len(probeClasses)]))
	}
	c.progress("timing: fetching %d render tokens", len(subs))
	tokens, err := fetchTokens(ctx, st.baseURL, len(subs))
	if err != nil {
		return nil, nil, err
	}
	if wait := tokenAge - time.Since(tokens[len(tokens)-1].at); wait > 0 {
		time.Sleep(wait)
	}
	c.progress("timing: %d rounds of %d posts, one at a time", rounds, len(probeClasses))
	client := postClient(c.RequestTimeout)
	lat := map[Class][]time.Duration{}
	dev := map[Class][]time.Duration{}
	for r := range rounds {
		round := subs[r*len(probeClasses) : (r+1)*len(probeClasses)]
		order, err := shuffled(len(round))
		if err != nil {
			return nil, nil, err
		}
		for _, k := range order {
			s := round[k]
			post(ctx, client, st.baseURL, s, tokens[r*len(probeClasses)+k])
			if s.Result.Status == http.StatusCreated {
				lat[s.Class] = append(lat[s.Class], s.Result.Latency)
			} else {
				t.Wrong++
			}
			time.Sleep(probePause)
		}
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		var sum time.Duration
		complete := true
		for _, s := range round {
			sum += s.Result.Latency
			complete = complete && s.Result.Status == http.StatusCreated
		}
		if complete {
			mean := sum / time.Duration(len(round))
			for _, s := range round {
				dev[s.Class] = append(dev[s.Class], s.Result.Latency-mean)
			}
		}
	}
	for cl, ds := range lat {
		t.Submit[cl] = percentiles(ds)
	}
	for cl, ds := range dev {
		t.Paired[cl] = median(ds)
	}
	if signer == nil {
		return t, subs, nil
	}
	if err := probeUnsubscribe(ctx, c, st, signer, subs, t); err != nil {
		return nil, nil, err
	}
	return t, subs, nil
}

// probeUnsubscribe sends rounds of POST and GET /u/{token} with a valid
// token for a nurture probe's lead and a forged one, in random order.
func probeUnsubscribe(ctx context.Context, c *Config, st *stack, signer *unsubscribe.Signer, subs []*Submission, t *TimingReport) error {
	var valid []string
	for _, s := range subs {
		if s.Class == Nurture && s.Result.ID != "" {
			valid = append(valid, signer.Token(s.Email, s.Result.ID, time.Now()))
		}
	}
	if len(valid) == 0 {
		return fmt.Errorf("loadtest: timing: no nurture probe was stored, so no valid unsubscribe token")
	}
	forger, err := unsubscribe.NewSigner([]byte(randomHex(32)))
	if err != nil {
		return err
	}
	c.progress("timing: %d rounds of unsubscribe requests, valid and forged tokens", c.TimingRounds)
	client := &http.Client{Timeout: c.RequestTimeout, Transport: &http.Transport{DisableKeepAlives: true}}
	lat := map[string][]time.Duration{}
	seen := map[string]answer{}
	for r := range c.TimingRounds {
		tokens := map[string]string{}
		tokens[unsubValidPost] = valid[r%len(valid)]
		tokens[unsubValidGet] = valid[(r+1)%len(valid)]
		// A forged token for a real lead and address: what an attacker
		// who knows someone's address would try.
		s := subs[(r*len(probeClasses))%len(subs)]
		tokens[unsubForgedPost] = forger.Token(s.Email, s.Result.ID, time.Now())
		tokens[unsubForgedGet] = forger.Token(s.Email, s.Result.ID, time.Now())
		order, err := shuffled(len(unsubKinds))
		if err != nil {
			return err
		}
		for _, k := range order {
			kind := unsubKinds[k]
			method := http.MethodGet
			if strings.HasSuffix(kind, "POST") {
				method = http.MethodPost
			}
			a, err := unsubscribeRequest(ctx, client, st.baseURL, method, tokens[kind])
			if err != nil {
				return err
			}
			lat[kind] = append(lat[kind], a.latency)
			if prev, ok := seen[kind]; !ok {
				seen[kind] = a
			} else if prev.status != a.status || prev.body != a.body {
				t.Differs = appendOnce(t.Differs, kind+": answers differ from one request to the next")
			}
			time.Sleep(probePause)
		}
	}
	for kind, ds := range lat {
		t.Unsubscribe[kind] = percentiles(ds)
	}
	for _, pair := range [][2]string{{unsubValidPost, unsubForgedPost}, {unsubValidGet, unsubForgedGet}} {
		v, f := seen[pair[0]], seen[pair[1]]
		if v.status != f.status {
			t.Differs = append(t.Differs, fmt.Sprintf("%s answered %d, %s %d", pair[0], v.status, pair[1], f.status))
		}
		if v.body != f.body {
			t.Differs = append(t.Differs, pair[0]+" and "+pair[1]+" answered different bodies")
		}
	}
	return nil
}

type answer struct {
	status  int
	body    string
	latency time.Duration
}

func unsubscribeRequest(ctx context.Context, client *http.Client, baseURL, method, token string) (answer, error) {
	var body io.Reader
	if method == http.MethodPost {
		body = strings.NewReader("List-Unsubscribe=One-Click")
	}
	req, err := http.NewRequestWithContext(ctx, method, baseURL+"/u/"+token, body)
	if err != nil {
		return answer{}, err
	}
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return answer{}, fmt.Errorf("loadtest: unsubscribe %s: %w", method, err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return answer{}, fmt.Errorf("loadtest: unsubscribe %s: %w", method, err)
	}
	return answer{status: resp.StatusCode, body: string(b), latency: time.Since(start)}, nil
}

// checkProbeVerdicts counts the probes stored with another verdict than
// their class.
func checkProbeVerdicts(t *TimingReport, subs []*Submission, snap *snapshot) {
	verdict := map[string]string{}
	for _, l := range snap.leads {
		verdict[l.ID] = l.Verdict
	}
	for _, s := range subs {
		if s.Result.Status == http.StatusCreated && verdict[s.Result.ID] != string(s.Class) {
			t.Wrong++
			t.WrongVerdicts = append(t.WrongVerdicts, fmt.Sprintf("%s probe stored as %q", s.Class, verdict[s.Result.ID]))
		}
	}
}

// signingSecret reads the HMAC key the devserver keeps for the template's
// SigningSecret in the repository's .local/secrets.json, so that the
// probes can make valid unsubscribe tokens.
func signingSecret(root string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(root, ".local", "secrets.json"))
	if err != nil {
		return nil, fmt.Errorf("loadtest: the devserver's secrets: %w", err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil || m["SigningSecret"] == "" {
		return nil, fmt.Errorf("loadtest: no SigningSecret in .local/secrets.json: %v", err)
	}
	return []byte(m["SigningSecret"]), nil
}

// shuffled is a random permutation of 0..n-1.
func shuffled(n int) ([]int, error) {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j, err := rand.Int(rand.Reader, big.NewInt(int64(i+1)))
		if err != nil {
			return nil, err
		}
		p[i], p[int(j.Int64())] = p[int(j.Int64())], p[i]
	}
	return p, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%x", b)
}

func appendOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// print writes the timing section of the report.
func (t *TimingReport) print(p func(string, ...any)) {
	p("timing      %d rounds on the idle stack, one request at a time", t.Rounds)
	for _, c := range probeClasses {
		p("  submit    %-9s %s  paired %+.1f ms", c, t.Submit[c], float64(t.Paired[c].Microseconds())/1000)
	}
	p("            spread of the medians: %s (target < %s); paired spread %s; %d probes answered otherwise than 201 or stored with another verdict",
		ms(t.SubmitSpread()), ms(TimingTarget), ms(t.PairedSpread()), t.Wrong)
	if len(t.Unsubscribe) == 0 {
		return
	}
	for _, k := range unsubKinds {
		p("  unsub     %-11s %s", k, t.Unsubscribe[k])
	}
	same := "same status and body for valid and forged tokens"
	if len(t.Differs) > 0 {
		same = strings.Join(t.Differs, "; ")
	}
	p("            spread valid/forged: %s (target < %s); %s", ms(t.UnsubscribeSpread()), ms(TimingTarget), same)
}
