/**
 * UI strings per locale. `en` defines the key set; every other locale must have exactly the same
 * keys (`satisfies Record<UiKey, string>`), so a missing or misspelled key is a type error.
 * Placeholders are written {name} and filled by `format`.
 *
 * Uzbek is Latin script: oʻ and gʻ are written with U+02BB (ʻ), the tutuq belgisi with U+02BC (ʼ).
 */
import type { LocaleLang } from './locales.ts';

const en = {
  'ann.emendation': 'Emendation',
  'ann.unrecoverable': 'Not recoverable',
  'ann.note': 'Editorial note',
  'ann.sourceReads': 'The source reads',
  'para.permalink': 'Paragraph {n}: link to this paragraph',

  'site.name': 'Cultural Diplomacy in Central Asia',
  'site.subtitle': 'Scholarly editions',
  'site.description':
    'Cleaned scholarly editions of journal articles on cultural diplomacy in Central Asia, in English, Russian, Kazakh and Uzbek. Every correction of the printed text is shown in an editorial note, and every paragraph has a stable link.',
  'nav.skip': 'Skip to the content',
  'nav.main': 'Site',
  'nav.home': 'Home',
  'nav.articles': 'Articles',
  'nav.language': 'Language',
  'footer.text': 'Editions of published articles. The source files are kept unchanged; every change to the text is listed in the editorial notes.',

  'choose.title': 'Choose a language',

  'home.title': 'Editions of articles on cultural diplomacy in Central Asia',
  'home.articles': 'Articles',
  'home.articlesLink': 'All articles',
  'home.languages': 'Languages',
  'home.languagesText': 'The site is available in four languages. An article that has not yet been edited in a language is shown in its original language.',

  'articles.title': 'Articles',
  'articles.intro': 'Each article is an edition of the published text: errors of the print and of text recognition are corrected, and every correction is explained in a note.',
  'articles.editions': 'Editions',
  'articles.empty': 'No articles have been published yet.',
  'articles.authors': 'Authors',

  'prov.original': 'original',
  'prov.author-provided': 'translation by the authors',
  'prov.editorial-translation': 'editorial translation',

  'lang.in.en': 'in English',
  'lang.in.ru': 'in Russian',
  'lang.in.kk': 'in Kazakh',
  'lang.in.uz': 'in Uzbek',

  'ed.fallback': 'This article is not yet available {inLang}; you are reading the original text {inOriginal}.',
  'ed.otherEditions': 'Editions of this article:',
  'ed.volume': 'Vol. {v}',
  'ed.issue': 'No. {n}',
  'ed.authors': 'Authors',
  'ed.corresponding': 'Corresponding author',
  'ed.email': 'E-mail',
  'ed.received': 'Received',
  'ed.accepted': 'Accepted',
  'ed.published': 'Published',
  'ed.doi': 'DOI',
  'ed.licence': 'Licence',
  'ed.irsti': 'IRSTI',
  'ed.irstiFull': 'International Rubricator of Scientific and Technical Information',
  'ed.ftamp': 'FTAMP',
  'ed.ftampFull': 'State Rubricator of Scientific and Technical Information of Kazakhstan (ҒТАМР)',

  'about.title': 'About this edition',
  'about.original': 'This is the text of the article as it was published, cleaned of printing and text-recognition errors. Every correction is shown in a numbered note.',
  'about.author-provided': 'This translation was provided by the authors and printed with the article. Corrections are shown in numbered notes.',
  'about.editorial-translation': 'This translation was made by the editors of this site; it is not part of the published article.',
  'about.source': 'Source: the file {file}, lines {from}–{to}.',
  'about.sourceLink': 'Open the source file',
  'about.noDoi': 'No DOI is printed in the source.',
  'about.rules': 'How the source text was cleaned',
  'about.notes': 'Notes on the whole article',

  'rule.running-headers': 'Running headers of the journal that recur inside the text were removed.',
  'rule.page-breaks': 'Sentences split by a page break were joined into one paragraph again.',
  'rule.hyphenation': 'Words hyphenated at the end of a line were written as one word.',
  'rule.uzbek-apostrophes': 'Apostrophes in Uzbek words were written as the letters ʻ (oʻ, gʻ) and ʼ (tutuq belgisi).',
  'rule.tracking-parameters': 'Tracking parameters (utm_…) were removed from web addresses.',
  'rule.escaped-underscores': 'Escaped underscores (\\_) were written as plain underscores (_).',
  'rule.run-in-headings': 'Run-in labels such as “Abstract:” became headings, without their colon or full stop.',
  'rule.title-case': 'Titles and headings printed in capitals are set in ordinary title case.',

  'toc.title': 'Contents',

  'refs.title': 'References',
  'refs.missing': 'The printed list has no reference {n}.',
  'refs.back': 'Back to the citation {label} in paragraph {n}',
  'refs.backShort': 'Cited in:',
  'refs.notCited': 'Not cited in the text.',

  'notes.title': 'Editorial notes',
  'notes.intro': 'Every change to the source text, numbered as in the text.',
  'notes.reading': 'This edition reads',
  'notes.line': 'Source line {n}.',
  'notes.back': 'Back to note {n} in the text',
  'notes.title-ann': 'In the title.',

  'cat.ocr': 'text recognition',
  'cat.word-order': 'word order',
  'cat.omission': 'omission',
  'cat.duplicate': 'duplicate',
  'cat.citation': 'citation',
  'cat.reference': 'reference',
  'cat.fragment': 'fragment',
  'cat.keywords': 'keywords',
  'cat.punctuation': 'punctuation',
  'cat.spelling': 'spelling',
  'cat.url': 'web address',
  'cat.metadata': 'metadata',
  'cat.translation': 'translation',

  'nf.title': 'Page not found',
  'nf.text': 'There is no page at this address. It may have been mistyped or moved.',
  'nf.home': 'Go to the home page in English',
} as const;

