// Command putitem is the reference for warm latency: a minimal Lambda that
// does one DynamoDB PutItem of a 1 KB item per invoke, the least a
// function that stores a lead can do. It writes to the table named by
// TABLE_NAME (partition key "id", a string).
package main

import (
	"context"
	"log/slog"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// payload pads the item to about 1 KB, the size the cost issue compares with.
var payload = strings.Repeat("x", 1000)

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		slog.Error("cold start failed", "err", err)
		os.Exit(1)
	}
	db := dynamodb.NewFromConfig(cfg)
	table := os.Getenv("TABLE_NAME")
	lambda.Start(func(ctx context.Context) (string, error) {
		id := "local"
		if lc, ok := lambdacontext.FromContext(ctx); ok {
			id = lc.AwsRequestID
		}
		_, err := db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(table),
			Item: map[string]types.AttributeValue{
				"id":   &types.AttributeValueMemberS{Value: id},
				"data": &types.AttributeValueMemberS{Value: payload},
			},
		})
		if err != nil {
			return "", err
		}
		return id, nil
	})
}
