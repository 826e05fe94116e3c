// Carousel preview: swipe (or drag) the preview, press the arrow keys on it, or click a dot to see each item of
// the carousel in turn, as on Instagram (no wrapping round). compose.js draws the first item; this shows the others.
(() => {
  const form = document.getElementById('compose-form');
  const media = document.getElementById('preview-media');
  const dots = document.getElementById('preview-dots');
  if (!form || !media || !dots) return;
  let index = 0;
  let startX = null;

  const type = () => (form.querySelector('input[name="type"]:checked') || { value: 'PHOTO' }).value;
  const chosen = () => Array.from(form.querySelectorAll('.item-choice:checked')).map((box) => box.closest('.compose-item'));

  function show(i) {
    const list = chosen();
    if (type() !== 'CAROUSEL' || list.length < 2) return;
    index = Math.max(0, Math.min(i, list.length - 1));
    const item = list[index];
    const el = item.dataset.kind === 'VIDEO' ? document.createElement('video') : document.createElement('img');
    el.src = item.dataset.src;
    el.dataset.src = item.dataset.src; // compose.js keeps an element that already shows the chosen file
    if (el.tagName === 'VIDEO') { el.muted = true; el.controls = true; }
    el.alt = '';
    el.className = 'ig-preview-img';
    const old = media.querySelector('.ig-preview-img');
    if (old) old.replaceWith(el); else media.prepend(el);
    media.dataset.index = String(index);
    Array.from(dots.children).forEach((dot, n) => dot.classList.toggle('active', n === index));
    media.dispatchEvent(new CustomEvent('igstudio:preview-item', { detail: { index } }));
  }

  media.tabIndex = 0;
  media.addEventListener('pointerdown', (event) => { startX = event.clientX; });
  media.addEventListener('pointerup', (event) => {
    if (startX === null) return;
    const dx = event.clientX - startX;
    startX = null;
    if (Math.abs(dx) > 30) {
      media.dataset.swiped = 'true'; // not a click that places a tag
      setTimeout(() => { delete media.dataset.swiped; }, 0);
      show(index + (dx < 0 ? 1 : -1));
    }
  });
  media.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') { event.preventDefault(); show(index + 1); }
    if (event.key === 'ArrowLeft') { event.preventDefault(); show(index - 1); }
  });
  dots.addEventListener('click', (event) => {
    const n = Array.from(dots.children).indexOf(event.target);
    if (n >= 0) show(n);
  });
  // compose.js draws the first item again on every change of the form
  form.addEventListener('change', () => { index = 0; media.dataset.index = '0'; });
})();