export type UiKey = keyof typeof en;
type Dictionary = Record<UiKey, string>;

const ru = {
  'ann.emendation': 'Исправление',
  'ann.unrecoverable': 'Не восстанавливается',
  'ann.note': 'Примечание редакции',
  'ann.sourceReads': 'В источнике',
  'para.permalink': 'Абзац {n}: ссылка на этот абзац',

  'site.name': 'Культурная дипломатия в Центральной Азии',
  'site.subtitle': 'Научные издания статей',
  'site.description':
    'Выверенные научные издания журнальных статей о культурной дипломатии в Центральной Азии на английском, русском, казахском и узбекском языках. Каждое исправление печатного текста показано в примечании редакции, у каждого абзаца есть постоянная ссылка.',
  'nav.skip': 'Перейти к содержанию',
  'nav.main': 'Сайт',
  'nav.home': 'Главная',
  'nav.articles': 'Статьи',
  'nav.language': 'Язык',
  'footer.text': 'Издания опубликованных статей. Исходные файлы хранятся без изменений; каждое изменение текста перечислено в примечаниях редакции.',

  'choose.title': 'Выберите язык',

  'home.title': 'Издания статей о культурной дипломатии в Центральной Азии',
  'home.articles': 'Статьи',
  'home.articlesLink': 'Все статьи',
  'home.languages': 'Языки',
  'home.languagesText': 'Сайт доступен на четырёх языках. Статья, которая ещё не подготовлена на каком-либо языке, показывается на языке оригинала.',

  'articles.title': 'Статьи',
  'articles.intro': 'Каждая статья — это издание опубликованного текста: ошибки печати и распознавания исправлены, и каждое исправление объяснено в примечании.',
  'articles.editions': 'Издания',
  'articles.empty': 'Статьи ещё не опубликованы.',
  'articles.authors': 'Авторы',

  'prov.original': 'оригинал',
  'prov.author-provided': 'перевод авторов',
  'prov.editorial-translation': 'перевод редакции',

  'lang.in.en': 'на английском языке',
  'lang.in.ru': 'на русском языке',
  'lang.in.kk': 'на казахском языке',
  'lang.in.uz': 'на узбекском языке',

  'ed.fallback': 'Эта статья пока недоступна {inLang}; вы читаете оригинальный текст {inOriginal}.',
  'ed.otherEditions': 'Издания этой статьи:',
  'ed.volume': 'Т. {v}',
  'ed.issue': '№ {n}',
  'ed.authors': 'Авторы',
  'ed.corresponding': 'Автор для корреспонденции',
  'ed.email': 'Эл. почта',
  'ed.received': 'Поступила',
  'ed.accepted': 'Принята',
  'ed.published': 'Опубликована',
  'ed.doi': 'DOI',
  'ed.licence': 'Лицензия',
  'ed.irsti': 'МРНТИ',
  'ed.irstiFull': 'Межгосударственный рубрикатор научно-технической информации',
  'ed.ftamp': 'ГРНТИ',
  'ed.ftampFull': 'Государственный рубрикатор научно-технической информации Казахстана (ҒТАМР)',

  'about.title': 'Об этом издании',
  'about.original': 'Это текст статьи в том виде, в каком она была опубликована, очищенный от ошибок печати и распознавания. Каждое исправление показано в пронумерованном примечании.',
  'about.author-provided': 'Этот перевод предоставлен авторами и напечатан вместе со статьёй. Исправления показаны в пронумерованных примечаниях.',
  'about.editorial-translation': 'Этот перевод выполнен редакцией сайта; он не входит в опубликованную статью.',
  'about.source': 'Источник: файл {file}, строки {from}–{to}.',
  'about.sourceLink': 'Открыть исходный файл',
  'about.noDoi': 'DOI в источнике не указан.',
  'about.rules': 'Как был очищен исходный текст',
  'about.notes': 'Примечания ко всей статье',

  'rule.running-headers': 'Удалены колонтитулы журнала, повторяющиеся внутри текста.',
  'rule.page-breaks': 'Предложения, разорванные переходом на новую страницу, снова соединены в один абзац.',
  'rule.hyphenation': 'Слова, перенесённые в конце строки, записаны слитно.',
  'rule.uzbek-apostrophes': 'Апострофы в узбекских словах заменены буквенными знаками ʻ (oʻ, gʻ) и ʼ (tutuq belgisi).',
  'rule.tracking-parameters': 'Из веб-адресов удалены параметры отслеживания (utm_…).',
  'rule.escaped-underscores': 'Экранированные подчёркивания (\\_) заменены обычными (_).',
  'rule.run-in-headings': 'Подзаголовки в подбор, например «Аннотация:», стали заголовками без двоеточия или точки.',
  'rule.title-case': 'Заглавия и заголовки, набранные прописными буквами, даны в обычном написании.',

  'toc.title': 'Содержание',

  'refs.title': 'Список литературы',
  'refs.missing': 'В напечатанном списке нет источника под номером {n}.',
  'refs.back': 'Вернуться к ссылке {label} в абзаце {n}',
  'refs.backShort': 'Ссылки в тексте:',
  'refs.notCited': 'В тексте не цитируется.',

  'notes.title': 'Примечания редакции',
  'notes.intro': 'Все изменения исходного текста, пронумерованные, как в тексте.',
  'notes.reading': 'В этом издании',
  'notes.line': 'Строка источника {n}.',
  'notes.back': 'Вернуться к примечанию {n} в тексте',
  'notes.title-ann': 'В заглавии.',

  'cat.ocr': 'распознавание текста',
  'cat.word-order': 'порядок слов',
  'cat.omission': 'пропуск',
  'cat.duplicate': 'повтор',
  'cat.citation': 'ссылка',
  'cat.reference': 'библиографическая запись',
  'cat.fragment': 'фрагмент',
  'cat.keywords': 'ключевые слова',
  'cat.punctuation': 'пунктуация',
  'cat.spelling': 'орфография',
  'cat.url': 'веб-адрес',
  'cat.metadata': 'метаданные',
  'cat.translation': 'перевод',

  'nf.title': 'Страница не найдена',
  'nf.text': 'По этому адресу страницы нет. Возможно, в адресе опечатка или страница перемещена.',
  'nf.home': 'Перейти на главную страницу на русском языке',
} satisfies Dictionary;

