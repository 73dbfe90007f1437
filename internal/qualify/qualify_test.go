package qualify

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/leadsieve/leadsieve/internal/lead"
)

func ptrI(i int) *int { return &i }

func testConfig() Config {
	return Config{
		Base: 20, QualifyAt: 60, NearMissBand: 10,
		Required:       []string{"budget", "authority"},
		RequiredFields: []string{"email"},
		Budget: BudgetConfig{
			BaseCurrency: "USD",
			Rates:        map[string]float64{"EUR": 1.1, "GBP": 1.25, "CHF": 1.1, "JPY": 0.007, "INR": 0.012, "BRL": 0.2, "CAD": 0.73, "AUD": 0.66, "PLN": 0.25},
			Ranges: []BudgetRange{
				{Value: "Under $5k", Points: -10, Max: 5000},
				{Value: "$25k–100k", Points: 20, Min: 25000, Max: 100000},
				{Value: "No budget", Points: -15, None: true},
			},
			Bands: []Band{
				{Min: 0, Max: 9999, Points: -10},
				{Min: 10000, Max: 24999, Points: 5},
				{Min: 25000, Max: 100000, Points: 20},
				{Min: 100001, Points: 25},
			},
			NonePoints: -15,
		},
		Authority: AuthorityConfig{
			Points: map[string]int{"c_level": 25, "vp": 20, "director": 15, "manager": 10, "ic": 0, "student": -30},
			Titles: map[string][]string{"director": {"Practice Lead"}},
		},
		Need: NeedConfig{
			Fields: map[string]map[string]int{"product_interest": {"Analytics": 15, "Not sure": 0}},
			Intents: []Intent{
				{Name: "buying", Points: 10, Phrases: []string{"pricing", "demo", "quote", "Angebot", "devis", "presupuesto", "orçamento", "preventivo", "offerte", "wycena", "wycenę"}},
				{Name: "switch", Product: "analytics", Points: 10, Phrases: []string{"implement", "re:\\bmigrat(e|ing) from\\b"}},
			},
			MaxPoints:         15,
			CompetitorDomains: []string{"rival.com"},
			CompetitorPoints:  -50,
		},
		Timeline: TimelineConfig{
			Points: map[string]int{"now": 20, "quarter": 15, "year": 5, "next_year": -5, "research": -10},
			Values: map[string]string{"ASAP": "now", "Next year": "next_year"},
		},
		Firmographics: FirmographicsConfig{
			CompanySize: SizeConfig{
				Values: map[string]int{"Just me": 1},
				Bands:  []Band{{Min: 1, Max: 10, Points: -10}, {Min: 11, Max: 50, Points: 0}, {Min: 51, Max: 200, Points: 10}, {Min: 201, Max: 1000, Points: 15}, {Min: 1001, Points: 5}},
			},
			Industries:           []MatchPoints{{Match: []string{"Software", "SaaS"}, Points: 10}, {Match: []string{"Education"}, Points: -10}},
			Regions:              map[string][]string{"DACH": {"DE", "AT", "CH"}, "EU": {"DE", "AT", "FR", "ES", "IT", "NL", "PL"}, "NA": {"US", "CA"}, "EMBARGO": {"KP", "IR"}},
			Countries:            []MatchPoints{{Match: []string{"DACH"}, Points: 10}, {Match: []string{"EU", "NA", "GB"}, Points: 5}},
			CorporateEmailPoints: 5, FreeMailPoints: -5,
			FreeMailDomains: []string{"gmx.de"},
		},
		Disqualifiers: DisqualifierConfig{Countries: []string{"EMBARGO"}, Competitor: true, JobSeeker: true},
		Segments: []SegmentRule{
			{Segment: "long-term", When: Condition{Timeline: []string{"next_year", "research"}}},
			{Segment: "education", When: Condition{Seniority: []string{"student"}}},
			{Segment: "education", When: Condition{Budget: "none"}},
			{Segment: "smb", When: Condition{CompanySizeMax: ptrI(50)}},
		},
	}
}

