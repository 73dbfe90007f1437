package screen

import "testing"

func TestHarmPromise(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"I swear I will find your office and smash every window.", true},
		{"I'll track you down, count on it.", true},
		{"Я вас найду и вам будет очень плохо.", true},
		{"Je vais vous retrouver, tous.", true},
		{"Voy a encontrarlos, ya verán.", true},
		{"you're finished, all of you", true},
		{"I will come to your building and make a scene.", true},
		{"You'd better watch out, I know your address.", true},
		{"I will come to your booth at the fair on Tuesday.", false},
		{"I'll visit your website tomorrow to check the pricing.", false},
		// Genuine look-alikes: offers and searches.
		{"We will find you a slot next week.", false},
		{"I will find the invoice and send it over.", false},
		{"I'm going to find out whether the API supports webhooks.", false},
		{"Мы найдём вам решение, напишите нам.", false},
		{"Ich werde die Unterlagen finden und schicken.", false},
	} {
		got := harmPromise(newFoldedText(foldText(tc.in))) != ""
		if got != tc.want {
			t.Errorf("harmPromise(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestScriptAimedInsult(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"你们这群垃圾，滚", true},
		{"お前らクズだな", true},
		{"너희 쓰레기들", true},
		{"你們這群騙子", true},
		// The address and the word apart, or no address.
		{"我们公司经常收到垃圾信息，你们的产品能过滤吗", false},
		{"垃圾邮件太多了", false},
		{"你们能过滤垃圾邮件吗", false},
		{"お前のゴミ箱はどこ", false},
		{"너희 회사 제품을 쓰고 싶습니다. 쓰레기 메일 필터가 있나요", false},
	} {
		if got := scriptAimedInsult(tc.in) != ""; got != tc.want {
			t.Errorf("scriptAimedInsult(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestAbuseShapesDecide: the two shapes make abuse through the message
// detector; the same words quoted in a question, or beside a question
// about our product, do not.
func TestAbuseShapesDecide(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "promise to come", sub: setMessage("I am going to find your house, you spammers."), want: CodeAbusiveMessage, points: 60},
		{name: "russian warning", sub: setMessage("Тебе конец, понял! Тебе конец."), want: CodeAbusiveMessage},
		{name: "chinese address and insult", sub: setMessage("你们这群废物"), want: CodeAbusiveMessage},
		{name: "japanese address and insult", sub: setMessage("お前らゴミだ、消えろ"), want: CodeAbusiveMessage},
		{name: "quoted threat in single quotes", sub: setMessage("A visitor wrote 'I will find your office' in our form. Can you flag that?"), not: not},
		{name: "quoted insult in single quotes", sub: setMessage("We get messages like 'you are all scum' — does your filter catch them?"), not: not},
		{name: "chinese question about spam", sub: setMessage("你们的产品能过滤垃圾信息吗？"), not: not},
	})
}

func TestSingleQuotedSpeech(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Messages like 'you are all scum' — can you block them?", "Messages like — can you block them?"},
		{"We got 'you're dead' twice. Can you flag it?", "We got twice. Can you flag it?"},
		{"It's broken, isn't it? Don't know why.", ""},
	} {
		if got := reportedSpeech(tc.in); got != tc.want {
			t.Errorf("reportedSpeech(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
