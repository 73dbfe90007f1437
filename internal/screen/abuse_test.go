package screen

import "testing"

func TestAbusiveMessage(t *testing.T) {
	not := []string{CodeAbusiveMessage}
	runCases(t, []detCase{
		{name: "english aimed", sub: setMessage("fuck you and your stupid product"), want: CodeAbusiveMessage, points: 60},
		{name: "spanish aimed", sub: setMessage("Vete a la mierda, hijos de puta"), want: CodeAbusiveMessage, points: 60},
		{name: "portuguese aimed", sub: setMessage("vai se foder"), want: CodeAbusiveMessage, points: 60},
		{name: "german aimed", sub: setMessage("Verpiss dich!"), want: CodeAbusiveMessage, points: 60},
		{name: "french aimed", sub: setMessage("Va te faire foutre"), want: CodeAbusiveMessage, points: 60},
		{name: "russian aimed", sub: setMessage("идите нахуй"), want: CodeAbusiveMessage, points: 60},
		{name: "chinese aimed", sub: setMessage("傻逼公司"), want: CodeAbusiveMessage, points: 60},
		{name: "a swear word alone weighs one", sub: setMessage("Our current tool is shit, can we see a demo of yours?"), want: CodeAbusiveMessage, points: 30},
		{name: "russian swear word", sub: setMessage("бля, опять не работает"), want: CodeAbusiveMessage, points: 30},
		// Fraud prevention and ordinary words are not abuse.
		{name: "fraud prevention", sub: setMessage("We need to protect our shop from scammers and thieves. Pricing?"), not: not},
		{name: "spanish fraud prevention", sub: setMessage("Necesitamos detectar estafadores en nuestra tienda."), not: not},
		{name: "scunthorpe", sub: setMessage("We are based in Scunthorpe and Penistone; can we book a demo?"), not: not},
		{name: "danish football", sub: setMessage("Vi er en fodboldklub og vil gerne se en demo."), not: not},
		{name: "shut up shop", sub: setMessage("Will you shut down the old API? We will pay annually."), not: not},
	})
}