func mustModel(t testing.TB) *Model {
	t.Helper()
	m, err := Compile(testConfig())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func reason(fit lead.Fit, prefix string) (lead.Reason, bool) {
	for _, r := range fit.Reasons {
		if strings.HasPrefix(r.Code, prefix) {
			return r, true
		}
	}
	return lead.Reason{}, false
}

func TestBudgetAmounts(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		field, msg string
		amount     float64 // stated yearly
		cur        string
		base       float64
		points     int
	}{
		{"$25k", "", 25000, "USD", 25000, 20},
		{"25.000 €", "", 25000, "EUR", 27500, 20},
		{"€25,000", "", 25000, "EUR", 27500, 20},
		{"around 10-15k per year", "", 10000, "USD", 10000, 5},
		{"USD 40000", "", 40000, "USD", 40000, 20},
		{"1.5m", "", 1.5e6, "USD", 1.5e6, 25},
		{"£8k/month", "", 96000, "GBP", 120000, 25},
		{"50 000 zł", "", 50000, "PLN", 12500, 5},
		{"CHF 30'000", "", 30000, "CHF", 33000, 20},
		{"R$ 50 mil", "", 50000, "BRL", 10000, 5},
		{"25 k€", "", 25000, "EUR", 27500, 20},
		{"¥3,000,000", "", 3e6, "JPY", 21000, 5},
		{"₹10 lakh", "", 1e6, "INR", 12000, 5},
		{"CAD 20,000.50", "", 20000.5, "CAD", 14600.365, 5},
		{"1,5 Mio. EUR", "", 1.5e6, "EUR", 1.65e6, 25},
		{"7000", "", 7000, "USD", 7000, -10},
		{"between 20k and 30k", "", 20000, "USD", 20000, 5},
		{"", "We have a budget of about €40,000 for this.", 40000, "EUR", 44000, 20},
		{"", "Budget: 2.000 € pro Monat", 24000, "EUR", 26400, 20},
		{"", "presupuesto de 30.000 €", 30000, "EUR", 33000, 20},
		{"", "AUD 60k per year", 60000, "AUD", 39600, 20},
	}
	for _, tt := range tests {
		fit, fa := m.Evaluate(&lead.Fields{Budget: tt.field, Message: tt.msg}, lead.Screening{})
		r, ok := reason(fit, "budget_amount")
		if !ok {
			t.Errorf("%q/%q: no budget reason: %+v", tt.field, tt.msg, fit.Reasons)
			continue
		}
		if fa.BudgetAmount != tt.amount || fa.BudgetCurrency != tt.cur || abs(fa.BudgetBase-tt.base) > 0.01 || r.Points != tt.points {
			t.Errorf("%q/%q: got %v %s base %v points %d (%s), want %v %s base %v points %d",
				tt.field, tt.msg, fa.BudgetAmount, fa.BudgetCurrency, fa.BudgetBase, r.Points, r.Detail, tt.amount, tt.cur, tt.base, tt.points)
		}
		if r.Stage != lead.StageFit {
			t.Errorf("stage = %q", r.Stage)
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestBudgetNotAmounts(t *testing.T) {
	m := mustModel(t)
	for _, msg := range []string{
		"We are about 300 employees and want a demo.",
		"We have 10k users on our platform.",
		"Call me at +49 170 1234567",
		"We started in 2019 and run Q3 planning.",
		"Let's talk in 3 months.",
	} {
		fit, fa := m.Evaluate(&lead.Fields{Message: msg}, lead.Screening{})
		if r, ok := reason(fit, "budget_"); ok {
			t.Errorf("%q: unexpected budget reason %+v (facts %+v)", msg, r, fa)
		}
	}
}

func TestBudgetDetail(t *testing.T) {
	m := mustModel(t)
	fit := m.Score(&lead.Fields{Budget: "$25k"}, lead.Screening{})
	r, _ := reason(fit, "budget_amount")
	if r.Detail != "Budget '$25k' ≈ 25,000 USD, in range 25k–100k: +20" {
		t.Errorf("detail = %q", r.Detail)
	}
}

func TestBudgetSelectAndNone(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		field, msg, code string
		points           int
		present          bool
	}{
		{"$25k–100k", "", "budget_range", 20, true},
		{"under $5K", "", "budget_range", -10, true},
		{"No budget", "", "budget_none", -15, false},
		{"none", "", "budget_none", -15, false},
		{"kein Budget", "", "budget_none", -15, false},
		{"", "Sorry, we have no budget yet.", "budget_none", -15, false},
		{"", "Pas de budget pour le moment", "budget_none", -15, false},
	}
	for _, tt := range tests {
		fit, fa := m.Evaluate(&lead.Fields{Budget: tt.field, Message: tt.msg}, lead.Screening{})
		r, ok := reason(fit, tt.code)
		if !ok || r.Points != tt.points || fa.Budget != tt.present {
			t.Errorf("%q/%q: reason %+v ok=%v budget=%v, want %s %d present=%v", tt.field, tt.msg, r, ok, fa.Budget, tt.code, tt.points, tt.present)
		}
	}
}

func TestRangePoint(t *testing.T) {
	for _, tt := range []struct {
		point string
		want  float64
	}{{"", 10000}, {"low", 10000}, {"mid", 12500}, {"high", 15000}} {
		cfg := testConfig()
		cfg.Budget.RangePoint = tt.point
		m, err := Compile(cfg)
		if err != nil {
			t.Fatal(err)
		}
		_, fa := m.Evaluate(&lead.Fields{Budget: "10-15k"}, lead.Screening{})
		if fa.BudgetAmount != tt.want {
			t.Errorf("range_point %q: amount %v, want %v", tt.point, fa.BudgetAmount, tt.want)
		}
	}
}

func TestSeniority(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		title string
		want  Seniority
	}{
		// English
		{"CEO", SeniorityCLevel}, {"Chief Revenue Officer", SeniorityCLevel}, {"Co-Founder & CTO", SeniorityCLevel},
		{"Owner", SeniorityCLevel}, {"President", SeniorityCLevel}, {"Managing Director", SeniorityCLevel},
		{"Vice President, Sales", SeniorityVP}, {"SVP Marketing", SeniorityVP}, {"VP of Engineering", SeniorityVP},
		{"Head of Sales", SeniorityDirector}, {"Sales Director", SeniorityDirector},
		{"Sales Manager", SeniorityManager}, {"Team Lead", SeniorityManager},
		{"Software Engineer", SeniorityIC}, {"Marketing Specialist", SeniorityIC}, {"Product Owner", SeniorityIC},
		{"Assistant to the CEO", SeniorityIC}, {"Executive Assistant to the Managing Director", SeniorityIC},
		{"Marketing Intern", SeniorityStudent}, {"Student", SeniorityStudent}, {"Internal Audit Manager", SeniorityManager},
		{"Practice Lead", SeniorityDirector}, // configured addition beats built-in "lead"
		// German
		{"Geschäftsführer", SeniorityCLevel}, {"Geschäftsführerin", SeniorityCLevel}, {"Vorstand Finanzen", SeniorityCLevel},
		{"Leiterin Marketing", SeniorityDirector}, {"Abteilungsleiter IT", SeniorityDirector}, {"Bereichsleiter Vertrieb", SeniorityDirector},
		{"Werkstudent Marketing", SeniorityStudent}, {"Praktikantin", SeniorityStudent}, {"Teamleiter", SeniorityManager},
		// French
		{"Directeur commercial", SeniorityDirector}, {"Directrice commerciale", SeniorityDirector}, {"PDG", SeniorityCLevel},
		{"Président", SeniorityCLevel}, {"Vice-président ventes", SeniorityVP}, {"Gérant", SeniorityCLevel},
		{"Responsable marketing", SeniorityManager}, {"Chef de projet", SeniorityManager}, {"Stagiaire", SeniorityStudent},
		{"Étudiant", SeniorityStudent}, {"Directeur Général", SeniorityCLevel},
		// Spanish
		{"Director de ventas", SeniorityDirector}, {"Directora de marketing", SeniorityDirector}, {"Gerente de ventas", SeniorityManager},
		{"Jefe de compras", SeniorityDirector}, {"Jefa de marketing", SeniorityDirector}, {"Consejero Delegado", SeniorityCLevel},
		{"Becario", SeniorityStudent}, {"Estudiante", SeniorityStudent},
		// Portuguese
		{"Diretor Comercial", SeniorityDirector}, {"Diretora", SeniorityDirector}, {"Gerente", SeniorityManager},
		{"Sócio", SeniorityCLevel}, {"Estagiário", SeniorityStudent},
		// Italian
		{"Amministratore Delegato", SeniorityCLevel}, {"Direttore vendite", SeniorityDirector}, {"Responsabile IT", SeniorityManager},
		{"Stagista", SeniorityStudent},
		// Dutch
		{"Directeur", SeniorityDirector}, {"Eigenaar", SeniorityCLevel}, {"Hoofd Marketing", SeniorityDirector}, {"Stagiair", SeniorityStudent},
		// Polish
		{"Prezes Zarządu", SeniorityCLevel}, {"Dyrektor sprzedaży", SeniorityDirector}, {"Kierownik projektu", SeniorityManager},
		// Japanese
		{"代表取締役社長", SeniorityCLevel}, {"社長", SeniorityCLevel}, {"副社長", SeniorityVP}, {"営業部長", SeniorityDirector}, {"課長", SeniorityManager},
		// Chinese
		{"总经理", SeniorityCLevel}, {"销售经理", SeniorityManager}, {"市场总监", SeniorityDirector}, {"副总裁", SeniorityVP},
		// empty
		{"", SeniorityUnknown},
	}
	for _, tt := range tests {
		if got := m.Seniority(tt.title); got != tt.want {
			t.Errorf("Seniority(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

func TestAuthorityReason(t *testing.T) {
	m := mustModel(t)
	fit := m.Score(&lead.Fields{JobTitle: "VP Sales"}, lead.Screening{})
	r, ok := reason(fit, "authority_")
	if !ok || r.Code != "authority_vp" || r.Points != 20 || !strings.Contains(r.Detail, "VP Sales") {
		t.Errorf("reason = %+v", r)
	}
	fit = m.Score(&lead.Fields{}, lead.Screening{})
	if _, ok := reason(fit, "authority_"); ok {
		t.Error("authority reason without a title")
	}
}

func TestNeed(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		name   string
		f      lead.Fields
		codes  []string // codes expected, in order of first appearance among need codes
		points int      // sum of need_* and negative_* points
	}{
		{"field", lead.Fields{Extra: map[string]string{"product_interest": "analytics"}}, []string{"need_product_interest"}, 15},
		{"field zero", lead.Fields{Extra: map[string]string{"product_interest": "Not sure"}}, []string{"need_product_interest"}, 0},
		{"intent en", lead.Fields{Message: "Can we get pricing and a demo?"}, []string{"need_intent"}, 10},
		{"intent de", lead.Fields{Message: "Bitte senden Sie uns ein Angebot."}, []string{"need_intent"}, 10},
		{"intent fr", lead.Fields{Message: "Pouvez-vous nous faire un devis ?"}, []string{"need_intent"}, 10},
		{"intent es", lead.Fields{Message: "Necesitamos un presupuesto"}, []string{"need_intent"}, 10},
		{"intent pt", lead.Fields{Message: "Gostaria de um orçamento"}, []string{"need_intent"}, 10},
		{"intent it", lead.Fields{Message: "Vorremmo un preventivo"}, []string{"need_intent"}, 10},
		{"intent nl", lead.Fields{Message: "Graag een offerte"}, []string{"need_intent"}, 10},
		{"intent pl", lead.Fields{Message: "Prosimy o wycenę"}, []string{"need_intent"}, 10},
		{"regex and cap", lead.Fields{Message: "Pricing please, we are migrating from Tableau", Extra: map[string]string{"product_interest": "Analytics"}},
			[]string{"need_product_interest", "need_intent", "need_intent"}, 15},
		{"job seeker en", lead.Fields{Message: "I am looking for a job, attached my CV"}, []string{"negative_job_seeker"}, -40},
		{"job seeker de", lead.Fields{Message: "Anbei meine Bewerbung und Lebenslauf"}, []string{"negative_job_seeker"}, -40},
		{"student en", lead.Fields{Message: "I am writing my thesis on analytics"}, []string{"negative_student_research"}, -30},
		{"student de", lead.Fields{Message: "Für meine Masterarbeit brauche ich Daten"}, []string{"negative_student_research"}, -30},
		{"student es", lead.Fields{Message: "Es para mi tesis"}, []string{"negative_student_research"}, -30},
		{"vendor", lead.Fields{Message: "Partnership opportunity: our agency offers SEO"}, []string{"negative_vendor"}, -30},
		{"vendor fr", lead.Fields{Message: "Nous proposons nos services"}, []string{"negative_vendor"}, -30},
		{"support", lead.Fields{Message: "My account is not working, please cancel my subscription"}, []string{"negative_support"}, -25},
		{"support it", lead.Fields{Message: "Il login non funziona"}, []string{"negative_support"}, -25},
		{"competitor email", lead.Fields{Email: "spy@eu.rival.com"}, []string{"negative_competitor"}, -50},
		{"competitor website", lead.Fields{Website: "https://www.rival.com/about"}, []string{"negative_competitor"}, -50},
		{"nothing", lead.Fields{Message: "Hello there"}, nil, 0},
		{"career word boundary", lead.Fields{Message: "Our careers page needs analytics"}, []string{"negative_job_seeker"}, -40},
		{"no false bug", lead.Fields{Message: "We debugged our funnel"}, nil, 0},
	}
	for _, tt := range tests {
		fit := m.Score(&tt.f, lead.Screening{})
		var codes []string
		sum := 0
		for _, r := range fit.Reasons {
			if strings.HasPrefix(r.Code, "need_") || strings.HasPrefix(r.Code, "negative_") {
				codes = append(codes, r.Code)
				sum += r.Points
			}
		}
		if strings.Join(codes, ",") != strings.Join(tt.codes, ",") || sum != tt.points {
			t.Errorf("%s: codes %v sum %d, want %v %d (%+v)", tt.name, codes, sum, tt.codes, tt.points, fit.Reasons)
		}
	}
}

func TestTimeline(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		field, msg string
		want       Timeline
	}{
		{"ASAP", "", TimelineNow},
		{"next year", "", TimelineNextYear},
		{"Within this quarter", "", TimelineQuarter},
		{"", "We need this immediately", TimelineNow},
		{"", "Go-live next month", TimelineQuarter},
		{"", "Planned for next quarter", TimelineYear},
		{"", "Sometime this year", TimelineYear},
		{"", "Budget is for next year", TimelineNextYear},
		{"", "We are just researching", TimelineResearch},
		{"", "No timeline yet", TimelineResearch},
		{"", "So schnell wie möglich bitte", TimelineNow},
		{"", "Im nächsten Jahr", TimelineNextYear},
		{"", "Dès que possible", TimelineNow},
		{"", "Le trimestre prochain", TimelineYear},
		{"", "Lo antes posible", TimelineNow},
		{"", "El próximo año", TimelineNextYear},
		{"", "O mais rápido possível", TimelineNow},
		{"", "Il prima possibile", TimelineNow},
		{"", "Volgend jaar", TimelineNextYear},
		{"", "Jak najszybciej", TimelineNow},
		{"", "ASAP, not next year", TimelineNow}, // earliest mention wins
		{"", "Hello", TimelineUnknown},
	}
	for _, tt := range tests {
		fit, fa := m.Evaluate(&lead.Fields{Timeline: tt.field, Message: tt.msg}, lead.Screening{})
		if fa.Timeline != tt.want {
			t.Errorf("%q/%q: timeline %v, want %v", tt.field, tt.msg, fa.Timeline, tt.want)
			continue
		}
		if tt.want == TimelineUnknown {
			continue
		}
		r, ok := reason(fit, "timeline_")
		if !ok || r.Code != "timeline_"+tt.want.String() || r.Points != m.timelinePoints[tt.want] {
			t.Errorf("%q/%q: reason %+v", tt.field, tt.msg, r)
		}
	}
}

func TestFirmographics(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		name  string
		f     lead.Fields
		s     lead.Screening
		code  string
		pts   int
		check func(Facts) bool
	}{
		{"size select", lead.Fields{CompanySize: "51-200"}, lead.Screening{}, "company_size", 10, func(f Facts) bool { return f.CompanySize == 125 }},
		{"size plus", lead.Fields{CompanySize: "1000+"}, lead.Screening{}, "company_size", 5, func(f Facts) bool { return f.CompanySize == 1001 }},
		{"size value", lead.Fields{CompanySize: "Just me"}, lead.Screening{}, "company_size", -10, func(f Facts) bool { return f.CompanySize == 1 }},
		{"size grouped", lead.Fields{CompanySize: "1,001-5,000"}, lead.Screening{}, "company_size", 5, func(f Facts) bool { return f.CompanySize == 3000 }},
		{"size message", lead.Fields{Message: "We are about 300 employees"}, lead.Screening{}, "company_size", 15, func(f Facts) bool { return f.CompanySize == 300 }},
		{"size message de", lead.Fields{Message: "ca. 40 Mitarbeiter"}, lead.Screening{}, "company_size", 0, func(f Facts) bool { return f.CompanySize == 40 }},
		{"industry", lead.Fields{Industry: "B2B SaaS"}, lead.Screening{}, "industry", 10, nil},
		{"industry neg", lead.Fields{Industry: "Higher Education"}, lead.Screening{}, "industry", -10, nil},
		{"country code", lead.Fields{Country: "de"}, lead.Screening{}, "region", 10, func(f Facts) bool { return f.Country == "DE" }},
		{"country name", lead.Fields{Country: "Österreich"}, lead.Screening{}, "region", 10, func(f Facts) bool { return f.Country == "AT" }},
		{"country iso3", lead.Fields{Country: "FRA"}, lead.Screening{}, "region", 5, func(f Facts) bool { return f.Country == "FR" }},
		{"country uk", lead.Fields{Country: "United Kingdom"}, lead.Screening{}, "region", 5, func(f Facts) bool { return f.Country == "GB" }},
		{"country jp unscored", lead.Fields{Country: "日本"}, lead.Screening{}, "", 0, func(f Facts) bool { return f.Country == "JP" }},
		{"corporate", lead.Fields{Email: "ann@acme.io"}, lead.Screening{}, "corporate_email", 5, nil},
		{"free mail screening", lead.Fields{Email: "ann@gmail.com"}, lead.Screening{FreeMail: true}, "free_mail", -5, nil},
		{"free mail config", lead.Fields{Email: "ann@gmx.de"}, lead.Screening{}, "free_mail", -5, nil},
	}
	for _, tt := range tests {
		fit, fa := m.Evaluate(&tt.f, tt.s)
		if tt.code != "" {
			r, ok := reason(fit, tt.code)
			if !ok || r.Points != tt.pts {
				t.Errorf("%s: reason %+v ok=%v, want %s %d; all %+v", tt.name, r, ok, tt.code, tt.pts, fit.Reasons)
			}
		} else if len(fit.Reasons) > 0 && fit.Reasons[0].Code == "region" {
			t.Errorf("%s: unexpected region reason", tt.name)
		}
		if tt.check != nil && !tt.check(fa) {
			t.Errorf("%s: facts %+v", tt.name, fa)
		}
	}
}

func TestQualification(t *testing.T) {
	m := mustModel(t)
	tests := []struct {
		name      string
		f         lead.Fields
		score     int
		grade     string
		qualifies bool
		nearMiss  bool
		disq      string
		segment   string
	}{
		{"ceo 50k now", lead.Fields{Email: "ceo@acme.io", JobTitle: "CEO", Budget: "$50k", Timeline: "ASAP"},
			20 + 25 + 20 + 20 + 5, "A", true, false, "", "general"},
		{"missing email", lead.Fields{JobTitle: "CEO", Budget: "$50k", Timeline: "ASAP"},
			20 + 25 + 20 + 20, "A", false, false, "", "general"},
		{"no budget fact", lead.Fields{Email: "ceo@acme.io", JobTitle: "CEO", Timeline: "ASAP", Message: "Need a demo"},
			20 + 25 + 10 + 20 + 5, "A", false, false, "", "general"},
		{"stated no budget", lead.Fields{Email: "ceo@acme.io", JobTitle: "CEO", Budget: "none"},
			20 + 25 - 15 + 5, "D", false, false, "", "education"},
		{"borderline", lead.Fields{Email: "m@acme.io", JobTitle: "Sales Manager", Budget: "$20k", Timeline: "ASAP"},
			20 + 10 + 5 + 20 + 5, "B", true, false, "", "general"},
		{"in band", lead.Fields{Email: "m@acme.io", JobTitle: "Sales Director", Budget: "$20k", Timeline: "this year"},
			20 + 15 + 5 + 5 + 5, "C", false, true, "", "general"},
		{"below band", lead.Fields{Email: "m@acme.io", JobTitle: "Sales Manager", Budget: "$20k", Timeline: "this year"},
			20 + 10 + 5 + 5 + 5, "C", false, false, "", "general"},
		{"clamped high", lead.Fields{Email: "c@acme.io", JobTitle: "CEO", Budget: "$2m", Timeline: "ASAP", Industry: "SaaS", Country: "DE",
			Message: "pricing, implement", CompanySize: "500"}, 100, "A", true, false, "", "general"},
		{"clamped low", lead.Fields{Email: "s@gmail.com", JobTitle: "Student", Budget: "No budget", Message: "looking for a job, my thesis"},
			0, "D", false, false, "job_seeker", "education"},
		{"embargo", lead.Fields{Email: "ceo@acme.io", JobTitle: "CEO", Budget: "$50k", Timeline: "ASAP", Country: "Iran"},
			0, "D", false, false, "country", "general"},
		{"competitor", lead.Fields{Email: "ceo@rival.com", JobTitle: "CEO", Budget: "$50k", Timeline: "ASAP"},
			0, "D", false, false, "competitor", "general"},
		{"long-term", lead.Fields{Email: "d@acme.io", JobTitle: "Director", Budget: "$30k", Timeline: "Next year"},
			20 + 15 + 20 - 5 + 5, "C", false, true, "", "long-term"},
		{"smb", lead.Fields{Email: "d@acme.io", JobTitle: "Owner", Budget: "$30k", CompanySize: "11-50"},
			20 + 25 + 20 + 0 + 5, "B", true, false, "", "smb"},
	}
	for _, tt := range tests {
		fit := m.Score(&tt.f, lead.Screening{})
		if fit.Score != tt.score || fit.Grade != tt.grade || fit.Qualifies != tt.qualifies || fit.NearMiss != tt.nearMiss ||
			fit.Disqualified != tt.disq || fit.Segment != tt.segment {
			t.Errorf("%s: got score %d grade %s q=%v b=%v disq=%q seg=%q; want %d %s %v %v %q %q\n%+v", tt.name,
				fit.Score, fit.Grade, fit.Qualifies, fit.NearMiss, fit.Disqualified, fit.Segment,
				tt.score, tt.grade, tt.qualifies, tt.nearMiss, tt.disq, tt.segment, fit.Reasons)
		}
		// A near miss says so in its reasons, for sales reading the lead.
		hasNearMiss := slices.ContainsFunc(fit.Reasons, func(r lead.Reason) bool { return r.Code == ReasonNearMiss })
		if hasNearMiss != tt.nearMiss {
			t.Errorf("%s: near_miss reason present = %v, want %v", tt.name, hasNearMiss, tt.nearMiss)
		}
		// Every point is explained: without clamping or disqualification, base + Σ reasons = score.
		sum := m.base
		for _, r := range fit.Reasons {
			sum += r.Points
			if r.Stage != lead.StageFit || r.Detail == "" {
				t.Errorf("%s: bad reason %+v", tt.name, r)
			}
		}
		if fit.Disqualified == "" && clamp(sum, 0, 100) != fit.Score {
			t.Errorf("%s: reasons sum to %d, score %d", tt.name, sum, fit.Score)
		}
	}
}

func TestMissingRequiredReasons(t *testing.T) {
	m := mustModel(t)
	fit, fa := m.Evaluate(&lead.Fields{JobTitle: "Engineer"}, lead.Screening{})
	if strings.Join(fa.Missing, ",") != "email,budget,authority" {
		t.Errorf("missing = %v", fa.Missing)
	}
	n := 0
	for _, r := range fit.Reasons {
		if r.Code == "missing_required" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("missing_required reasons = %d, want 3: %+v", n, fit.Reasons)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		path string
		msg  string
	}{
		{"qualify_at", func(c *Config) { c.QualifyAt = 120 }, "qualify_at", "between 1 and 100"},
		{"near-miss band", func(c *Config) { c.NearMissBand = 70 }, "near_miss_band", "qualify_at-1"},
		{"review band (old name)", func(c *Config) { c.ReviewBand = 70 }, "review_band", "qualify_at-1"},
		{"both band names", func(c *Config) { c.NearMissBand, c.ReviewBand = 10, 10 }, "review_band", "set near_miss_band only"},
		{"grades order", func(c *Config) { c.Grades = Grades{A: 60, B: 70, C: 40} }, "grades.b", "below grade A"},
		{"required", func(c *Config) { c.Required = []string{"budget", "money"} }, "required[1]", "unknown fact"},
		{"points range", func(c *Config) { c.Budget.Ranges[1].Points = 500 }, "budget.ranges[1].points", "out of range"},
		{"currency", func(c *Config) { c.Budget.Rates["XYZ"] = 1 }, "budget.rates.XYZ", "unknown currency"},
		{"rate", func(c *Config) { c.Budget.Rates["EUR"] = 0 }, "budget.rates.EUR", "positive"},
		{"bands order", func(c *Config) { c.Budget.Bands[2].Min = 5000 }, "budget.bands[2].min", "overlaps"},
		{"open band", func(c *Config) { c.Budget.Bands[1].Max = 0 }, "budget.bands[2]", "open-ended"},
		{"dup range", func(c *Config) { c.Budget.Ranges[2].Value = "under $5k" }, "budget.ranges[2].value", "repeats"},
		{"level", func(c *Config) { c.Authority.Points["boss"] = 5 }, "authority.points.boss", "unknown level"},
		{"regex", func(c *Config) { c.Need.Intents[1].Phrases = []string{"re:(unclosed"} }, "need.intents[1].phrases[0]", "bad regular expression"},
		{"negative", func(c *Config) { c.Need.Negative = map[string]NegativeRule{"spam": {}} }, "need.negative.spam", "unknown category"},
		{"domain", func(c *Config) { c.Need.CompetitorDomains = []string{"not a domain"} }, "need.competitor_domains[0]", "not a domain"},
		{"timeline", func(c *Config) { c.Timeline.Values["Soon"] = "soonish" }, "timeline.values.Soon", "unknown timeline"},
		{"region code", func(c *Config) { c.Firmographics.Regions["EU"] = []string{"DE", "XX"} }, "firmographics.regions.EU[1]", "ISO 3166"},
		{"country entry", func(c *Config) { c.Firmographics.Countries[0].Match = []string{"MARS"} }, "firmographics.countries[0].match[0]", "neither a region"},
		{"segment product", func(c *Config) { c.Segments[0].When.Product = []string{"crm"} }, "segments[0].when.product[0]", "not named"},
		{"segment budget", func(c *Config) { c.Segments[2].When.Budget = "lots" }, "segments[2].when.budget", "none, known or unknown"},
		{"segment size", func(c *Config) { c.Segments[3].When.CompanySizeMin = ptrI(100) }, "segments[3].when.company_size_max", "below"},
		{"field name", func(c *Config) { c.RequiredFields = []string{"Company Name"} }, "required_fields[0]", "field name"},
	}
	for _, tt := range tests {
		cfg := testConfig()
		tt.edit(&cfg)
		_, err := Compile(cfg)
		var ce ConfigError
		if !errors.As(err, &ce) {
			t.Errorf("%s: err = %v, want ConfigError", tt.name, err)
			continue
		}
		found := false
		for _, fe := range ce {
			if fe.PathString() == tt.path && strings.Contains(fe.Msg, tt.msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %v lacks %s: ...%s...", tt.name, err, tt.path, tt.msg)
		}
	}
	if _, err := Compile(testConfig()); err != nil {
		t.Errorf("valid config: %v", err)
	}
	if _, err := Compile(Config{}); err != nil {
		t.Errorf("zero config: %v", err)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  Geschäftsführer/in ": "geschaftsfuhrer in",
		"Co-Founder & CEO":      "co founder ceo",
		"PREZES ZARZĄDU":        "prezes zarzadu",
		"Straße, Œuvre":         "strasse oeuvre",
		"代表取締役 社長":              "代表取締役 社長",
		"":                      "",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkScoreTypical(b *testing.B) {
	m := mustModel(b)
	f := &lead.Fields{
		Email: "jane.doe@acme-industries.com", FirstName: "Jane", LastName: "Doe", Company: "Acme Industries GmbH",
		JobTitle: "Head of Revenue Operations", Country: "Germany", CompanySize: "201-1000", Industry: "Software",
		Budget: "€25k–50k", Timeline: "This quarter",
		Message: "Hi, we are evaluating analytics tools to replace our current BI stack. Could you send pricing " +
			"and set up a demo for our team? We would like to implement before the end of the quarter. About 350 employees.",
	}
	s := lead.Screening{Verdict: lead.ScreenPass}
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Score(f, s)
	}
}
