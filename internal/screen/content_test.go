package screen

import (
	"context"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
	"github.com/leadsieve/leadsieve/internal/screen/gibberish"
)

var nameCodes = []string{CodeGibberishName, CodeRepeatedChars, CodeURLInName, CodeSameValueEverywhere, CodeDigitsInName, CodeTestEntry}

func setNames(first, last, company string) func(*lead.Submission) {
	return func(x *lead.Submission) {
		x.Fields.FirstName, x.Fields.LastName, x.Fields.Company = first, last, company
	}
}

func TestNamesDetector(t *testing.T) {
	mash := func(d *Deps) {
		d.Names = fakeNames{def: 0.02, m: map[string]float64{"xjqzkvwpl": 0.99, "Qwpoeiruty Ltd": 0.97}}
	}
	runCases(t, []detCase{
		{name: "clean", not: nameCodes},
		{name: "gibberish first name", deps: mash, sub: setNames("xjqzkvwpl", "García", "Northwind"), want: CodeGibberishName, points: 30},
		{name: "gibberish company", deps: mash, sub: setNames("María", "García", "Qwpoeiruty Ltd"), want: CodeGibberishName},
		{name: "repeated letters", sub: setNames("aaaaaa", "García", "Northwind"), want: CodeRepeatedChars, points: 25},
		{name: "xxxx", sub: setNames("María", "xxxx", "Northwind"), want: CodeRepeatedChars},
		{name: "long run", sub: setNames("Mariiiiia", "García", "Northwind"), want: CodeRepeatedChars},
		{name: "double letters fine", sub: setNames("Anna", "Llewellyn", "Jjill Ltd"), not: nameCodes},
		{name: "url in name", sub: setNames("Visit https://cheap.example", "García", "Northwind"), want: CodeURLInName, points: 60},
		{name: "www in company", sub: setNames("María", "García", "www.spam-shop.example"), want: CodeURLInName},
		{name: "bare domain in name", sub: setNames("María", "bestdeals.ru", "Northwind"), want: CodeURLInName},
		{name: "email in name", sub: setNames("maria@spam.example", "García", "Northwind"), want: CodeURLInName},
		{name: "dotted company is fine", sub: setNames("María", "García", "Booking.com"), not: nameCodes},
		{name: "digits in name", sub: setNames("Maria2", "García", "Northwind"), want: CodeDigitsInName, points: 15},
		{name: "digits in company fine", sub: setNames("María", "García", "3M Deutschland GmbH"), not: nameCodes},
		{name: "same value everywhere", sub: func(x *lead.Submission) {
			x.Fields.FirstName, x.Fields.LastName, x.Fields.Company, x.Fields.JobTitle, x.Fields.Message = "hello", "hello", "Hello", "hello", "hello"
			x.Fields.Email = "hello@northwind-logistics.com"
		}, want: CodeSameValueEverywhere, points: 80}, // six fields: twice the points
		{name: "same value in three fields", sub: func(x *lead.Submission) {
			setNames("Brian Hunt", "Brian Hunt", "brianhunt")(x)
			x.Fields.Email, x.Fields.JobTitle, x.Fields.Message = "b.h.1984@gmail.com", "", ""
		}, want: CodeSameValueEverywhere, points: 40},
		{name: "same name everywhere with an address made of it", sub: func(x *lead.Submission) {
			setNames("RobertSmuts", "RobertSmuts", "RobertSmuts")(x)
			x.Fields.Email, x.Fields.Message, x.Fields.JobTitle = "robertsmuts4@outlook.com", "RobertSmuts", ""
		}, want: CodeSameValueEverywhere, points: 80},
		{name: "a sole trader named for herself", sub: func(x *lead.Submission) {
			setNames("Suharti", "Suharti", "Suharti Catering")(x)
			x.Fields.Email, x.Fields.JobTitle, x.Fields.Message = "suharti@gmail.com", "", ""
		}, not: nameCodes},
		{name: "two equal fields fine", sub: setNames("Lee", "Lee", ""), not: nameCodes},
		{name: "test name", sub: setNames("Test", "Test", ""), want: CodeTestEntry, points: 60},
		{name: "testing user", sub: setNames("Testing", "User", "Northwind"), want: CodeTestEntry},
		{name: "asdf", sub: setNames("asdf", "asdf", "asdf"), want: CodeTestEntry},
		{name: "qwerty", sub: setNames("qwerty", "", ""), want: CodeTestEntry},
		{name: "foo bar", sub: setNames("Foo", "Bar", ""), want: CodeTestEntry},
		{name: "mickey mouse", sub: setNames("Mickey", "Mouse", "Disney"), want: CodeTestEntry},
		{name: "john doe at example.com", sub: func(x *lead.Submission) {
			setNames("John", "Doe", "")(x)
			x.Fields.Email = "john@example.com"
		}, want: CodeTestEntry},
		{name: "john doe real address", sub: func(x *lead.Submission) {
			setNames("John", "Doe", "Doe Plumbing")(x)
			x.Fields.Email = "john@doeplumbing.com"
		}, not: nameCodes},
		{name: "test@test.com", sub: func(x *lead.Submission) { x.Fields.Email = "test@test.com" }, want: CodeTestEntry},
		{name: "test+1@example.com", sub: func(x *lead.Submission) { x.Fields.Email = "test+1@example.com" }, want: CodeTestEntry},
		{name: "tester surname is a word", sub: setNames("Hans", "Tester", "Tester Bau GmbH"), not: nameCodes},
		{name: "test company with real name", sub: setNames("María", "García", "Test"), not: nameCodes},
	})
}

