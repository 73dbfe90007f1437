package screen

import "testing"

// Hostility by its shape: a judgment of the reader with a hostile word,
// ill wishes and veiled threats, in several languages; and the customers
// who judge, swear or complain but ask for something. Sentences written
// for this test.
func TestHostileShapes(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english judged and sent away", sub: setMessage("You people are pathetic. Go away."), want: CodeAbusiveMessage, points: 60},
		{name: "english judged without a listed insult", sub: setMessage("You are the most dishonest outfit I have ever seen."), want: CodeAbusiveMessage, points: 60},
		{name: "german judged", sub: setMessage("Ihr seid einfach widerlich, verschwindet."), want: CodeAbusiveMessage, points: 60},
		{name: "dutch judged", sub: setMessage("Jullie zijn echt zielig."), want: CodeAbusiveMessage, points: 60},
		{name: "russian without a verb", sub: setMessage("Вы жалкие люди, забудьте мой адрес."), want: CodeAbusiveMessage, points: 60},
		{name: "czech jste", sub: setMessage("Jste ubožáci."), want: CodeAbusiveMessage, points: 60},
		{name: "french crowd of insults", sub: setMessage("Espèce d'incapables, allez vous cacher."), want: CodeAbusiveMessage, points: 60},
		{name: "english crowd of losers", sub: setMessage("what a bunch of losers"), want: CodeAbusiveMessage, points: 60},
		{name: "english ill wish", sub: setMessage("I hope your company goes bankrupt by Christmas."), want: CodeAbusiveMessage, points: 60},
		{name: "spanish ill wish", sub: setMessage("Ojalá os arruinéis todos."), want: CodeAbusiveMessage, points: 60},
		{name: "russian ill wish", sub: setMessage("Чтоб ваша контора сгорела."), want: CodeAbusiveMessage, points: 60},
		{name: "english veiled threat", sub: setMessage("Keep calling and you will not like it."), want: CodeAbusiveMessage, points: 60},
		{name: "french veiled threat", sub: setMessage("Continuez comme ça et vous allez voir."), want: CodeAbusiveMessage, points: 60},
		{name: "english judged and told to stop calling", sub: setMessage("You are goblins. Stop calling us."), want: CodeAbusiveMessage, points: 60},
		{name: "spanish judged and told to stop writing", sub: setMessage("Sois unos pesados, dejad de escribirme."), want: CodeAbusiveMessage, points: 60},
		// Customers: they judge or complain, and ask for something.
		{name: "stop calling without a judgment", sub: setMessage("Please stop calling me, I'll email you when we're ready."), not: not},
		{name: "judged busy, stop calling, send the quote", sub: setMessage("You are busy, I know. Stop calling and email me the quote instead."), not: not},
		{name: "slow support with a request", sub: setMessage("You are slow to answer, but we still want to renew the contract."), not: not},
		{name: "judgment that is praise", sub: setMessage("You are great, please send the invoice again."), not: not},
		{name: "hope about our own project", sub: setMessage("I hope we can go live before Christmas. Can you help with the setup?"), not: not},
		{name: "stop bots", sub: setMessage("We need to stop a bunch of scammers filling our form."), not: not},
		{name: "german customer", sub: setMessage("Ihr seid schwer zu erreichen. Bitte schicken Sie die Rechnung."), not: not},
		{name: "russian customer", sub: setMessage("Вы не ответили на письмо. Пришлите, пожалуйста, договор."), not: not},
	})
}
