// @ts-check
/**
 * Citation pages only. Makes the copy buttons work (they are data-js-only, shown only with
 * JavaScript: public/styles/no-js.css; without it the text is selected and copied by hand) and fills in the paragraph citations for the paragraph
 * the reader picks, or the one named by `?p=12` (the "cite" link of a paragraph's permalink).
 * Feedback goes to one polite live region, so a screen reader hears "Copied" once.
 *
 * Plain JavaScript served as it is (public/): the content security policy allows no inline script.
 */
const statusRegion = document.querySelector('.cite-status');

/** @param {string} message */
function announce(message) {
  if (!(statusRegion instanceof HTMLElement)) return;
  // Clearing first makes a repeated message ("Copied", "Copied") be announced again.
  statusRegion.textContent = '';
  window.setTimeout(() => (statusRegion.textContent = message), 50);
}

/** @param {string} text */
async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    announce(statusRegion instanceof HTMLElement ? (statusRegion.dataset.copied ?? '') : '');
  } catch {
    announce(statusRegion instanceof HTMLElement ? (statusRegion.dataset.failed ?? '') : '');
  }
}

for (const button of document.querySelectorAll('button.cite-copy')) {
  if (!(button instanceof HTMLButtonElement)) continue;
  button.addEventListener('click', () => {
    const from = button.dataset.copyFrom;
    const source = from ? button.closest('section')?.querySelector(from) : null;
    const text = source ? (source.textContent ?? '') : (button.dataset.copyText ?? '');
    void copy(text.trim());
  });
}

const section = document.querySelector('section.cite-paragraph');
const select = document.getElementById('cite-paragraph-number');
if (section instanceof HTMLElement && select instanceof HTMLSelectElement) {
  const slot = section.dataset.slot ?? '{n}';
  const base = section.dataset.editionUrl ?? '';

  /** @param {string} n */
  const fill = (n) => {
    for (const ref of section.querySelectorAll('.cite-intext-ref')) {
      if (!(ref instanceof HTMLElement)) continue;
      // The template is the style's own HTML (italics), generated at build time from our data.
      ref.innerHTML = (ref.dataset.templateHtml ?? '').split(slot).join(n);
    }
    const label = section.querySelector('.cite-paragraph-url-label');
    if (label instanceof HTMLElement) label.textContent = (label.dataset.templateText ?? '').split(slot).join(n);
    const url = section.querySelector('.cite-paragraph-url');
    if (url) url.textContent = `${base}#p-${n}`;
  };

  const wanted = new URLSearchParams(window.location.search).get('p');
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  fill(select.value);
  select.addEventListener('change', () => fill(select.value));
}

// A module (it is loaded with type="module"): its names stay out of the other scripts' scope.
export {};
