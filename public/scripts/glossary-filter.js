// @ts-check
/**
 * The glossary index's filter (glossary pages only). The page lists every entry without
 * JavaScript; the search box is data-js-only (public/styles/no-js.css), and this script narrows the
 * list as the reader types.
 * An entry matches when the query occurs in any of its forms, in any of the four languages
 * (`data-forms`: one `lang:form` per line), so "soft power" finds мягкая сила on the Russian page;
 * when the match is not the label shown, the matching form is shown after it. The status line
 * (role=status) announces the count once typing pauses.
 *
 * Plain JavaScript served as it is (public/), never inlined: the site's CSP allows no inline script.
 */

/**
 * A form reduced to what a reader can be expected to type: lower case; accents dropped (ё → е,
 * ú → u); Kazakh and Uzbek Cyrillic letters as their plain Russian base (қ → к, ә → а, ў → у…),
 * since many keyboards have only those; apostrophes of oʻ gʻ and the tutuq belgisi dropped, so
 * o'zbek, oʻzbek and ozbek are the same; quotes, hyphens and dashes as spaces.
 * @param {string} s
 */
export function fold(s) {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/[әғқңөұүһіҳ]/g, (c) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ҳ: 'х' })[c] ?? c)
    .replace(/[ʻʼ'‘’`´]/g, '')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** @typedef {{ lang: string, form: string, folded: string }} Form */

/**
 * Whether `query` (folded) occurs in one of `forms`; the first form that matches, or undefined.
 * @param {Form[]} forms
 * @param {string} query
 */
export function matchingForm(forms, query) {
  return forms.find((f) => f.folded.includes(query));
}

if (typeof document !== 'undefined') setUp();

function setUp() {
  const box = document.querySelector('[data-gl-filter]');
  const input = box?.querySelector('input[type="search"]');
  const status = box?.querySelector('[data-gl-status]');
  if (!(box instanceof HTMLElement) || !(input instanceof HTMLInputElement) || !(status instanceof HTMLElement)) return;
  // Narrowed once here: the closures below would otherwise see the unnarrowed types.
  const field = input;
  const statusLine = status;

  const items = [...document.querySelectorAll('li[data-forms]')].map((li) => {
    /** @type {Form[]} */
    const forms = (li.getAttribute('data-forms') ?? '').split('\n').map((line) => {
      const i = line.indexOf(':');
      const f = line.slice(i + 1);
      return { lang: line.slice(0, i), form: f, folded: fold(f) };
    });
    const label = li.querySelector('.gl-index-label');
    return { li: /** @type {HTMLElement} */ (li), forms, label: fold(label?.textContent ?? ''), note: /** @type {HTMLElement | null} */ (null) };
  });
  const groups = [...document.querySelectorAll('section.gl-group')].map((section) => ({
    section: /** @type {HTMLElement} */ (section),
    items: items.filter((it) => section.contains(it.li)),
    jump: section.id ? document.querySelector(`.gl-jump a[href="#${CSS.escape(section.id)}"]`)?.closest('li') : null,
  }));
  const plural = new Intl.PluralRules(document.documentElement.lang);

  /** @param {number} n */
  function countText(n) {
    if (n === 0) return statusLine.dataset.none ?? '';
    const key = plural.select(n) === 'one' ? 'one' : 'other';
    return (statusLine.dataset[key] ?? '').replace('{n}', String(n));
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let announce;

  function apply() {
    const query = fold(field.value);
    let shown = 0;
    for (const it of items) {
      const match = query === '' ? undefined : matchingForm(it.forms, query);
      const visible = query === '' || match !== undefined;
      it.li.hidden = !visible;
      if (visible) shown += 1;
      // Say which form matched when it is not the label the reader sees.
      const other = match && !it.label.includes(query) ? match : undefined;
      if (other) {
        if (!it.note) {
          it.note = document.createElement('span');
          it.note.className = 'gl-index-match';
          it.li.querySelector('.gl-index-label')?.after(it.note);
        }
        it.note.lang = other.lang;
        it.note.textContent = other.form;
        it.note.hidden = false;
      } else if (it.note) it.note.hidden = true;
    }
    for (const g of groups) {
      const empty = g.items.every((it) => it.li.hidden);
      g.section.hidden = empty;
      if (g.jump instanceof HTMLElement) g.jump.hidden = empty;
    }
    clearTimeout(announce);
    // Announce once typing pauses, not at every key.
    announce = setTimeout(() => {
      statusLine.textContent = query === '' ? '' : countText(shown);
    }, 500);
  }

  input.addEventListener('input', apply);
  // A query in the address (?q=…) is applied on arrival, so a filtered list can be shared.
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    apply();
  }
}
