package screen

import "testing"

// TestTableHooks: an advert that opens with a hook of the spam table, in
// any of its languages, asks nothing of us; a buyer's question that opens
// with the same words about us or our product, or a one-word hook that
// begins a longer question, still asks.
func TestTableHooks(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		asks bool
	}{
		{"Kuna bukatar rance? Muna bada rance cikin awa daya.", false},
		{"Ou bezwen lajan rapid? Nou prete san papye.", false},
		{"Precisa de crédito? Aprovação na hora.", false},
		{"Eensaam? Mooie vrouwen wachten op jou.", false},
		{"Проблеми со потенцијата? Природен додаток.", false},
		{"Vēlies vairāk sekotāju? 1000 sekotāji par 5 eiro.", false},
		{"Viltu fá fleiri viðskiptavini? Við komum þér á fyrstu síðu.", false},
		{"क्या आपको लोन चाहिए? तुरंत मंजूरी।", false},
		{"需要贷款吗？当天放款。", false},
		// Buyers.
		{"Do you need our company IDs for the contract? We can send them today.", true},
		{"Need a loan module in your tool? We are a bank.", true},
		{"Seul le plan Pro inclut-il l'API ? Merci.", true},
		{"Lonely?", true},
	} {
		if got := asksOfUs(tc.msg, newFoldedText(foldText(tc.msg))) != ""; got != tc.asks {
			t.Errorf("asksOfUs(%q) = %v, want %v", tc.msg, got, tc.asks)
		}
	}
}