// TestRealNamesNeverFlagged uses the real name model.
func TestRealNamesNeverFlagged(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Names = gibberish.Default(); d.Counter = nil })
	names := []struct{ first, last, name, company string }{
		{first: "Nguyễn", last: "Thị Ánh"},
		{name: "Nguyễn Thị Ánh"},
		// 山田太郎 is Japan's placeholder name (placeholder_identity); a
		// real Yamada is not.
		{first: "山田", last: "健二"},
		{name: "山田 健二", company: "株式会社山田製作所"},
		{first: "Дмитрий", last: "Иванов", company: "ООО Ромашка"},
		{first: "Siobhán", last: "O'Brien"},
		{name: "Al Li"},
		{first: "Al", last: "Li"},
		{first: "María José", last: "García-López"},
		{first: "Zoë", last: "Ødegård"},
		{name: "Ng"},
		{name: "O"},
		{first: "Ng", last: "O"},
		{first: "Przemysław", last: "Brzęczyszczykiewicz"},
		{first: "محمد", last: "الأحمد"},
		{first: "Nkosazana", last: "Dlamini-Zuma"},
		{first: "Xiang", last: "Zhou", company: "Shenzhen Xinwei Technology Co., Ltd."},
	}
	for _, n := range names {
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.FirstName, sub.Fields.LastName, sub.Fields.Name = n.first, n.last, n.name
		if n.company != "" {
			sub.Fields.Company = n.company
		}
		s := e.Screen(context.Background(), testForm(), sub)
		checkScreening(t, e, s)
		if s.Score != 0 {
			t.Errorf("%+v flagged: %v", n, s.Reasons)
		}
	}
	// And mash is caught.
	sub := genuine(t, e.deps.Tokens)
	sub.Fields.FirstName, sub.Fields.LastName = "Jkdsfhkjsdhf", "Sdkjfhsdkf"
	if s := e.Screen(context.Background(), testForm(), sub); !hasCode(s, CodeGibberishName) {
		t.Errorf("mash not flagged: %v", s.Reasons)
	}
}

