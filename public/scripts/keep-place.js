// Language links on an edition land on the same place in the other edition: paragraph ids are
// the same in every language, so the fragment of the current place is carried over. The place is
// the fragment in the address bar, or else the first numbered block at the top of the window.
// Without JavaScript the links still work; they open the other edition at its start.

const nav = document.querySelector('.language-switcher');

function currentPlace() {
  if (location.hash.length > 1) return location.hash;
  const blocks = document.querySelectorAll('main .block[id]');
  for (const block of blocks) {
    const box = block.getBoundingClientRect();
    if (box.bottom > 0) return box.top < 0 || window.scrollY > 0 ? `#${block.id}` : '';
  }
  return '';
}

function update() {
  const place = currentPlace();
  for (const link of nav.querySelectorAll('a[href]')) {
    const url = new URL(link.href, location.href);
    url.hash = place;
    link.href = url.href;
  }
}

if (nav) {
  // Before the link is followed, however it is followed (click, keyboard, middle-click, new tab).
  for (const type of ['pointerdown', 'focusin', 'click']) nav.addEventListener(type, update);
}