const kk = {
  'ann.emendation': 'Түзету',
  'ann.unrecoverable': 'Қалпына келтіру мүмкін емес',
  'ann.note': 'Редакция ескертпесі',
  'ann.sourceReads': 'Дереккөзде',
  'para.permalink': '{n}-абзац: осы абзацқа сілтеме',

  'site.name': 'Орталық Азиядағы мәдени дипломатия',
  'site.subtitle': 'Мақалалардың ғылыми басылымы',
  'site.description':
    'Орталық Азиядағы мәдени дипломатия туралы журнал мақалаларының ағылшын, орыс, қазақ және өзбек тілдеріндегі тексерілген ғылыми басылымдары. Баспа мәтініндегі әр түзету редакция ескертпесінде көрсетілген, әр абзацтың тұрақты сілтемесі бар.',
  'nav.skip': 'Мазмұнға өту',
  'nav.main': 'Сайт',
  'nav.home': 'Басты бет',
  'nav.articles': 'Мақалалар',
  'nav.language': 'Тіл',
  'footer.text': 'Жарияланған мақалалардың басылымдары. Дереккөз файлдары өзгеріссіз сақталады; мәтіндегі әр өзгеріс редакция ескертпелерінде берілген.',

  'choose.title': 'Тілді таңдаңыз',

  'home.title': 'Орталық Азиядағы мәдени дипломатия туралы мақалалардың басылымдары',
  'home.articles': 'Мақалалар',
  'home.articlesLink': 'Барлық мақалалар',
  'home.languages': 'Тілдер',
  'home.languagesText': 'Сайт төрт тілде қолжетімді. Қандай да бір тілде әлі дайындалмаған мақала түпнұсқа тілінде көрсетіледі.',

  'articles.title': 'Мақалалар',
  'articles.intro': 'Әр мақала – жарияланған мәтіннің басылымы: баспа мен мәтінді тану қателері түзетілген, әр түзету ескертпеде түсіндірілген.',
  'articles.editions': 'Басылымдар',
  'articles.empty': 'Әзірге бірде-бір мақала жарияланған жоқ.',
  'articles.authors': 'Авторлар',

  'prov.original': 'түпнұсқа',
  'prov.author-provided': 'авторлардың аудармасы',
  'prov.editorial-translation': 'редакция аудармасы',

  'lang.in.en': 'ағылшын тілінде',
  'lang.in.ru': 'орыс тілінде',
  'lang.in.kk': 'қазақ тілінде',
  'lang.in.uz': 'өзбек тілінде',

  'ed.fallback': 'Бұл мақала әзірге {inLang} жоқ; сіз түпнұсқа мәтінді {inOriginal} оқып отырсыз.',
  'ed.otherEditions': 'Осы мақаланың басылымдары:',
  'ed.volume': '{v}-том',
  'ed.issue': '№ {n}',
  'ed.authors': 'Авторлар',
  'ed.corresponding': 'Хат-хабар үшін автор',
  'ed.email': 'Эл. пошта',
  'ed.received': 'Редакцияға түсті',
  'ed.accepted': 'Қабылданды',
  'ed.published': 'Жарияланды',
  'ed.doi': 'DOI',
  'ed.licence': 'Лицензия',
  'ed.irsti': 'ХҒТАР',
  'ed.irstiFull': 'Халықаралық ғылыми-техникалық ақпарат рубрикаторы',
  'ed.ftamp': 'ҒТАМР',
  'ed.ftampFull': 'Ғылыми-техникалық ақпараттың мемлекеттік рубрикаторы',

  'about.title': 'Осы басылым туралы',
  'about.original': 'Бұл – мақаланың жарияланған мәтіні, баспа және мәтінді тану қателерінен тазартылған. Әр түзету нөмірленген ескертпеде көрсетілген.',
  'about.author-provided': 'Бұл аударманы авторлар ұсынған, ол мақаламен бірге жарияланған. Түзетулер нөмірленген ескертпелерде көрсетілген.',
  'about.editorial-translation': 'Бұл аударманы сайт редакциясы жасаған; ол жарияланған мақаланың бөлігі емес.',
  'about.source': 'Дереккөз: {file} файлы, {from}–{to} жолдар.',
  'about.sourceLink': 'Дереккөз файлын ашу',
  'about.noDoi': 'Дереккөзде DOI көрсетілмеген.',
  'about.rules': 'Дереккөз мәтіні қалай тазартылды',
  'about.notes': 'Бүкіл мақалаға қатысты ескертпелер',

  'rule.running-headers': 'Мәтін ішінде қайталанатын журнал колонтитулдары алынып тасталды.',
  'rule.page-breaks': 'Бет ауысуымен бөлінген сөйлемдер қайтадан бір абзацқа біріктірілді.',
  'rule.hyphenation': 'Жол соңында тасымалданған сөздер біріктіріліп жазылды.',
  'rule.uzbek-apostrophes': 'Өзбек сөздеріндегі апострофтар ʻ (oʻ, gʻ) және ʼ (tutuq belgisi) әріп белгілерімен жазылды.',
  'rule.tracking-parameters': 'Веб-мекенжайлардан бақылау параметрлері (utm_…) алынып тасталды.',
  'rule.escaped-underscores': 'Экрандалған астыңғы сызықтар (\\_) кәдімгі астыңғы сызықпен (_) жазылды.',
  'rule.run-in-headings': 'Мәтін ішіндегі «Аңдатпа:» сияқты тақырыпшалар қос нүктесіз немесе нүктесіз жеке тақырып болды.',
  'rule.title-case': 'Бас әріптермен басылған атаулар мен тақырыптар кәдімгі жазылуға келтірілді.',

  'toc.title': 'Мазмұны',

  'refs.title': 'Әдебиеттер',
  'refs.missing': 'Басылған тізімде {n} нөмірлі дереккөз жоқ.',
  'refs.back': '{n}-абзацтағы {label} сілтемесіне оралу',
  'refs.backShort': 'Мәтіндегі сілтемелер:',
  'refs.notCited': 'Мәтінде сілтеме жасалмаған.',

  'notes.title': 'Редакция ескертпелері',
  'notes.intro': 'Дереккөз мәтініндегі барлық өзгерістер, мәтіндегідей нөмірленген.',
  'notes.reading': 'Осы басылымда',
  'notes.line': 'Дереккөздің {n}-жолы.',
  'notes.back': 'Мәтіндегі {n}-ескертпеге оралу',
  'notes.title-ann': 'Тақырыпта.',

  'cat.ocr': 'мәтінді тану',
  'cat.word-order': 'сөз тәртібі',
  'cat.omission': 'түсіп қалған сөз',
  'cat.duplicate': 'қайталау',
  'cat.citation': 'сілтеме',
  'cat.reference': 'библиографиялық жазба',
  'cat.fragment': 'үзінді',
  'cat.keywords': 'түйін сөздер',
  'cat.punctuation': 'тыныс белгілері',
  'cat.spelling': 'емле',
  'cat.url': 'веб-мекенжай',
  'cat.metadata': 'метадеректер',
  'cat.translation': 'аударма',

  'nf.title': 'Бет табылмады',
  'nf.text': 'Бұл мекенжайда бет жоқ. Мекенжай қате терілген немесе бет басқа жерге ауыстырылған болуы мүмкін.',
  'nf.home': 'Қазақша басты бетке өту',
} satisfies Dictionary;