// TestShortNamesNeverJudged uses a model that calls everything mash.
func TestShortNamesNeverJudged(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Names = fakeNames{def: 1}; d.Counter = nil })
	for _, n := range [][2]string{{"Al", "Li"}, {"Ng", ""}, {"O", ""}, {"Bo", "Wu"}, {"Ana", "Lee"}} {
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.FirstName, sub.Fields.LastName, sub.Fields.Company = n[0], n[1], ""
		sub.Fields.Message = ""
		if s := e.Screen(context.Background(), testForm(), sub); hasCode(s, CodeGibberishName) {
			t.Errorf("%v judged gibberish", n)
		}
	}
}

func hasCode(s lead.Screening, code string) bool {
	_, ok := reasonFor(s, code)
	return ok
}

var messageCodes = []string{CodeMessageLinks, CodeMarkupInMessage, CodeSpamContent, CodeVendorPitch, CodeAllCaps, CodeUnreadableMessage, CodeSuspiciousLink, CodeMessengerContact}

func setMsg(m string) func(*lead.Submission) {
	return func(x *lead.Submission) { x.Fields.Message = m }
}

func TestMessageDetector(t *testing.T) {
	runCases(t, []detCase{
		{name: "clean", not: messageCodes},
		{name: "one link fine", sub: setMsg("See our current setup at https://northwind-logistics.com/ops please."), not: messageCodes},
		{name: "two links", sub: setMsg("Check https://a.example.com and www.b-shop.com for details"), want: CodeMessageLinks, points: 10},
		{name: "many links capped", sub: setMsg("http://a.com http://b.com http://c.com cheap.ru bargains.xyz deals.top more.info"), want: CodeMessageLinks, points: 40},
		{name: "emails are not links", sub: setMsg("Write to anna@northwind.com or ops@northwind.com, e.g. tomorrow."), not: messageCodes},
		{name: "html", sub: setMsg(`Great post <a href="http://x.example">cheap</a>`), want: CodeMarkupInMessage, points: 30},
		{name: "bbcode", sub: setMsg("nice [url=http://x.example]cheap[/url]"), want: CodeMarkupInMessage},
		{name: "less-than is not markup", sub: setMsg("We have <50 users and a budget > 10k, I <3 your product."), not: messageCodes},
		{name: "spam", sub: setMsg("Best online casino in town, join today."), want: CodeSpamContent, points: 40},
		{name: "spam grows", sub: setMsg("Buy viagra and cialis, try our online casino and forex trading signals"), want: CodeSpamContent, points: 80},
		{name: "spam wildcard", sub: setMsg("Need payday loans fast?"), want: CodeSpamContent},
		{name: "russian spam", sub: setMsg("Лучшее казино онлайн, быстрый займ без проверок"), want: CodeSpamContent},
		{name: "chinese spam", sub: setMsg("最新博彩网站，注册即送"), want: CodeSpamContent},
		{name: "vendor seo", sub: setMsg("Hi, I was on your website and noticed it is not on the first page of Google. Our SEO services can help."), want: CodeVendorPitch, points: 80},
		{name: "vendor backlinks", sub: setMsg("We sell high quality backlinks from DA 50+ sites."), want: CodeVendorPitch, points: 40},
		{name: "vendor lists", sub: setMsg("Would you like a lead list of 20,000 verified emails of decision makers?"), want: CodeVendorPitch},
		{name: "vendor outsourcing", sub: setMsg("We offer offshore developers and outsourcing at low rates."), want: CodeVendorPitch},
		{name: "vendor guest post", sub: setMsg("Do you accept guest posts on your blog?"), want: CodeVendorPitch},
		{name: "german seo", sub: setMsg("Wir bieten professionelle Suchmaschinenoptimierung für Ihre Webseite."), want: CodeVendorPitch},
		{name: "extra phrase", cfg: func(c *Config) { c.Lists.VendorPhrases = []string{"conference booth"} },
			sub: setMsg("Reserve a conference booth with us."), want: CodeVendorPitch},
		{name: "words not substrings", sub: setMsg("Our seoul office handles casinos accounting? No: we do loan-free leasing of forklifts."), not: []string{CodeVendorPitch}},
		{name: "all caps", sub: setMsg("PLEASE CALL ME BACK ABOUT THE PRICING TODAY"), want: CodeAllCaps, points: 15},
		{name: "short caps fine", sub: setMsg("Call me ASAP re SLA and SSO"), not: messageCodes},
		{name: "acronyms fine", sub: setMsg("We need SSO, SAML, SCIM and an SLA for our EU and US teams, plus SOC 2 reports."), not: messageCodes},
		{name: "symbols", sub: setMsg("$$$ !!! ### @@@ %%% ^^^ &&& *** ((( )))"), want: CodeUnreadableMessage, points: 40},
		{name: "digits fine", sub: setMsg("PO 4500012345, qty 250, ref 2026-03-02, call 650 253 0000"), not: messageCodes},
		{name: "homoglyph words", sub: setMsg("Вuy сheаp vіаgrа рills nоw аt оur stоre tоdаy"), want: CodeUnreadableMessage},
		{name: "mash", deps: func(d *Deps) { d.Names = gibberish.Default() }, sub: setMsg("sdkjf sdkjfh sdkfjh sdkfjhsdkjf sdkjfh skdjfh lkjsdf"), want: CodeUnreadableMessage},
	})
}

