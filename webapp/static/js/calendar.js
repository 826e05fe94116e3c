// Calendar: drag a scheduled post onto another day (month view: same time of day) or hour (week view: same
// minutes) to reschedule it. Without JavaScript each post links to its edit form, which does the same.
(() => {
  const calendar = document.getElementById('calendar');
  if (!calendar) return;
  const problem = document.getElementById('calendar-problem');
  let dragged = null;

  calendar.querySelectorAll('.calendar-post.movable').forEach((post) => {
    post.addEventListener('dragstart', (event) => {
      dragged = post;
      event.dataTransfer.setData('text/plain', post.dataset.post);
      event.dataTransfer.effectAllowed = 'move';
    });
  });

  const target = (cell, local) => {
    const time = local.substring(11, 16);
    if (cell.dataset.hour !== undefined) {
      const hour = String(cell.dataset.hour).padStart(2, '0');
      return `${cell.dataset.date}T${hour}:${time.substring(3)}`;
    }
    return `${cell.dataset.date}T${time}`;
  };

  const move = (postId, at) => {
    const body = new URLSearchParams({ at });
    return fetch(`${calendar.dataset.move}${postId}/move`, {
      method: 'POST',
      headers: { 'X-CSRF-TOKEN': calendar.dataset.csrf, 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      credentials: 'same-origin',
    }).then((response) => {
      if (response.ok) {
        window.location.reload();
        return null;
      }
      return response.text().then((text) => {
        problem.textContent = text || 'The post could not be moved.';
        problem.classList.remove('d-none');
      });
    });
  };

  calendar.querySelectorAll('.drop').forEach((cell) => {
    cell.addEventListener('dragover', (event) => {
      if (!dragged) return;
      event.preventDefault();
      cell.classList.add('calendar-drop-over');
    });
    cell.addEventListener('dragleave', () => cell.classList.remove('calendar-drop-over'));
    cell.addEventListener('drop', (event) => {
      event.preventDefault();
      cell.classList.remove('calendar-drop-over');
      if (!dragged) return;
      const at = target(cell, dragged.dataset.local);
      const postId = dragged.dataset.post;
      dragged = null;
      if (at.substring(0, 16) !== '') move(postId, at);
    });
  });
})();
