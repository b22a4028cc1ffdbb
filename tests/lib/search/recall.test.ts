/**
 * How often an inflected Kazakh or Uzbek noun meets its base form, measured on forms that occur in
 * the editions (content/articles/<slug>/kk.mdx, uz.mdx).
 *
 * For each base, every inflected form of it (plural, possessive, case, -дағы/-dagi) that the
 * editions contain; derived words (-лық, -lik, -li, -chi…) and verbs are left out, since the
 * stemmers leave derivation alone on purpose. The first group of bases is the one the suffix
 * tables were tuned on; the second ("held out") was listed after the tables were written and
 * not tuned on, so it is the fairer estimate.
 *
 * Two numbers per language:
 *   exact  — the form and its base have the same token (an inflected query finds the base and
 *            every other inflected form);
 *   prefix — the base's token is a prefix of the form's token (a query for the base finds the
 *            form, as Pagefind matches prefixes).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWord, words } from '../../../src/lib/search/analyze.ts';

interface Base {
  base: string;
  forms: string[];
}

const kkTuned: Base[] = [
  { base: 'дипломатия', forms: ['дипломатиясының', 'дипломатиясын', 'дипломатиясы', 'дипломатияның', 'дипломатияға', 'дипломатияны', 'дипломатиясына'] },
  { base: 'мемлекет', forms: ['мемлекеттері', 'мемлекеттің', 'мемлекеттер', 'мемлекеттермен', 'мемлекеттердің', 'мемлекеттерін', 'мемлекеттерінің'] },
  { base: 'ел', forms: ['елдерінде', 'елдерінің', 'елдердің', 'елдері', 'елдің', 'елді', 'елдер', 'елдермен', 'елдерге'] },
  { base: 'тіл', forms: ['тілдеріндегі', 'тіліндегі', 'тілдердегі', 'тілдерін', 'тілдері', 'тілі', 'тіліне', 'тілін', 'тілінде', 'тілді', 'тілінің', 'тілімен', 'тілдер', 'тілдің'] },
  { base: 'университет', forms: ['университеттері', 'университеттерінің', 'университеті', 'университеттер', 'университетінде', 'университеттің', 'университетіндегі', 'университеттермен', 'университеттерде', 'университеттердің'] },
  { base: 'бағдарлама', forms: ['бағдарламасы', 'бағдарламаларын', 'бағдарламалар', 'бағдарламалардың', 'бағдарламаларды', 'бағдарламаларының', 'бағдарламалары', 'бағдарламаларына', 'бағдарламаларымен'] },
  { base: 'қатынас', forms: ['қатынасын', 'қатынастарды', 'қатынастар', 'қатынастарда', 'қатынастары', 'қатынастарын', 'қатынасы', 'қатынастарында', 'қатынастың', 'қатынасты', 'қатынастардың'] },
  { base: 'ынтымақтастық', forms: ['ынтымақтастықтың', 'ынтымақтастықты', 'ынтымақтастыққа'] },
  { base: 'жоба', forms: ['жобасының', 'жобалар', 'жобасы', 'жобаларды', 'жобаларын', 'жобалары', 'жобалардың', 'жобалармен', 'жобадағы'] },
  { base: 'сала', forms: ['саласындағы', 'саласын', 'саланы', 'салалар', 'саласында', 'салаларында', 'саладағы', 'саласы', 'салаларындағы', 'саласының', 'салаларға'] },
  { base: 'жыл', forms: ['жылдың', 'жылғы', 'жылдары', 'жылда', 'жылға', 'жылы', 'жылдарға', 'жылдардың', 'жылдар', 'жылдарынан', 'жылдан'] },
  { base: 'Қазақстан', forms: ['Қазақстанның', 'Қазақстандағы', 'Қазақстанда', 'Қазақстанға'] },
  { base: 'Өзбекстан', forms: ['Өзбекстанның', 'Өзбекстанда', 'Өзбекстанға'] },
  { base: 'аймақ', forms: ['аймақты', 'аймақтағы', 'аймаққа', 'аймақта', 'аймақтарын', 'аймақтың'] },
  { base: 'мәдениет', forms: ['мәдениеттер', 'мәдениеті', 'мәдениетті', 'мәдениетін', 'мәдениеттің'] },
  { base: 'саясат', forms: ['саясаттың', 'саясаттағы', 'саясатты', 'саясатының', 'саясатын', 'саясаты', 'саясатына'] },
  { base: 'ұйым', forms: ['ұйымының', 'ұйымы', 'ұйымның', 'ұйымды', 'ұйымдардың', 'ұйымдар'] },
  { base: 'халық', forms: ['халықтарының', 'халықтарымызды', 'халықтары', 'халықтар', 'халықтың', 'халықтардың', 'халықтарды'] },
  { base: 'құрал', forms: ['құралы', 'құралына', 'құралдың', 'құралдарындағы', 'құралдар', 'құралдарды', 'құралдардың', 'құралдары'] },
  { base: 'бастама', forms: ['бастамалар', 'бастамаларды', 'бастамаларын', 'бастамалардың', 'бастамаларға', 'бастамасы', 'бастамасының', 'бастамалары', 'бастамасын'] },
  { base: 'стратегия', forms: ['стратегиясын', 'стратегиясы', 'стратегиялар', 'стратегиялары', 'стратегиясындағы', 'стратегияларын', 'стратегиясының'] },
  { base: 'нәтиже', forms: ['нәтижелер', 'нәтижесінде', 'нәтижелері', 'нәтижесі', 'нәтижелердің', 'нәтижелерін'] },
  { base: 'жүйе', forms: ['жүйелері', 'жүйесіне', 'жүйелермен', 'жүйесінде', 'жүйені', 'жүйелеріне'] },
  { base: 'мақала', forms: ['мақаланың', 'мақаламен', 'мақалаға', 'мақаласы', 'мақалада', 'мақалалар'] },
];

const kkHeldOut: Base[] = [
  { base: 'сөз', forms: ['сөздер', 'сөздеріне', 'сөздері', 'сөзі', 'сөзінің', 'сөздерінің', 'сөздің', 'сөздерді', 'сөзінен'] },
  { base: 'тарих', forms: ['тарихы', 'тарихтың', 'тарихтан'] },
  { base: 'қоғам', forms: ['қоғамның', 'қоғамдарындағы', 'қоғамға', 'қоғамдарында', 'қоғаммен', 'қоғамдары', 'қоғамдарының'] },
  { base: 'шарт', forms: ['шарттың', 'шарттарының', 'шартқа', 'шарттарға'] },
  { base: 'келісім', forms: ['келісімді', 'келісімдерге', 'келісімге', 'келісімдерді', 'келісімдердің', 'келісімдер'] },
  { base: 'жол', forms: ['жолда', 'жолы', 'жолында', 'жолға', 'жолдар', 'жолдардан', 'жолдармен'] },
  { base: 'маман', forms: ['мамандарға', 'маманын', 'маманы', 'мамандарына', 'мамандары', 'мамандарының', 'мамандарды'] },
  { base: 'қала', forms: ['қалаларында', 'қалалар', 'қаласында'] },
  { base: 'ғылым', forms: ['ғылымдар', 'ғылымы'] },
  { base: 'дереккөз', forms: ['дереккөзде', 'дереккөзін', 'дереккөзге', 'дереккөзінде', 'дереккөздердің', 'дереккөзді', 'дереккөздер'] },
  { base: 'тетік', forms: ['тетіктері', 'тетіктеріне', 'тетіктерін', 'тетіктерді', 'тетіктерге'] },
  { base: 'ықпал', forms: ['ықпалы', 'ықпалға', 'ықпалын', 'ықпалдың', 'ықпалды', 'ықпалымен'] },
  { base: 'байланыс', forms: ['байланыстарды', 'байланыстарға', 'байланыстардың', 'байланыстар', 'байланыстары', 'байланыстарын'] },
  { base: 'технология', forms: ['технологиялар', 'технологияларын'] },
  { base: 'инфрақұрылым', forms: ['инфрақұрылымын', 'инфрақұрылымды', 'инфрақұрылымға', 'инфрақұрылымы', 'инфрақұрылыммен'] },
  { base: 'құжат', forms: ['құжаттардың', 'құжаттар', 'құжаттарға', 'құжаттарды'] },
  { base: 'әлем', forms: ['әлемнің', 'әлемде', 'әлемінің'] },
  { base: 'бәсекелестік', forms: ['бәсекелестіктің', 'бәсекелестікті', 'бәсекелестікке'] },
  { base: 'мүдде', forms: ['мүдделер', 'мүдделері'] },
  { base: 'серіктес', forms: ['серіктестері', 'серіктестер', 'серіктестермен'] },
  { base: 'өнер', forms: ['өнері'] },
];

const uzTuned: Base[] = [
  { base: 'diplomatiya', forms: ['diplomatiyasining', 'diplomatiyasini', 'diplomatiyasi', 'diplomatiyaning', 'diplomatiyaga', 'diplomatiyani', 'diplomatiyasidan', 'diplomatiyasiga'] },
  { base: 'davlat', forms: ['davlatlari', 'davlatlar', 'davlatning', 'davlatlarining'] },
  { base: 'mamlakat', forms: ['mamlakatlarining', 'mamlakatlar', 'mamlakatlari', 'mamlakatning', 'mamlakatni'] },
  { base: 'til', forms: ['tilida', 'tillardagi', 'tillarni', 'tillar', 'tilidagi', 'tiliga', 'tili', 'tilini', 'tilga', 'tilni', 'tilining'] },
  { base: 'universitet', forms: ['universitetlari', 'universiteti', 'universitetlar', 'universitetida', 'universitetidagi'] },
  { base: 'dastur', forms: ['dasturi', 'dasturlarini', 'dasturlar', 'dasturlarning', 'dasturlarni', 'dasturlari', 'dasturlariga', 'dasturlaridan'] },
  { base: 'munosabat', forms: ['munosabatlarini', 'munosabatlar', 'munosabatlarda', 'munosabatlari', 'munosabatlaridan', 'munosabatlarni', 'munosabatlarida', 'munosabatni', 'munosabatga', 'munosabatlarga', 'munosabatlarning'] },
  { base: 'hamkorlik', forms: ['hamkorlikning', 'hamkorlikni', 'hamkorlikka', 'hamkorlikdan'] },
  { base: 'loyiha', forms: ['loyihasiga', 'loyihalari', 'loyihasi', 'loyihalarning', 'loyihalarni', 'loyihalar', 'loyihalarini', 'loyihaning'] },
  { base: 'soha', forms: ['sohasini', 'sohani', 'sohalarida', 'sohasida', 'sohasidagi', 'sohadagi', 'sohasidir', 'sohalaridagi', 'sohada', 'sohadir', 'sohasi', 'sohalarda'] },
  { base: 'yil', forms: ['yilning', 'yillari', 'yillarda', 'yilgacha', 'yilda', 'yili', 'yildan', 'yillarga', 'yillarning', 'yilga', 'yilgi', 'yillar', 'yillaridan'] },
  { base: 'Qozogʻiston', forms: ['Qozogʻistonning', 'Qozogʻistonda', 'Qozogʻistonga', 'Qozogʻistondagi'] },
  { base: 'Oʻzbekiston', forms: ['Oʻzbekistonning', 'Oʻzbekistonda', 'Oʻzbekistonga'] },
  { base: 'mintaqa', forms: ['mintaqasida', 'mintaqada', 'mintaqaning', 'mintaqadagi', 'mintaqasi', 'mintaqani', 'mintaqaga'] },
  { base: 'madaniyat', forms: ['madaniyatlar', 'madaniyati', 'madaniyatni', 'madaniyatini', 'madaniyatning'] },
  { base: 'taʼlim', forms: ['taʼlimni', 'taʼlimi', 'taʼlimga', 'taʼlimdagi'] },
  { base: 'siyosat', forms: ['siyosati', 'siyosatidagi', 'siyosatni', 'siyosatining', 'siyosatini', 'siyosatning', 'siyosatga', 'siyosatdagi', 'siyosatiga'] },
  { base: 'tashkilot', forms: ['tashkilotining', 'tashkiloti', 'tashkilotning', 'tashkilotni', 'tashkilotlar'] },
  { base: 'xalq', forms: ['xalqlarning', 'xalqlarimizni', 'xalqlari', 'xalqlar', 'xalqning', 'xalqlarni'] },
  { base: 'vosita', forms: ['vositasi', 'vositasiga', 'vositalaridagi', 'vositalar', 'vositalarni', 'vositalari', 'vositalardan', 'vositalarning'] },
  { base: 'tashabbus', forms: ['tashabbuslari', 'tashabbuslar', 'tashabbuslarni', 'tashabbuslarini', 'tashabbusi', 'tashabbusining', 'tashabbusiga', 'tashabbusini'] },
  { base: 'natija', forms: ['natijalar', 'natijasida', 'natijalari', 'natijasidir', 'natijada', 'natijalarning', 'natijalarini'] },
  { base: 'tizim', forms: ['tizimlari', 'tizimiga', 'tizimlar', 'tizimida', 'tizimni'] },
  { base: 'jarayon', forms: ['jarayonlari', 'jarayonida', 'jarayoni', 'jarayonlaridagi', 'jarayonlarida', 'jarayonlariga', 'jarayonga', 'jarayonining'] },
];

const uzHeldOut: Base[] = [
  { base: 'soʻz', forms: ['soʻzlar', 'soʻzlariga', 'soʻzlari', 'soʻzi', 'soʻzdagi', 'soʻzlaridan', 'soʻzlarni', 'soʻzidan', 'soʻzining', 'soʻzni'] },
  { base: 'tarix', forms: ['tarixi', 'tarixning'] },
  { base: 'jamiyat', forms: ['jamiyati', 'jamiyatning', 'jamiyatlaridagi', 'jamiyatlarida', 'jamiyatlari', 'jamiyatlarining'] },
  { base: 'shartnoma', forms: ['shartnomaning', 'shartnomadan', 'shartnomalari', 'shartnomani', 'shartnomalarga'] },
  { base: 'kelishuv', forms: ['kelishuvlar'] },
  { base: 'yoʻl', forms: ['yoʻlidagi', 'yoʻli', 'yoʻlga', 'yoʻllar', 'yoʻllari'] },
  { base: 'mutaxassis', forms: ['mutaxassislarga', 'mutaxassislari', 'mutaxassislar', 'mutaxassislarini'] },
  { base: 'shahar', forms: ['shaharlarida', 'shaharlar'] },
  { base: 'fan', forms: ['fanlari', 'fani'] },
  { base: 'manba', forms: ['manbada', 'manbasini', 'manbaga', 'manbadagi', 'manbaning', 'manbalar', 'manbasida', 'manbani', 'manbalarning', 'manbai'] },
  { base: 'mexanizm', forms: ['mexanizmi', 'mexanizmlari', 'mexanizmlariga', 'mexanizmlarini', 'mexanizmlarga'] },
  { base: 'taʼsir', forms: ['taʼsiri', 'taʼsirga', 'taʼsirini', 'taʼsirning', 'taʼsirni', 'taʼsirida'] },
  { base: 'aloqa', forms: ['aloqalarni', 'aloqalarga', 'aloqalarning', 'aloqalari', 'aloqalar', 'aloqalarini'] },
  { base: 'texnologiya', forms: ['texnologiyalar', 'texnologiyalari', 'texnologiyalarini'] },
  { base: 'infratuzilma', forms: ['infratuzilmasi', 'infratuzilmani', 'infratuzilmaga'] },
  { base: 'hujjat', forms: ['hujjatlarining', 'hujjatlarning', 'hujjatlar'] },
  { base: 'dunyo', forms: ['dunyodagi', 'dunyoda', 'dunyoning'] },
  { base: 'raqobat', forms: ['raqobatning', 'raqobatni', 'raqobatiga', 'raqobatga', 'raqobatining'] },
  { base: 'manfaat', forms: ['manfaatlar', 'manfaatlari'] },
  { base: 'qoʻshni', forms: ['qoʻshnilari'] },
  { base: 'hamkor', forms: ['hamkorlar'] },
];

const editionWords = (lang: 'kk' | 'uz') => {
  const root = join(import.meta.dirname, '../../../content/articles');
  const seen = new Set<string>();
  for (const slug of readdirSync(root)) {
    const text = readFileSync(join(root, slug, `${lang}.mdx`), 'utf8');
    for (const w of words(text)) seen.add(w.word.toLowerCase());
  }
  return seen;
};

interface Measure {
  forms: number;
  exact: number;
  prefix: number;
  misses: string[];
}

function measure(bases: Base[], lang: 'kk' | 'uz'): Measure {
  const m: Measure = { forms: 0, exact: 0, prefix: 0, misses: [] };
  for (const { base, forms } of bases) {
    const b = analyzeWord(base, lang);
    for (const form of forms) {
      const t = analyzeWord(form, lang);
      m.forms++;
      if (t === b) m.exact++;
      else m.misses.push(`${form} (${t}) ≠ ${base} (${b})`);
      if (t.startsWith(b)) m.prefix++;
    }
  }
  return m;
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

describe.each([
  ['kk', kkTuned, kkHeldOut],
  ['uz', uzTuned, uzHeldOut],
] as const)('recall of inflected %s forms', (lang, tuned, heldOut) => {
  const seen = editionWords(lang);

  it('lists forms that occur in the editions', () => {
    const all = [...tuned, ...heldOut].flatMap((b) => b.forms);
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(all.filter((f) => !seen.has(f.toLowerCase()))).toEqual([]);
  });

  it('brings most inflected forms to their base’s token', () => {
    const t = measure(tuned, lang);
    const h = measure(heldOut, lang);
    const all = { forms: t.forms + h.forms, exact: t.exact + h.exact, prefix: t.prefix + h.prefix };
    console.log(
      `${lang}: tuned ${t.exact}/${t.forms} exact (${pct(t.exact, t.forms)}), ${pct(t.prefix, t.forms)} prefix; ` +
        `held out ${h.exact}/${h.forms} exact (${pct(h.exact, h.forms)}), ${pct(h.prefix, h.forms)} prefix; ` +
        `all ${pct(all.exact, all.forms)} exact, ${pct(all.prefix, all.forms)} prefix\n  misses: ${[...t.misses, ...h.misses].join('; ')}`,
    );
    expect(t.exact / t.forms).toBeGreaterThanOrEqual(0.95);
    expect(h.exact / h.forms).toBeGreaterThanOrEqual(0.9);
    // A query for the base finds nearly every form through Pagefind's prefix match.
    expect(all.prefix / all.forms).toBeGreaterThanOrEqual(0.97);
  });
});