const uz = {
  'ann.emendation': 'Tuzatish',
  'ann.unrecoverable': 'Tiklab boʻlmaydi',
  'ann.note': 'Tahririyat izohi',
  'ann.sourceReads': 'Manbada',
  'para.permalink': '{n}-xatboshi: ushbu xatboshiga havola',

  'site.name': 'Markaziy Osiyoda madaniy diplomatiya',
  'site.subtitle': 'Maqolalarning ilmiy nashri',
  'site.description':
    'Markaziy Osiyoda madaniy diplomatiya haqidagi jurnal maqolalarining ingliz, rus, qozoq va oʻzbek tillaridagi tekshirilgan ilmiy nashrlari. Bosma matndagi har bir tuzatish tahririyat izohida koʻrsatilgan, har bir xatboshining doimiy havolasi bor.',
  'nav.skip': 'Asosiy mazmunga oʻtish',
  'nav.main': 'Sayt',
  'nav.home': 'Bosh sahifa',
  'nav.articles': 'Maqolalar',
  'nav.language': 'Til',
  'footer.text': 'Eʼlon qilingan maqolalarning nashrlari. Manba fayllari oʻzgarishsiz saqlanadi; matndagi har bir oʻzgarish tahririyat izohlarida keltirilgan.',

  'choose.title': 'Tilni tanlang',

  'home.title': 'Markaziy Osiyoda madaniy diplomatiya haqidagi maqolalar nashrlari',
  'home.articles': 'Maqolalar',
  'home.articlesLink': 'Barcha maqolalar',
  'home.languages': 'Tillar',
  'home.languagesText': 'Sayt toʻrt tilda mavjud. Biror tilda hali tayyorlanmagan maqola asl tilida koʻrsatiladi.',

  'articles.title': 'Maqolalar',
  'articles.intro': 'Har bir maqola eʼlon qilingan matnning nashri: bosma va matnni tanish xatolari tuzatilgan, har bir tuzatish izohda tushuntirilgan.',
  'articles.editions': 'Nashrlar',
  'articles.empty': 'Hozircha birorta maqola eʼlon qilinmagan.',
  'articles.authors': 'Mualliflar',

  'prov.original': 'asl nusxa',
  'prov.author-provided': 'mualliflar tarjimasi',
  'prov.editorial-translation': 'tahririyat tarjimasi',

  'lang.in.en': 'ingliz tilida',
  'lang.in.ru': 'rus tilida',
  'lang.in.kk': 'qozoq tilida',
  'lang.in.uz': 'oʻzbek tilida',

  'ed.fallback': 'Bu maqola hozircha {inLang} mavjud emas; siz asl matnni {inOriginal} oʻqiyapsiz.',
  'ed.otherEditions': 'Ushbu maqolaning nashrlari:',
  'ed.volume': '{v}-jild',
  'ed.issue': '{n}-son',
  'ed.authors': 'Mualliflar',
  'ed.corresponding': 'Yozishmalar uchun muallif',
  'ed.email': 'E-pochta',
  'ed.received': 'Kelib tushgan',
  'ed.accepted': 'Qabul qilingan',
  'ed.published': 'Eʼlon qilingan',
  'ed.doi': 'DOI',
  'ed.licence': 'Litsenziya',
  'ed.irsti': 'IRSTI',
  'ed.irstiFull': 'Xalqaro ilmiy-texnik axborot rubrikatori',
  'ed.ftamp': 'FTAMP',
  'ed.ftampFull': 'Qozogʻiston ilmiy-texnik axborotining davlat rubrikatori (ҒТАМР)',

  'about.title': 'Ushbu nashr haqida',
  'about.original': 'Bu maqolaning eʼlon qilingan matni boʻlib, bosma va matnni tanish xatolaridan tozalangan. Har bir tuzatish raqamlangan izohda koʻrsatilgan.',
  'about.author-provided': 'Bu tarjimani mualliflar taqdim etgan va u maqola bilan birga bosilgan. Tuzatishlar raqamlangan izohlarda koʻrsatilgan.',
  'about.editorial-translation': 'Bu tarjimani sayt tahririyati tayyorlagan; u eʼlon qilingan maqolaning qismi emas.',
  'about.source': 'Manba: {file} fayli, {from}–{to}-satrlar.',
  'about.sourceLink': 'Manba faylini ochish',
  'about.noDoi': 'Manbada DOI koʻrsatilmagan.',
  'about.rules': 'Manba matni qanday tozalandi',
  'about.notes': 'Butun maqolaga oid izohlar',

  'rule.running-headers': 'Matn ichida takrorlanadigan jurnal kolontitullari olib tashlandi.',
  'rule.page-breaks': 'Sahifa almashuvi bilan boʻlingan gaplar yana bitta xatboshiga birlashtirildi.',
  'rule.hyphenation': 'Satr oxirida boʻgʻinga ajratib koʻchirilgan soʻzlar qoʻshib yozildi.',
  'rule.uzbek-apostrophes': 'Oʻzbekcha soʻzlardagi apostroflar ʻ (oʻ, gʻ) va ʼ (tutuq belgisi) harf belgilari bilan yozildi.',
  'rule.tracking-parameters': 'Veb-manzillardan kuzatuv parametrlari (utm_…) olib tashlandi.',
  'rule.escaped-underscores': 'Ekranlangan pastki chiziqlar (\\_) oddiy pastki chiziq (_) bilan yozildi.',
  'rule.run-in-headings': '«Annotatsiya:» kabi matn ichidagi sarlavhalar ikki nuqta yoki nuqtasiz alohida sarlavhaga aylantirildi.',
  'rule.title-case': 'Bosh harflar bilan bosilgan nom va sarlavhalar oddiy yozuvga keltirildi.',

  'toc.title': 'Mundarija',

  'refs.title': 'Adabiyotlar',
  'refs.missing': 'Bosilgan roʻyxatda {n}-raqamli manba yoʻq.',
  'refs.back': '{n}-xatboshidagi {label} havolasiga qaytish',
  'refs.backShort': 'Matndagi havolalar:',
  'refs.notCited': 'Matnda iqtibos keltirilmagan.',

  'notes.title': 'Tahririyat izohlari',
  'notes.intro': 'Manba matnidagi barcha oʻzgarishlar, matndagidek raqamlangan.',
  'notes.reading': 'Ushbu nashrda',
  'notes.line': 'Manbaning {n}-satri.',
  'notes.back': 'Matndagi {n}-izohga qaytish',
  'notes.title-ann': 'Sarlavhada.',

  'cat.ocr': 'matnni tanish',
  'cat.word-order': 'soʻz tartibi',
  'cat.omission': 'tushib qolgan soʻz',
  'cat.duplicate': 'takror',
  'cat.citation': 'havola',
  'cat.reference': 'bibliografik yozuv',
  'cat.fragment': 'parcha',
  'cat.keywords': 'kalit soʻzlar',
  'cat.punctuation': 'tinish belgilari',
  'cat.spelling': 'imlo',
  'cat.url': 'veb-manzil',
  'cat.metadata': 'metamaʼlumotlar',
  'cat.translation': 'tarjima',

  'nf.title': 'Sahifa topilmadi',
  'nf.text': 'Bu manzilda sahifa yoʻq. Manzil xato yozilgan yoki sahifa koʻchirilgan boʻlishi mumkin.',
  'nf.home': 'Oʻzbekcha bosh sahifaga oʻtish',
} satisfies Dictionary;

export const ui: Record<LocaleLang, Dictionary> = { en, ru, kk, uz };

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** The string for `key` in `lang`, with placeholders filled. */
export function t(lang: LocaleLang, key: UiKey, values: Record<string, string | number> = {}): string {
  return format(ui[lang][key], values);
}
