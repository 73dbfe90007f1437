package devstack

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/leadsieve/leadsieve/internal/devtools/samtemplate"
)

// SESEvents makes the local stack publish SES events as SES does through a
// configuration set's event destinations (Options.SESEvents): the SES
// stand-in publishes the Send event of every message sent through a
// configuration set with a "send" destination to that destination's SNS
// topic, and the SNS stand-in (SNS) delivers it to the functions
// subscribed to the topic, through the Lambda Invoke API. The local SES
// delivers every message it accepts, so it publishes the Delivery event
// right after the Send event (as SES's mailbox simulator does for a
// deliverable address) when a destination asks for deliveries; it never
// bounces, so bounces and complaints are tested by publishing their
// notifications to the SNS stand-in or handing them to the function.
type SESEvents struct {
	// Destinations maps a configuration set's name to its event
	// destinations.
	Destinations map[string][]EventDestination
	// Subscriptions maps a topic ARN to the functions subscribed to it.
	Subscriptions map[string][]string
	// InvokeURL is the base URL of the Lambda Invoke API (the dev server).
	InvokeURL string
}

// EventDestination is an SNS event destination of a configuration set.
type EventDestination struct {
	TopicARN string   `json:"topicArn"`
	Types    []string `json:"types"` // SES's lower-case event types: send, bounce...
}

// LocalTopicARN is the ARN a topic of the template has on the local stack.
func LocalTopicARN(logicalID string) string {
	return "arn:aws:sns:" + samtemplate.PseudoParameters["AWS::Region"] + ":" +
		samtemplate.PseudoParameters["AWS::AccountId"] + ":" + logicalID
}

// SESEventsOf reads from tpl what SESEvents needs: each enabled
// AWS::SES::ConfigurationSetEventDestination with an SNS destination, and
// each function's SNS event sources. Names are what the dev server gives
// a Ref to a resource, its logical id (a configuration set's name is the
// one functions get in their environment); a topic's ARN is LocalTopicARN.
func SESEventsOf(tpl *samtemplate.Template, invokeURL string) (*SESEvents, error) {
	ev := &SESEvents{Destinations: map[string][]EventDestination{}, Subscriptions: map[string][]string{}, InvokeURL: invokeURL}
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range tpl.Resources {
			if !yield(id) {
				return
			}
		}
	}) {
		r := tpl.Resources[id]
		if r.Type != "AWS::SES::ConfigurationSetEventDestination" {
			continue
		}
		set, err := refName(r.Properties["ConfigurationSetName"])
		if err != nil {
			return nil, fmt.Errorf("devstack: %s.ConfigurationSetName: %w", id, err)
		}
		dest, _ := r.Properties["EventDestination"].(map[string]any)
		sns, _ := dest["SnsDestination"].(map[string]any)
		if enabled, _ := dest["Enabled"].(bool); !enabled || sns == nil {
			continue
		}
		topic, err := refName(sns["TopicARN"])
		if err != nil {
			return nil, fmt.Errorf("devstack: %s.EventDestination.SnsDestination.TopicARN: %w", id, err)
		}
		var types []string
		list, _ := dest["MatchingEventTypes"].([]any)
		for _, t := range list {
			if s, ok := t.(string); ok {
				types = append(types, strings.ToLower(s))
			}
		}
		ev.Destinations[set] = append(ev.Destinations[set], EventDestination{TopicARN: topicARN(topic), Types: types})
	}
	for _, f := range tpl.Functions() {
		for _, e := range f.Events {
			if e.Type != "SNS" {
				continue
			}
			topic, err := refName(e.Properties["Topic"])
			if err != nil {
				return nil, fmt.Errorf("devstack: %s event %s Topic: %w", f.LogicalID, e.Name, err)
			}
			arn := topicARN(topic)
			ev.Subscriptions[arn] = append(ev.Subscriptions[arn], f.LogicalID)
		}
	}
	return ev, nil
}

// refName is the logical id a {"Ref": id} names, or a literal string.
func refName(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case map[string]any:
		if id, ok := v["Ref"].(string); ok && len(v) == 1 {
			return id, nil
		}
	}
	return "", fmt.Errorf("want a name or a Ref, got %v", v)
}

// topicARN is a topic's ARN from a Ref's logical id, or the ARN given.
func topicARN(s string) string {
	if strings.HasPrefix(s, "arn:") {
		return s
	}
	return LocalTopicARN(s)
}

// startSNS starts the SNS stand-in of Options.SESEvents, if any.
func (s *Stack) startSNS() error {
	ev := s.opts.SESEvents
	if ev == nil {
		return nil
	}
	sns, err := StartSNS(&SNS{Subscriptions: ev.Subscriptions, InvokeURL: ev.InvokeURL, Log: s.opts.Log})
	if err != nil {
		return err
	}
	s.sns = sns
	s.SNSURL = sns.URL
	return nil
}

// sesHookEnv is the environment of the SES stand-in for its hook
// (sesstore.js): where it keeps mail and where it publishes events.
func (s *Stack) sesHookEnv(store string) ([]string, error) {
	var env []string
	if store != "" {
		env = append(env, sesStoreEnv+"="+store)
	}
	if s.sns != nil {
		cfg, err := json.Marshal(map[string]any{"sns": s.sns.URL, "sets": s.opts.SESEvents.Destinations})
		if err != nil {
			return nil, fmt.Errorf("devstack: SES events: %w", err)
		}
		env = append(env, "LEADSIEVE_SES_EVENTS="+string(cfg))
	}
	if len(env) == 0 {
		return nil, nil
	}
	hook, err := writeSESStoreHook()
	if err != nil {
		return nil, err
	}
	return append(env, "NODE_OPTIONS=--require "+hook), nil
}
