// Compose page: shows only the options the chosen post type takes (the server refuses the others anyway),
// counts the caption against Instagram's limits as you type, adds fresh uploads to the list, and draws a
// preview shaped like Instagram's (square-ish feed frame with carousel dots, 9:16 for reels and stories).
(() => {
  const form = document.getElementById('compose-form');
  if (!form) return;
  const caption = document.getElementById('caption');
  const items = document.getElementById('compose-items');
  const HASHTAG = /(^|[^\w&])#[\p{L}\p{N}_]+/gu;
  const MENTION = /(^|[^\w.])@[A-Za-z0-9._]+/g;
  const HINTS = { PHOTO: 'one photo', CAROUSEL: '2 to 10, photos and videos', REEL: 'one video', VIDEO: 'one video', STORY: 'one photo or video' };

  const type = () => (form.querySelector('input[name="type"]:checked') || { value: 'PHOTO' }).value;

  function showOptions() {
    const t = type();
    form.querySelectorAll('.opt').forEach((el) => el.classList.toggle('d-none', !el.dataset.types.split(' ').includes(t)));
    document.getElementById('item-hint').textContent = '(' + HINTS[t] + ')';
    preview();
  }

  function count() {
    if (!caption) return;
    const text = caption.value;
    const chars = Array.from(text).length;
    const tags = (text.match(HASHTAG) || []).length;
    const mentions = (text.match(MENTION) || []).length;
    set('count-chars', chars, 2200);
    set('count-tags', tags, 30);
    set('count-mentions', mentions, 20);
    preview();
  }

  function set(id, value, max) {
    const el = document.getElementById(id);
    el.textContent = value.toLocaleString();
    el.classList.toggle('text-danger', value > max);
    el.classList.toggle('fw-bold', value > max);
  }

  function chosen() {
    return Array.from(items.querySelectorAll('.item-choice:checked')).map((box) => box.closest('.compose-item'));
  }

  function preview() {
    const t = type();
    const media = document.getElementById('preview-media');
    const dots = document.getElementById('preview-dots');
    const frame = document.getElementById('preview');
    frame.classList.toggle('ig-preview-tall', t === 'REEL' || t === 'VIDEO' || t === 'STORY');
    dots.replaceChildren();
    const list = chosen();
    const account = form.querySelector('input[name="account"]:checked');
    document.getElementById('preview-account').textContent = account
      ? account.parentElement.querySelector('label span').textContent : 'your account';
    const first = list[0];
    const tag = first && (first.dataset.kind === 'VIDEO' ? 'VIDEO' : 'IMG');
    // the photo or video already shown stays: this runs on every change of the form, and a change fires when
    // the caption loses focus, i.e. on the mousedown of a click on the preview; an element replaced between
    // mousedown and mouseup gets no click (no tag placed) and a video would start again
    const shown = media.querySelector('.ig-preview-img');
    const keep = shown && shown.tagName === tag && shown.dataset.src === first.dataset.src ? shown : null;
    Array.from(media.children).forEach((child) => { if (child !== keep) child.remove(); }); // not out and back in
    if (!keep) media.replaceChildren(); // the "choose a photo" text node
    if (first) {
      const el = keep || (tag === 'VIDEO' ? document.createElement('video') : document.createElement('img'));
      if (!keep) {
        el.src = first.dataset.src;
        el.dataset.src = first.dataset.src;
        if (el.tagName === 'VIDEO') { el.muted = true; el.controls = true; }
        el.alt = '';
        el.className = 'ig-preview-img';
        media.appendChild(el);
      }
      if (t === 'CAROUSEL') list.forEach((_, i) => { const d = document.createElement('span'); d.className = 'ig-dot' + (i === 0 ? ' active' : ''); dots.appendChild(d); });
    }
    document.getElementById('preview-caption').textContent = t === 'STORY' || !caption ? '' : caption.value;
  }

  // a fresh upload joins the list, chosen
  document.addEventListener('igstudio:uploaded', (event) => {
    const item = event.detail;
    if (!item.id) return;
    const li = document.createElement('li');
    li.className = 'compose-item d-flex gap-2 align-items-start mb-2';
    li.dataset.id = item.id; li.dataset.kind = item.kind; li.dataset.src = item.previewUrl;
    const box = document.createElement('input');
    box.type = 'checkbox'; box.name = 'item'; box.value = item.id; box.checked = true;
    box.className = 'form-check-input mt-2 item-choice'; box.id = 'item-' + item.id;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = item.name + ' · ' + item.width + '×' + item.height;
    const body = document.createElement('div');
    body.className = 'flex-grow-1 small';
    body.appendChild(label);
    if (item.kind === 'IMAGE') {
      const alt = document.createElement('input');
      alt.type = 'text'; alt.name = 'alt_' + item.id; alt.maxLength = 1000;
      alt.className = 'form-control form-control-sm mt-1 opt'; alt.dataset.types = 'PHOTO CAROUSEL';
      alt.placeholder = 'Alt text (describes the photo for people who cannot see it)';
      body.appendChild(alt);
    }
    li.append(box, body);
    items.appendChild(li);
    const none = document.getElementById('no-files');
    if (none) none.remove();
    showOptions();
  });

  form.addEventListener('change', showOptions);
  if (caption) caption.addEventListener('input', count);
  showOptions();
  count();
})();
