package screen

import "strings"

// A security researcher who reports a flaw quotes the probe that found it
// ("your form accepts ' OR 1=1 -- in the company field"); a bot sends the
// probe, in every field or with a few words around it. A probe told in a
// message of reportWords words or more, written in sentences (a tenth of
// its words a language's function words, see hasFunctionWords), weighs
// half: doubt for a person to settle, not junk.

// reportWords is how many words a message must have to tell of a probe
// rather than be one.
const reportWords = 15

// describesProbe reports whether a message that holds a probe is a report
// about it: long enough, and written in sentences of a language.
func describesProbe(msg string) bool {
	words := strings.Fields(strings.ToLower(msg))
	return len(words) >= reportWords && hasFunctionWords(words)
}

// toldMarkup reports a bare tag ("<script>", "</div>": no attributes, so
// no link) named in a report about a probe (see describesProbe): the
// researcher names the tag that got through, which the probe's own reason
// already weighs. tag is what findMarkup found; spam's markup carries its
// link in an attribute, and findMarkup stops at the space before it.
func toldMarkup(msg, tag string) bool {
	return strings.HasSuffix(tag, ">") && describesProbe(msg)
}
