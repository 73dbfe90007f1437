// Command hello is the reference for cold-start ratios: the smallest Go
// Lambda, built and started exactly as the real functions are, so that
// init time divided by hello's cancels out the machine and the emulator.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(func(context.Context) (string, error) { return "hello", nil })
}
