package handoff_test

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/ses"

	"github.com/leadsieve/leadsieve/internal/delivery/handoff"
)

// resettingSES is an SES endpoint that dies mid-request, as the local SES
// server did when `make load -kill ses` stopped it: it accepts the TCP
// connection, reads the request (and, when accept is set, keeps the
// e-mail, as SES does once it has the message) and then resets the
// connection instead of answering.
type resettingSES struct {
	ln     net.Listener
	accept bool
	mu     sync.Mutex
	kept   int
}

func startResettingSES(t *testing.T, accept bool) *resettingSES {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &resettingSES{ln: ln, accept: accept}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(c)
		}
	}()
	return s
}

func (s *resettingSES) serve(c net.Conn) {
	defer c.Close()
	req, err := http.ReadRequest(bufio.NewReader(c))
	if err != nil {
		return
	}
	if s.accept {
		_, _ = io.Copy(io.Discard, req.Body)
		s.mu.Lock()
		s.kept++
		s.mu.Unlock()
	}
	// SO_LINGER 0: close sends RST, as a killed process with unread data does.
	_ = c.(*net.TCPConn).SetLinger(0)
}

func (s *resettingSES) client() *ses.Client {
	return ses.New(ses.Options{
		Region: "us-east-1", BaseEndpoint: aws.String("http://" + s.ln.Addr().String()),
		Credentials: credentials.NewStaticCredentialsProvider("local", "local", ""),
	})
}

// TestLostSESAnswerIsUnknownEitherWay is the cause of the duplicate sales
// e-mail `make load -kill ses` found: SES was stopped while a send was in
// flight; the client saw "connection reset by peer" after writing the
// request. Whether SES had kept the e-mail (it had, in that run) or not
// (it had not, in a later run), the sender sees the same error, so it
// cannot tell a sent e-mail from a lost one. It records an unknown outcome
// (never "not sent", which would retry at once) and the policy resends
// once, marked as a possible duplicate: a lost e-mail is never silently
// dropped, at the price of a marked second e-mail when SES had kept the
// first. SES offers no idempotency key to do better from the sender's side.
func TestLostSESAnswerIsUnknownEitherWay(t *testing.T) {
	for _, accepted := range []bool{true, false} {
		srv := startResettingSES(t, accepted)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := handoff.SendRaw(ctx, srv.client(), "leads@northwind.example", "sales@northwind.example", []byte("Subject: x\r\n\r\nbody"), handoff.Envelope{})
		cancel()
		if err == nil {
			t.Fatalf("accepted=%v: no error from a reset connection", accepted)
		}
		if handoff.NotSent(err) {
			t.Errorf("accepted=%v: %v taken for definitely not sent; SES may have kept it", accepted, err)
		}
		srv.mu.Lock()
		kept := srv.kept
		srv.mu.Unlock()
		if (kept == 1) != accepted {
			t.Fatalf("fixture: SES kept %d e-mails, accept=%v", kept, accepted)
		}
	}
}

// idleClosingSES answers the first request of every connection and resets
// the connection when a second request arrives on it: the server side of
// the keep-alive race, as when Node closes a connection it holds idle just
// as the client writes its next request on it. reused counts the requests
// that arrived on a connection used before.
type idleClosingSES struct {
	url    string
	reused atomic.Int32
}

func startIdleClosingSES(t *testing.T) *idleClosingSES {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	s := &idleClosingSES{url: "http://" + ln.Addr().String()}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				req, err := http.ReadRequest(r)
				if err != nil {
					return
				}
				_, _ = io.Copy(io.Discard, req.Body)
				body := `<SendRawEmailResponse><SendRawEmailResult><MessageId>m-1</MessageId></SendRawEmailResult></SendRawEmailResponse>`
				_, _ = io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"+body)
				if _, err := r.Peek(1); err == nil {
					s.reused.Add(1)
					_ = c.(*net.TCPConn).SetLinger(0) // reset
				}
			}()
		}
	}()
	return s
}

// TestSESClientDropsIdleConnections: a send after a pause longer than
// SESIdleTimeout opens a new connection, so it cannot meet a server that
// closed the old one for idleness (the SDK's default client keeps idle
// connections 90 s and would write on the old one).
func TestSESClientDropsIdleConnections(t *testing.T) {
	srv := startIdleClosingSES(t)
	c := handoff.NewSESClient(aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(srv.url),
		Credentials: credentials.NewStaticCredentialsProvider("local", "local", "")})
	send := func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := handoff.SendRaw(ctx, c, "leads@northwind.example", "sales@northwind.example", []byte("Subject: x\r\n\r\nbody"), handoff.Envelope{})
		return err
	}
	if err := send(); err != nil {
		t.Fatalf("first send: %v", err)
	}
	time.Sleep(handoff.SESIdleTimeout + 300*time.Millisecond)
	if err := send(); err != nil {
		t.Errorf("send after an idle pause: %v", err)
	}
	if n := srv.reused.Load(); n != 0 {
		t.Errorf("%d sends written on a connection idle for longer than SESIdleTimeout", n)
	}
}
