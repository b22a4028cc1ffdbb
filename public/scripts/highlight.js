// @ts-check
/**
 * On an edition reached from a search result (/ru/articles/x/?hl=мягкая%20сила#p-12), marks the
 * query's words in the paragraph the link points to, and nowhere else: the reader sees why the
 * paragraph was found without the whole article lighting up.
 *
 * Deliberately small, and loads nothing: not the index, not the analyser. It matches a word when
 * it begins with the query word less its final vowels (сила → сил finds силы, мягкая → мягк finds
 * мягкой), or when the two share most of their length (Қазақстанның finds Қазақстанда); case,
 * ё, the Kazakh letters and the Uzbek apostrophes are folded first (казакстан finds Қазақстан,
 * O'zbekiston finds Oʻzbekiston). Close enough for a paragraph the index has already matched.
 *
 * Plain JavaScript served as it is (public/), never inlined: the site's CSP allows no inline script.
 */

const KAZAKH = /** @type {Record<string, string>} */ ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' });
const APOSTROPHES = /[ʻʼ'‘’`´]/g;
/** A word: letters, marks and digits, joined by apostrophes (Oʻzbekiston, O'zbekiston). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['‘’`][\p{L}\p{M}\p{N}]+)*/gu;
/** Endings dropped from a query word before it is used as a prefix. */
const FINAL_VOWELS = /[aeiouyаеиоуыэюяйьъ]+$/u;
/** Apparatus inside a paragraph that is not its text (as the index leaves it out). */
const SKIP = '.block-link, .ann-ref, .title-ann-ref, .sidenote, .cite, .provenance-label, .backlinks, .visually-hidden, [aria-hidden="true"], mark';

/** @param {string} s */
export function fold(s) {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/g, (c) => KAZAKH[c] ?? c)
    .replace(APOSTROPHES, '');
}

/**
 * The query's words as matchers. Words of one or two letters (of, в, da) would mark half the
 * paragraph; they count only when the query has nothing longer.
 * @param {string} query
 */
export function queryWords(query) {
  const all = [...fold(query).matchAll(WORD)].map((m) => m[0]);
  const long = all.filter((w) => w.length >= 3);
  return [...new Set(long.length > 0 ? long : all)].map((word) => {
    const stem = word.length > 3 ? word.replace(FINAL_VOWELS, '') : word;
    return { word, stem: stem.length >= 3 ? stem : word };
  });
}

/**
 * @param {string} text a word of the text
 * @param {{ word: string, stem: string }[]} query
 */
export function matches(text, query) {
  const w = fold(text);
  return query.some(({ word, stem }) => {
    if (word.length < 3) return w === word;
    if (w.startsWith(stem)) return true;
    let common = 0;
    while (common < w.length && common < word.length && w[common] === word[common]) common += 1;
    return common >= Math.max(4, Math.ceil(0.75 * Math.min(w.length, word.length)));
  });
}

/**
 * Wraps the matching words inside `root` in <mark class="search-hl">; returns how many.
 * @param {Element} root
 * @param {string} query
 */
export function highlight(root, query) {
  const words = queryWords(query);
  if (words.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  /** @type {Text[]} */
  const texts = [];
  while (walker.nextNode()) texts.push(/** @type {Text} */ (walker.currentNode));
  let count = 0;
  for (const node of texts) {
    const value = node.data;
    const hits = [...value.matchAll(WORD)].filter((m) => matches(m[0], words));
    if (hits.length === 0) continue;
    const out = document.createDocumentFragment();
    let at = 0;
    for (const m of hits) {
      const start = m.index ?? 0;
      if (start > at) out.append(value.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hl';
      mark.textContent = m[0];
      out.append(mark);
      at = start + m[0].length;
      count += 1;
    }
    if (at < value.length) out.append(value.slice(at));
    node.replaceWith(out);
  }
  return count;
}

if (typeof document !== 'undefined') {
  const query = new URLSearchParams(location.search).get('hl');
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed fragment names no paragraph; the raw one is tried as it is.
  }
  const target = query && id ? document.getElementById(id) : null;
  // A retired paragraph id is an empty anchor inside the paragraph that took its place.
  const block = target?.classList.contains('block-anchor') ? target.closest('.block') : target;
  if (query && block?.closest('main')) highlight(block, query.slice(0, 200));
}
