// "Load more" on an account's grid: fetch the next items and append them; without JavaScript the link
// still works (it opens the next items as a page).
document.addEventListener('click', async (event) => {
  const link = event.target.closest('#load-more');
  if (!link) return;
  event.preventDefault();
  link.classList.add('disabled');
  const response = await fetch(link.href, { credentials: 'same-origin', headers: { 'X-IGStudio-Fragment': 'grid' } });
  if (!response.ok) { link.classList.remove('disabled'); return; }
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const grid = document.getElementById('media-grid');
  doc.querySelectorAll('#more-items .media-item').forEach((item) => grid.appendChild(document.importNode(item, true)));
  const next = doc.getElementById('more-next');
  if (next) { link.href = next.href; link.classList.remove('disabled'); } else { link.parentElement.remove(); }
});
