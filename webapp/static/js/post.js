// A post's progress: asks the small status endpoint every few seconds until the post is published (then
// shows the permalink) or stopped; the page itself never reloads.
(() => {
  const box = document.getElementById('progress');
  if (!box || box.dataset.finished === 'true') return;
  const show = (id, text) => {
    const el = document.getElementById(id);
    el.textContent = text || '';
    el.classList.toggle('d-none', !text);
  };
  // the waiting reason's time in the person's zone and language, as local-time.js shows every <time>
  const showWaiting = (s) => {
    document.getElementById('post-waiting-before').textContent = s.waitingBefore || s.waiting || '';
    document.getElementById('post-waiting-after').textContent = s.waitingAfter || '';
    const time = document.getElementById('post-waiting-at');
    const when = s.waitingAt ? new Date(s.waitingAt) : null;
    time.classList.toggle('d-none', !when);
    if (when && !Number.isNaN(when.getTime())) {
      time.setAttribute('datetime', s.waitingAt);
      time.textContent = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
      time.title = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' }).format(when);
    }
  };
  async function poll() {
    try {
      const response = await fetch(box.dataset.status, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.ok) {
        const s = await response.json();
        document.getElementById('post-step').textContent = s.step;
        showWaiting(s);
        show('post-failure', s.failure);
        if (s.permalink) {
          document.getElementById('post-permalink').href = s.permalink;
          document.getElementById('post-permalink-line').classList.remove('d-none');
        }
        if (s.finished) {
          if (s.state === 'FAILED' || s.state === 'PUBLISHED') window.location.reload();
          return;
        }
      }
    } catch (ignored) { /* the next poll tries again */ }
    setTimeout(poll, 3000);
  }
  setTimeout(poll, 1500);
})();
