// @ts-check
/**
 * Edition pages only: a paragraph's number (its permalink, `a.block-link`) also offers "cite this
 * paragraph". Activating it still goes to `#p-N` (the address to copy); this script then opens a
 * small panel under the paragraph, copied from `#cite-paragraph-template` with the number filled
 * in. Focus moves into the panel; Escape or "Close" removes it and returns focus to the number.
 * One panel at a time. Without JavaScript the number is a plain link.
 *
 * Plain JavaScript served as it is (public/): the content security policy allows no inline script.
 */
const template = document.getElementById('cite-paragraph-template');

/** @type {{ panel: HTMLElement, link: HTMLAnchorElement } | null} */
let openPanel = null;

function close(returnFocus = true) {
  if (!openPanel) return;
  const { panel, link } = openPanel;
  openPanel = null;
  panel.remove();
  if (returnFocus) link.focus();
}

/** @param {HTMLElement} panel @param {string} text */
async function copy(panel, text) {
  const status = panel.querySelector('.para-cite-status');
  const say = (/** @type {string} */ key) => {
    if (!(status instanceof HTMLElement)) return;
    status.textContent = '';
    window.setTimeout(() => (status.textContent = status.dataset[key] ?? ''), 50);
  };
  try {
    await navigator.clipboard.writeText(text);
    say('copied');
  } catch {
    say('failed');
  }
}

/** @param {HTMLAnchorElement} link */
function openFor(link) {
  if (!(template instanceof HTMLTemplateElement)) return;
  const block = link.closest('.block');
  const n = link.textContent?.trim();
  if (!(block instanceof HTMLElement) || !n) return;
  close(false);
  const slot = template.dataset.slot ?? '{n}';
  // The template is this page's own markup; only the paragraph number is put in.
  const html = template.innerHTML.split(slot).join(n);
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const panel = holder.firstElementChild;
  if (!(panel instanceof HTMLElement)) return;
  panel.setAttribute('aria-labelledby', `para-cite-title-${n}`);
  panel.querySelector('.para-cite-title')?.setAttribute('id', `para-cite-title-${n}`);
  // A <div> cannot go inside a <p>: after a paragraph or table figure, inside a list item.
  if (block.tagName === 'LI') block.append(panel);
  else block.after(panel);
  panel.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.dataset.action === 'close') close();
    else if (button.dataset.text) void copy(panel, button.dataset.text);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  openPanel = { panel, link };
  panel.focus();
}

if (template instanceof HTMLTemplateElement) {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.block-link') : null;
    if (!(link instanceof HTMLAnchorElement) || !link.closest('.edition-body')) return;
    // Let the browser follow the link (the address bar then holds the paragraph's URL), then open.
    window.setTimeout(() => openFor(link), 0);
  });
}

// A module (it is loaded with type="module"): its names stay out of the other scripts' scope.
export {};
