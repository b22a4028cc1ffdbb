// @ts-check
/**
 * Glossary popovers on edition pages (loaded only where the text has term links). The plugin
 * links the first occurrence of each glossary term in a section:
 *
 *   <a class="term" href="/en/glossary/soft-power/" data-term="soft-power">soft power</a>
 *
 * and the page's own glossary (#glossary) has an item for each term:
 *
 *   <div class="gl-term" id="glossary-soft-power"><dt>…</dt><dd><p class="gl-term-def">…</p>
 *   <ul class="gl-term-langs"><li><span lang="ru">Русский</span> <a lang="ru" href="…">мягкая сила</a></li>…</ul>…</dd></div>
 *
 * This script builds a popover from that item (no request, no data in the page's script) and,
 * while it is open, puts it in the DOM right after its term, so that Tab goes from the term into
 * its links; closed, it is not in the document at all (the paragraph's text stays the text). It opens
 * on keyboard focus at once and on hover after a short delay; it stays open while the pointer is
 * on the term or the popover, or the focus is in either (WCAG 1.4.13: hoverable, persistent);
 * Escape closes it without moving the focus (dismissible), unless the focus was inside it, in
 * which case the focus goes back to the term. The term's accessible description is the short
 * definition in the page's glossary. Without JavaScript the term is a plain link to the entry page.
 *
 * Plain JavaScript served as it is (public/), never inlined: the site's CSP allows no inline script.
 */
const OPEN_DELAY = 300;
const CLOSE_DELAY = 300;
/** Space kept between the popover and the edges of the viewport, in CSS pixels. */
const EDGE = 8;
/** Gap between the term's line and the popover. */
const GAP = 6;

/**
 * @typedef {{
 *   term: HTMLAnchorElement, pop: HTMLElement,
 *   hoverTerm: boolean, hoverPop: boolean, hover: boolean, focus: boolean, dismissed: boolean,
 *   returning: boolean, timer: ReturnType<typeof setTimeout> | undefined
 * }} Popover
 */

/** @type {Popover[]} */
const popovers = [];
/** @type {Popover | undefined} */
let current;

let count = 0;
for (const term of document.querySelectorAll('.edition-body a.term[data-term]')) {
  if (!(term instanceof HTMLAnchorElement)) continue;
  const pop = build(term);
  if (pop)
    popovers.push(wire({ term, pop, hoverTerm: false, hoverPop: false, hover: false, focus: false, dismissed: false, returning: false, timer: undefined }));
}

/**
 * The popover for `term`, from the page's glossary item; undefined when the page has none.
 * @param {HTMLAnchorElement} term
 */
function build(term) {
  const item = document.getElementById(`glossary-${term.dataset.term}`);
  const def = item?.querySelector('.gl-term-def');
  const label = item?.querySelector('.gl-term-label');
  if (!item || !def || !label) return undefined;
  count += 1;
  const pop = document.createElement('span');
  pop.className = 'term-pop';
  pop.id = `term-pop-${count}`;
  // Spans only: the popover stands inside a paragraph.
  const head = document.createElement('span');
  head.className = 'term-pop-label';
  head.textContent = label.textContent;
  const text = document.createElement('span');
  text.className = 'term-pop-def';
  text.textContent = def.textContent;
  const langs = document.createElement('span');
  langs.className = 'term-pop-langs';
  for (const li of item.querySelectorAll('.gl-term-langs > li')) {
    const row = document.createElement('span');
    row.className = 'term-pop-lang';
    for (const node of li.childNodes) row.append(node.cloneNode(true));
    langs.append(row);
  }
  pop.append(head, text, langs);
  const lang = item.closest('[lang]')?.getAttribute('lang');
  if (lang) pop.lang = lang;
  if (def.id) term.setAttribute('aria-describedby', def.id);
  return pop;
}

/** @param {Popover} p */
function wire(p) {
  const { term, pop } = p;
  /** @param {PointerEvent} e */
  const mouse = (e) => e.pointerType === 'mouse' || e.pointerType === 'pen';
  term.addEventListener('pointerenter', (e) => {
    if (!mouse(e)) return;
    // Coming back to a dismissed term is asking for it again.
    p.dismissed = false;
    p.hoverTerm = true;
    settleHover(p, pop.isConnected ? 0 : OPEN_DELAY);
  });
  pop.addEventListener('pointerenter', (e) => {
    if (!mouse(e)) return;
    p.hoverPop = true;
    settleHover(p, 0);
  });
  for (const el of [term, pop])
    el.addEventListener('pointerleave', (e) => {
      if (!mouse(e)) return;
      if (el === term) p.hoverTerm = false;
      else p.hoverPop = false;
      settleHover(p, CLOSE_DELAY);
    });
  term.addEventListener('focus', () => {
    // A new focus asks for the popover again; the focus that Escape gives back does not.
    if (!p.returning) p.dismissed = false;
    p.focus = true;
    update(p);
  });
  for (const el of [term, pop])
    el.addEventListener('focusout', (e) => {
      const to = e.relatedTarget;
      if (to instanceof Node && (term.contains(to) || pop.contains(to))) return;
      p.focus = false;
      update(p);
    });
  return p;
}

/**
 * The hover state after `delay`: moving from the term to the popover (or back) crosses a gap,
 * and a pointer passing over a term on its way elsewhere should not open anything.
 * @param {Popover} p
 * @param {number} delay
 */
function settleHover(p, delay) {
  clearTimeout(p.timer);
  const apply = () => {
    p.hover = p.hoverTerm || p.hoverPop;
    update(p);
  };
  if (delay === 0) apply();
  else p.timer = setTimeout(apply, delay);
}

/** @param {Popover} p */
function update(p) {
  if (!p.hover && !p.focus) p.dismissed = false;
  const open = (p.hover || p.focus) && !p.dismissed;
  if (open && !p.pop.isConnected) show(p);
  else if (!open && p.pop.isConnected) hide(p);
}

/** @param {Popover} p */
function show(p) {
  if (current && current !== p) hide(current);
  current = p;
  p.term.after(p.pop);
  place(p);
}

/** @param {Popover} p */
function hide(p) {
  p.pop.remove();
  if (current === p) current = undefined;
}

/**
 * Below the term's last line, or above its first when there is no room below; moved sideways to
 * stay in the viewport. Coordinates are relative to the popover's positioned ancestor.
 * @param {Popover} p
 */
function place({ term, pop }) {
  const parent = pop.offsetParent ?? document.body;
  const box = parent.getBoundingClientRect();
  const lines = term.getClientRects();
  const first = lines[0] ?? term.getBoundingClientRect();
  const last = lines[lines.length - 1] ?? first;
  const viewportWidth = document.documentElement.clientWidth;
  const width = pop.offsetWidth;
  const height = pop.offsetHeight;
  const left = Math.max(EDGE, Math.min(first.left, viewportWidth - width - EDGE));
  let top = last.bottom + GAP;
  if (top + height > window.innerHeight - EDGE && first.top - GAP - height >= EDGE) top = first.top - GAP - height;
  pop.style.left = `${left - box.left - parent.clientLeft}px`;
  pop.style.top = `${top - box.top - parent.clientTop}px`;
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !current) return;
  const p = current;
  p.dismissed = true;
  clearTimeout(p.timer);
  // The popover leaves the document: it can no longer be hovered, and the focus must not go with it.
  p.hoverPop = false;
  p.hover = p.hoverTerm;
  if (p.pop.contains(document.activeElement)) {
    p.returning = true;
    p.term.focus();
    p.returning = false;
  }
  hide(p);
});

window.addEventListener('resize', () => {
  if (current) place(current);
});
