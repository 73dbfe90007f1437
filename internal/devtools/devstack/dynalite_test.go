package devstack_test

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/leadsieve/leadsieve/internal/devtools/devstack/devstacktest"
)

// TestDynaliteOutlivesAClientThatHangsUp: a client that gives up while
// sending its request (an SDK call whose context ran out) does not end the
// local DynamoDB, as it does not end DynamoDB; unpatched, dynalite threw
// and exited.
func TestDynaliteOutlivesAClientThatHangsUp(t *testing.T) {
	st := devstacktest.Stack(t)
	db := dynamodb.NewFromConfig(devstacktest.Config(t, st))
	for range 3 {
		c, err := net.Dial("tcp", strings.TrimPrefix(st.DynamoURL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		_, _ = c.Write([]byte("POST / HTTP/1.1\r\nHost: dynamodb\r\nContent-Type: application/x-amz-json-1.0\r\n" +
			"X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 1000\r\n\r\n{\"Lim"))
		time.Sleep(50 * time.Millisecond)
		_ = c.(*net.TCPConn).SetLinger(0)
		c.Close()
	}
	time.Sleep(200 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}); err != nil {
		t.Fatalf("the local DynamoDB after clients hung up: %v", err)
	}
}