func TestMultilingualMessagesPass(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Names = gibberish.Default(); d.Counter = nil })
	msgs := map[string]string{
		"german":     "Guten Tag, wir sind ein mittelständisches Logistikunternehmen mit 12 Lagern und suchen eine Lösung für die Schichtplanung. Können Sie uns ein Angebot für 80 Nutzer schicken?",
		"japanese":   "お世話になっております。弊社は倉庫を12拠点運営しており、シフト管理の改善を検討しています。80ユーザーでの見積もりをお願いできますでしょうか。",
		"russian":    "Здравствуйте! Мы управляем двенадцатью складами и ищем систему планирования смен. Пришлите, пожалуйста, коммерческое предложение на 80 пользователей.",
		"arabic":     "مرحبا، نحن شركة لوجستية لديها اثنا عشر مستودعا ونبحث عن نظام لجدولة الورديات. هل يمكنكم إرسال عرض سعر لثمانين مستخدما؟",
		"vietnamese": "Xin chào, chúng tôi có 12 kho hàng và đang tìm giải pháp lập lịch ca làm việc. Anh chị có thể gửi báo giá cho 80 người dùng không?",
		"english+ja": "We use the Web管理 tool at our Tokyo site (東京倉庫) and need an API for SAP integration.",
		"french":     "Bonjour, nous aimerions organiser une démonstration la semaine prochaine pour notre équipe d'exploitation.",
	}
	for lang, m := range msgs {
		sub := genuine(t, e.deps.Tokens)
		sub.Fields.Message = m
		s := e.Screen(context.Background(), testForm(), sub)
		checkScreening(t, e, s)
		if s.Score != 0 {
			t.Errorf("%s message flagged: %v", lang, s.Reasons)
		}
	}
}

func TestDetailsDoNotEchoLongInput(t *testing.T) {
	e := testEngine(t, nil, func(d *Deps) { d.Names = fakeNames{def: 1} })
	long := strings.Repeat("Visit https://spam.example/very-long-path ", 20)
	sub := genuine(t, e.deps.Tokens)
	sub.Fields.FirstName = long
	sub.Fields.Company = strings.Repeat("Qwxz", 50)
	sub.Fields.Message = long + " <a href=x>" + strings.Repeat("casino ", 50)
	sub.Context.UserAgent = "curl/" + strings.Repeat("9", 300)
	sub.Context.Origin = "https://" + strings.Repeat("o", 300) + ".example"
	s := e.Screen(context.Background(), testForm(), sub)
	checkScreening(t, e, s)
	for _, r := range s.Reasons {
		if len([]rune(r.Detail)) > 130 {
			t.Errorf("%s detail too long (%d): %q", r.Code, len([]rune(r.Detail)), r.Detail)
		}
	}
	if s.Verdict != lead.ScreenJunk {
		t.Errorf("verdict %s", s.Verdict)
	}
}
