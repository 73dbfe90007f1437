package screen

import (
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

// TestMetaVocabEveryEntryMatches walks the table of roles and meta words:
// every role is screened as a name alone (one piece of
// placeholder_identity) and beside another role (a test entry), every
// meta phrase as the whole message of an otherwise real lead (a test
// entry), so that a line the detector would not match fails here instead
// of doing nothing.
func TestMetaVocabEveryEntryMatches(t *testing.T) {
	v := metaVocab()
	if len(v.entries) < 500 {
		t.Fatalf("the table has %d entries; it was written with more than 550", len(v.entries))
	}
	langs := map[string]bool{}
	for _, en := range v.entries {
		langs[en.lang] = true
	}
	if len(langs) < 110 {
		t.Errorf("the table covers %d languages, want about 120", len(langs))
	}
	for _, en := range v.entries {
		t.Run(en.lang+" "+en.kind+" "+en.text, func(t *testing.T) {
			e := testEngine(t, nil, nil)
			switch en.kind {
			case "role":
				s := screenFields(t, e, map[string]string{"first": en.text, "last": ""})
				if !hasReason(s, CodePlaceholderIdentity) {
					t.Errorf("alone: no %s: %v", CodePlaceholderIdentity, s.Reasons)
				}
				other := "Customer"
				if foldText(en.text) == "customer" {
					other = "User"
				}
				s = screenFields(t, testEngine(t, nil, nil), map[string]string{"first": en.text, "last": other})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("beside %q: verdict %s, want junk: %v", other, s.Verdict, s.Reasons)
				}
			case "filler":
				if isMetaMessage(newMessageViews(en.text)) {
					t.Errorf("%q alone is read as a meta message; a filler word is never one", en.text)
				}
				msg := en.text + " test"
				if !isMetaMessage(newMessageViews(msg)) {
					t.Errorf("%q is not read as a test's message", msg)
				}
				s := screenFields(t, e, map[string]string{"message": msg})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("in %q: verdict %s, want junk: %v", msg, s.Verdict, s.Reasons)
				}
			case "meta":
				if !isMetaMessage(newMessageViews(en.text)) {
					t.Errorf("%q is not read as a meta message", en.text)
				}
				s := screenFields(t, e, map[string]string{"message": en.text})
				if s.Verdict != lead.ScreenJunk {
					t.Errorf("as the message: verdict %s, want junk: %v", s.Verdict, s.Reasons)
				}
			}
		})
	}
}

