// @ts-check
/**
 * `/` anywhere outside a text field goes to the search box: the header's, or on the search page
 * the page's own (both are marked data-search-shortcut). Every page loads this, so it stays tiny
 * and loads nothing else; the header box is a plain form and needs no script to work.
 * Plain JavaScript served as it is (public/), never inlined: the site's CSP allows no inline script.
 */

/** @param {EventTarget | null} el */
function typingIn(el) {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  // A checkbox or a button takes no text: `/` there still means search.
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(el.type);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return;
  if (typingIn(event.target)) return;
  const box = document.querySelector('input[data-search-shortcut]');
  const form = box?.closest('form');
  if (!(box instanceof HTMLInputElement) || !form) return;
  // Firefox's quick find also listens for `/`; here the reader asked for the site's search.
  event.preventDefault();
  if (box.offsetParent !== null) {
    box.focus();
    box.select();
  } else location.assign(form.action);
});
