// People tags: click the preview where someone is on the photo to tag them there (x and y from 0 to 1: the share
// of the photo's width and height from its top left corner, the way Instagram takes user_tags). Each item has
// a "people to tag" field the clicks write into; reels and stories take usernames typed there too.
(() => {
  const form = document.getElementById('compose-form');
  const media = document.getElementById('preview-media');
  const place = document.getElementById('tag-place');
  if (!form || !media || !place) return;
  const username = document.getElementById('tag-username');
  const where = document.getElementById('tag-where');
  const PLACED = ['PHOTO', 'CAROUSEL', 'STORY'];
  let spot = null;

  const type = () => (form.querySelector('input[name="type"]:checked') || { value: 'PHOTO' }).value;
  // the item the preview shows (the first, or the one a carousel was swiped to)
  const firstChosen = () => {
    const boxes = Array.from(form.querySelectorAll('.item-choice:checked'));
    const box = boxes[Number(media.dataset.index || 0)] || boxes[0];
    return box ? box.closest('.compose-item') : null;
  };
  const field = (item) => item && item.querySelector('input.item-tags');

  // a fresh upload (added by compose.js) gets its field too
  document.addEventListener('igstudio:uploaded', (event) => {
    const item = form.querySelector(`.compose-item[data-id="${event.detail.id}"]`);
    if (!item || field(item)) return;
    const input = document.createElement('input');
    input.type = 'text';
    input.name = 'tags_' + event.detail.id;
    input.maxLength = 1000;
    input.className = 'form-control form-control-sm mt-1 opt item-tags';
    input.dataset.types = event.detail.kind === 'VIDEO' ? 'REEL VIDEO STORY' : 'PHOTO CAROUSEL STORY';
    input.placeholder = event.detail.kind === 'VIDEO' ? 'People to tag: usernames, separated by ;'
      : 'People to tag: click the preview where they are';
    item.querySelector('.flex-grow-1').appendChild(input);
    form.dispatchEvent(new Event('change'));
  });

  // where the photo is drawn inside the frame (the preview crops it like Instagram: object-fit cover)
  function geometry(img) {
    const box = img.getBoundingClientRect();
    const scale = Math.max(box.width / img.naturalWidth, box.height / img.naturalHeight);
    const width = img.naturalWidth * scale;
    const height = img.naturalHeight * scale;
    return { box, width, height, left: (box.width - width) / 2, top: (box.height - height) / 2 };
  }

  const tagsOf = (text) => text.split(/[;\n]/).map((e) => e.trim().split(/\s+/)).filter((p) => p.length === 3)
    .map(([name, x, y]) => ({ name: name.replace(/^@/, ''), x: Number(x), y: Number(y) }))
    .filter((t) => t.x >= 0 && t.x <= 1 && t.y >= 0 && t.y <= 1);

  function showMarkers() {
    media.querySelectorAll('.ig-tag-marker').forEach((m) => m.remove());
    const img = media.querySelector('img.ig-preview-img');
    const input = field(firstChosen());
    if (!img || !input || !img.naturalWidth || !PLACED.includes(type())) return;
    const g = geometry(img);
    tagsOf(input.value).forEach((t) => {
      const marker = document.createElement('span');
      marker.className = 'ig-tag-marker';
      marker.textContent = t.name;
      marker.style.left = (g.left + t.x * g.width) + 'px';
      marker.style.top = (g.top + t.y * g.height) + 'px';
      media.appendChild(marker);
    });
  }

  media.addEventListener('click', (event) => {
    if (media.dataset.swiped) return;
    const img = media.querySelector('img.ig-preview-img');
    const item = firstChosen();
    if (!img || !img.naturalWidth || !field(item) || item.dataset.kind !== 'IMAGE' || !PLACED.includes(type())) return;
    const g = geometry(img);
    const x = (event.clientX - g.box.left - g.left) / g.width;
    const y = (event.clientY - g.box.top - g.top) / g.height;
    if (x < 0 || x > 1 || y < 0 || y > 1) return;
    spot = { item, x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 };
    where.textContent = `${Math.round(spot.x * 100)}% across, ${Math.round(spot.y * 100)}% down`;
    place.classList.remove('d-none');
    username.focus();
  });

  function add() {
    const name = username.value.trim().replace(/^@/, '');
    if (!name || !spot) return;
    const input = field(spot.item);
    const before = input.value.trim().replace(/;$/, '');
    input.value = (before ? before + '; ' : '') + `${name} ${spot.x} ${spot.y}`;
    input.dispatchEvent(new Event('input', { bubbles: true })); // drafts save themselves
    username.value = '';
    place.classList.add('d-none');
    spot = null;
    showMarkers();
  }

  document.getElementById('tag-add').addEventListener('click', add);
  username.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') { event.preventDefault(); add(); } // not the compose form's submit
    if (event.key === 'Escape') { place.classList.add('d-none'); spot = null; }
  });
  // compose.js redraws the preview on every change; the markers follow it
  form.addEventListener('change', () => setTimeout(showMarkers));
  form.addEventListener('input', () => setTimeout(showMarkers));
  media.addEventListener('load', showMarkers, true);
  media.addEventListener('igstudio:preview-item', showMarkers);
  showMarkers();
})();
