package screen

import "testing"

func TestMultilingualSpamPhrases(t *testing.T) {
	not := []string{CodeSpamContent}
	runCases(t, []detCase{
		{name: "russian casino", sub: setMessage("Лучшее онлайн казино, бонус за регистрацию и фриспины каждый день"), want: CodeSpamContent, points: 80},
		{name: "russian seo", sub: setMessage("Прогон по базам и вечные ссылки для вашего сайта недорого"), want: CodeSpamContent},
		{name: "chinese gambling", sub: setMessage("百家乐真人视讯，日赚千元"), want: CodeSpamContent},
		{name: "spanish pharmacy", sub: setMessage("Pastillas para adelgazar sin receta, envío gratis"), want: CodeSpamContent},
		{name: "portuguese betting", sub: setMessage("Apostas esportivas e cassino online com bônus"), want: CodeSpamContent},
		{name: "vietnamese betting", sub: setMessage("Nhà cái uy tín, cá cược bóng đá trực tuyến"), want: CodeSpamContent},
		{name: "indonesian slots", sub: setMessage("Situs judi slot gacor hari ini, daftar sekarang"), want: CodeSpamContent},
		{name: "german supplements", sub: setMessage("Nahrungsergänzungsmittel für schnell abnehmen, ohne Rezept"), want: CodeSpamContent},
		{name: "french supplements", sub: setMessage("Complément alimentaire minceur pour perdre du poids"), want: CodeSpamContent},
		{name: "polish loans", sub: setMessage("Chwilówki bez BIK, suplement diety gratis"), want: CodeSpamContent},
		// Buyers in the same languages.
		{name: "russian buyer", sub: setMessage("Здравствуйте! Нам нужна аналитика для 12 складов. Сколько стоит лицензия на 50 пользователей?"), not: not},
		{name: "chinese buyer with invoice", sub: setMessage("您好，我们需要50个账号，可以开发票吗？请报价。"), not: not},
		{name: "german buyer", sub: setMessage("Wir möchten Ihnen Arbeit abnehmen: können wir Ihre Plattform für 40 Nutzer testen?"), not: not},
		{name: "indonesian buyer at an airport", sub: setMessage("Kami mengelola bandar udara dan butuh demo untuk tim operasional."), not: not},
		{name: "spanish buyer", sub: setMessage("Buscamos una herramienta para reportes de ventas; ¿tienen precio para 30 usuarios?"), not: not},
		{name: "vietnamese buyer", sub: setMessage("Chúng tôi muốn dùng thử nền tảng cho 20 người dùng. Giá bao nhiêu?"), not: not},
	})
}
