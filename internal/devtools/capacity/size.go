package capacity

import (
	"math"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/leadsieve/leadsieve/internal/adapters/store"
)

// ItemSize is an item's size as DynamoDB bills it (store.ItemSize: the
// store sizes its items with the same rules).
func ItemSize(item map[string]types.AttributeValue) int { return store.ItemSize(item) }

// writeUnits is the write units of writing an item of size bytes: one per
// KB begun, at least one.
func writeUnits(size int) float64 {
	return math.Max(1, math.Ceil(float64(size)/1024))
}

// readUnits is the read units of reading size bytes in one request: one per
// 4 KB begun (at least one), halved for an eventually consistent read.
func readUnits(size int, consistent bool) float64 {
	u := math.Max(1, math.Ceil(float64(size)/4096))
	if !consistent {
		u /= 2
	}
	return u
}