// TestParseMetaVocabRejectsBadLines: a line of the wrong shape is an
// error, not a silent skip.
func TestParseMetaVocabRejectsBadLines(t *testing.T) {
	for _, bad := range []string{"de role", "de label Vorname", "de meta ---", "de filler nur mal"} {
		if _, err := parseMetaVocab(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	v, err := parseMetaVocab("# c\n\nde role Kunde\nde meta hallo welt\n")
	if err != nil || !v.roles["kunde"] || len(v.meta) != 1 || v.meta[0] != "hallo welt" {
		t.Errorf("good lines: %v, %+v", err, v)
	}
	if !strings.Contains(metaVocabFile, "no\n# line is copied") {
		t.Error("the table's header must say it was written, not copied")
	}
}

// TestMetaVocabDecides: roles for names and messages about the form, in
// languages and shapes chosen for the test, beside genuine leads whose
// surname is a role somewhere, whose firm carries a role word, or whose
// message begins "hello world".
func TestMetaVocabDecides(t *testing.T) {
	ask := "Could you send pricing for 20 users and tell us whether it works with HubSpot?"
	checkIdentityVerdicts(t, []identityCase{
		{"guest user", "Guest", "User", "", "g.u.2026@yahoo.com", ask, lead.ScreenJunk},
		{"German labels typed back", "Vorname", "Nachname", "Firma", "vn@gmx.de", ask, lead.ScreenJunk},
		{"Spanish role twice and a firm named with it", "Cliente", "Cliente", "Cliente SA", "cliente@gmail.com", ask, lead.ScreenJunk},
		{"one role typed as first and last name", "Usuario", "Usuario", "", "usuario.2026@gmail.com", "¿Cuánto cuesta?", lead.ScreenJunk},
		{"Russian role and surname label", "Клиент", "Фамилия", "", "k@mail.ru", "Сколько стоит?", lead.ScreenJunk},
		{"Uyghur-like test word and role", "Тест", "Пользователь", "", "tp@mail.ru", "Сколько стоит?", lead.ScreenJunk},
		{"Turkish role and test message", "Müşteri", "Yılmaz", "", "m.y@gmail.com", "deneme", lead.ScreenJunk},
		{"English counting", "Sam", "Reed", "Reed Labs", "sam@reedlabs.io", "one two three", lead.ScreenJunk},
		{"the word text typed four times", "Rafa", "Lima", "RL", "rafa.lima@gmail.com", "text text text text", lead.ScreenJunk},
		{"Russian counting and a connection check", "Олег", "Смирнов", "ИП Смирнов", "o.s@yandex.ru", "раз два три, проверка связи", lead.ScreenJunk},
		{"Portuguese sound check", "Ana", "Souza", "Souza ME", "ana.souza@gmail.com", "teste de som 123", lead.ScreenJunk},
		{"German: just to see it arrives", "Jonas", "Berg", "Berg IT", "jonas@berg-it.de", "nur mal sehen ob es ankommt", lead.ScreenJunk},
		{"Dutch bla bla", "Kees", "Smit", "Smit BV", "kees.smit@ziggo.nl", "bla bla bla", lead.ScreenJunk},
		{"Indonesian test test", "Budi", "Santoso", "CV Santoso", "budi.s@gmail.com", "tes tes", lead.ScreenJunk},
		{"a test word alone as the message", "Abebe", "Bikila", "Bikila PLC", "abebe.b@gmail.com", "ሙከራ", lead.ScreenJunk},
		// Genuine look-alikes.
		{"surname Kunde with a trade", "Klaus", "Kunde", "Kunde Haustechnik GmbH", "k.kunde@kunde-haustechnik.de", "Was kostet das für drei Nutzer?", lead.ScreenPass},
		{"one name typed twice, a real person's", "Suharti", "Suharti", "", "suharti.k@gmail.com", "Apakah ada paket bulanan?", lead.ScreenPass},
		{"surname Guest", "Emma", "Guest", "Guest & Partners", "emma@guestpartners.co.uk", ask, lead.ScreenPass},
		{"a firm called Admin Services", "Tom", "Hale", "Admin Services Ltd", "tom@adminservices.co.uk", ask, lead.ScreenPass},
		{"Cliente as a word of a real firm", "Ana", "Ruiz", "Cliente Feliz S.L.", "ana@clientefeliz.es", "¿Tienen un plan anual para 10 agentes?", lead.ScreenPass},
		{"a developer's question after hello world", "Lin", "Wei", "Compiler Works", "lin@compilerworks.dev", "Hello world, we build compilers and want a demo for 5 developers.", lead.ScreenPass},
		{"hello world app question", "Priya", "Nair", "Nair Apps", "priya@nairapps.in", "Our hello world app needs a contact form, do you support React?", lead.ScreenPass},
		{"a one-word request", "Ines", "Duarte", "Duarte Têxteis", "ines@duarte-texteis.pt", "Demo", lead.ScreenPass},
		{"a free trial asked in a word that means test", "Marta", "Gil", "Gil Abogados", "marta@gilabogados.es", "Prueba gratuita?", lead.ScreenPass},
		{"a message that asks if it works, with a question", "Raj", "Patel", "Patel Web", "raj@patelweb.in", "Does it work with WordPress?", lead.ScreenPass},
	})
}

// TestMetaPiecesAskTheSubjectOfEarlierPieces: a message about the typing
// is counted once, whichever file found it first, and that is read from
// what the earlier pieces are about, never from their wording. A reworded
// detail, or a message piece of a file the old list of reason prefixes
// never named, is still a message piece; a name piece whose words begin
// like a test message's is not.
func TestMetaPiecesAskTheSubjectOfEarlierPieces(t *testing.T) {
	const about = "the message talks about the form or the typing"
	e := testEngine(t, nil, nil)
	sub := genuine(t, nil)
	sub.Fields.Message = "bla bla bla"
	in, _ := e.begin(testForm(), sub)
	if !isMetaMessage(in.msg) {
		t.Fatalf("%q is no meta message: the test needs one", sub.Fields.Message)
	}
	for _, tc := range []struct {
		name      string
		before    []piece
		wantAbout bool // the meta message is a piece of its own
	}{
		{"nothing found before", nil, true},
		{"a message piece reworded", []piece{onePiece(pieceMessage, "a message written only to try the form")}, false},
		{"a message piece no prefix list named", []piece{twoPieces(pieceMessage, "the message calls itself a test and asks not to be answered: \"x\"")}, false},
		{"weight added to a message piece", []piece{addedWeight(pieceMessage)}, false},
		{"a name piece worded like a test message", []piece{onePiece(pieceName, "test message typed as a name")}, true},
		{"pieces about name, firm, address and entry", []piece{
			onePiece(pieceName, "placeholder name \"John Doe\""), onePiece(pieceFirm, "placeholder company \"Example\""),
			onePiece(pieceAddress, "test inbox \"qa+1@\""), twoPieces(pieceEntry, "machine identifiers in 3 fields"),
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := metaPieces(in, tc.before)
			if found := strings.Contains(piecesDetail(got), about); found != tc.wantAbout {
				t.Errorf("meta message counted as a piece of its own: %v, want %v (pieces %+v)", found, tc.wantAbout, got)
			}
			// Asking for nothing weighs a piece either way.
			want := 1
			if tc.wantAbout {
				want = 2
			}
			if w := piecesWeight(got); w != want {
				t.Errorf("weight %d, want %d (pieces %+v)", w, want, got)
			}
		})
	}
}

// TestPlaceholderPiecesReason: the reason lists the details of the pieces
// in order, pieces that only add weight say nothing, and the points are
// the weights' sum capped at placeholderPiecesCap pieces.
func TestPlaceholderPiecesReason(t *testing.T) {
	for _, tc := range []struct {
		name       string
		pieces     []piece
		wantDetail string
		wantWeight int
	}{
		{"one piece", []piece{onePiece(pieceFirm, "placeholder company \"Test Company\"")}, "placeholder company \"Test Company\"", 1},
		{"weight added to a piece of another file", []piece{onePiece(pieceFirm, "placeholder company \"Example GmbH\""), addedWeight(pieceFirm)},
			"placeholder company \"Example GmbH\"", 2},
		{"two pieces in order", []piece{twoPieces(pieceMessage, "lorem ipsum filler text"), onePiece(pieceAddress, "test inbox \"qa+1@\"")},
			"lorem ipsum filler text; test inbox \"qa+1@\"", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := piecesDetail(tc.pieces); got != tc.wantDetail {
				t.Errorf("detail %q, want %q", got, tc.wantDetail)
			}
			if got := piecesWeight(tc.pieces); got != tc.wantWeight {
				t.Errorf("weight %d, want %d", got, tc.wantWeight)
			}
		})
	}
}
