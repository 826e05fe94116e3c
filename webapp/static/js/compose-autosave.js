// Drafts save themselves: two seconds after the person stops typing or changes a choice, the compose form is
// sent to /compose/autosave; the answer's draft id goes into the form, so the same draft is updated each time.
(() => {
  const form = document.getElementById('compose-form');
  const status = document.getElementById('autosave-status');
  if (!form || !form.dataset.autosave || !status) return;
  const draftId = form.querySelector('input[name=draftId]');
  const payload = () => {
    const data = new URLSearchParams(new FormData(form));
    data.delete('_csrf');
    data.delete('action');
    return data;
  };
  let last = payload().toString(); // an untouched page makes no draft
  let timer = null;
  let saving = false;
  const say = (text, when) => {
    status.textContent = text;
    if (when) {
      const time = document.createElement('time');
      time.setAttribute('datetime', when.toISOString());
      time.textContent = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(when);
      status.append(time);
    }
  };
  async function save() {
    const body = payload();
    const key = body.toString();
    if (key === last) return;
    if (saving) { later(); return; }
    saving = true;
    try {
      const response = await fetch(form.dataset.autosave, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': form.dataset.csrf, Accept: 'application/json' },
        body,
      });
      if (response.ok) {
        const answer = await response.json();
        draftId.value = answer.draftId;
        last = key;
        status.dataset.draftId = answer.draftId;
        say('Draft saved at ', new Date(answer.savedAt));
      } else {
        say(response.status === 403 ? 'Not saved: reload the page.' : 'Not saved yet; it tries again as you type.');
      }
    } catch (offline) {
      say('Not saved: IG Studio cannot be reached.');
    } finally {
      saving = false;
    }
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(save, 2000);
  }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
