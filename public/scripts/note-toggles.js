// @ts-check
/**
 * Annotation markers on narrow screens (edition pages only). The body renders each annotation as
 *
 *   <span class="ann" id="ann-ID"><span class="ann-text">…</span>
 *   <a class="ann-ref" href="#note-ID" aria-describedby="sn-ID"><sup>M</sup></a>
 *   <span class="sidenote" id="sn-ID" role="note">…</span></span>
 *
 * On wide screens CSS shows `.sidenote` in the margin and the marker stays a link to the note in
 * the list of editorial notes, as it is without JavaScript. Below the breakpoint this script makes
 * the marker a toggle button (role=button, aria-expanded; Enter and Space) that shows the note
 * right below its line; Escape closes it and returns focus to the marker.
 *
 * Plain JavaScript served as it is (public/): Astro would inline a small bundled script into the
 * page, and the site's content security policy allows no inline script.
 */
const WIDE = '(min-width: 1100px)';
const OPEN = 'is-open';

/** @typedef {{ ref: HTMLAnchorElement, ann: HTMLElement, note: HTMLElement }} Marker */

/** @type {Marker[]} */
const markers = [];
for (const ref of document.querySelectorAll('.edition-body a.ann-ref')) {
  if (!(ref instanceof HTMLAnchorElement)) continue;
  const ann = ref.closest('.ann');
  const id = ref.getAttribute('aria-describedby');
  const note = id ? document.getElementById(id) : null;
  if (ann instanceof HTMLElement && note) markers.push({ ref, ann, note });
}

/** @type {Marker | undefined} */
let lastOpened;

/** @param {Marker} m @param {boolean} open */
function setOpen(m, open) {
  m.ann.classList.toggle(OPEN, open);
  m.ref.setAttribute('aria-expanded', String(open));
  if (open) lastOpened = m;
}

/** @param {Marker} m */
const isOpen = (m) => m.ann.classList.contains(OPEN);

const media = window.matchMedia(WIDE);
const narrow = () => !media.matches;

function enhance() {
  for (const m of markers) {
    if (narrow()) {
      m.ref.setAttribute('role', 'button');
      m.ref.setAttribute('aria-controls', m.note.id);
      m.ref.setAttribute('aria-expanded', String(isOpen(m)));
    } else {
      m.ref.removeAttribute('role');
      m.ref.removeAttribute('aria-controls');
      m.ref.removeAttribute('aria-expanded');
      m.ann.classList.remove(OPEN);
    }
  }
}

enhance();
media.addEventListener('change', enhance);

for (const m of markers) {
  // Enter activates a link by itself (as a click); as a button it must also answer Space.
  m.ref.addEventListener('click', (event) => {
    if (!narrow()) return;
    event.preventDefault();
    setOpen(m, !isOpen(m));
  });
  m.ref.addEventListener('keydown', (event) => {
    if (!narrow() || event.key !== ' ') return;
    event.preventDefault();
    setOpen(m, !isOpen(m));
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !narrow()) return;
  const open = markers.filter(isOpen);
  if (open.length === 0) return;
  // Close the note that holds the focus (its marker or a link in it), else the one opened last.
  const active = document.activeElement;
  const current = open.find((m) => m.ann.contains(active)) ?? (lastOpened && isOpen(lastOpened) ? lastOpened : open[open.length - 1]);
  if (!current) return;
  setOpen(current, false);
  current.ref.focus();
});
