// "Insert hashtag set" on the compose page: lists the person's hashtag sets (GET /research/sets.json) and appends
// the chosen set's hashtags that the caption does not have yet, unless that would take the caption past Instagram's
// 30 hashtags (counted as compose.js and ComposeRules count them). The caption's 'input' event updates the counters.
(() => {
  const control = document.getElementById('hashtag-set-control');
  const caption = document.getElementById('caption');
  if (!control || !caption) return;
  const choice = document.getElementById('hashtag-set-choice');
  const message = document.getElementById('hashtag-set-message');
  const HASHTAG = /(^|[^\w&])#([\p{L}\p{N}_]+)/gu;
  const MAX = 30;
  let sets = [];

  const present = () => Array.from(caption.value.matchAll(HASHTAG), (m) => m[2].toLowerCase());

  function say(text, problem) {
    message.textContent = text;
    message.classList.toggle('text-danger', problem);
  }

  fetch(control.dataset.setsUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : []))
    .then((list) => {
      sets = list;
      if (sets.length === 0) return;
      sets.forEach((set) => {
        const option = document.createElement('option');
        option.value = set.id;
        option.textContent = set.name + ' (' + set.tags.length + ')';
        choice.appendChild(option);
      });
      control.classList.remove('d-none');
    })
    .catch(() => {});

  document.getElementById('insert-hashtag-set').addEventListener('click', () => {
    const set = sets.find((s) => s.id === choice.value);
    if (!set) return;
    const have = present();
    const missing = set.tags.filter((t) => !have.includes(t.toLowerCase()));
    const total = have.length + missing.length;
    if (total > MAX) {
      say('Not inserted: the caption would have ' + total + ' hashtags; Instagram allows ' + MAX + '.', true);
      return;
    }
    if (missing.length === 0) {
      say('The caption already has every hashtag of "' + set.name + '".', false);
      return;
    }
    const text = caption.value;
    const joiner = text.length === 0 ? '' : (/\s$/.test(text) ? '' : '\n\n');
    caption.value = text + joiner + missing.map((t) => '#' + t).join(' ');
    caption.dispatchEvent(new Event('input', { bubbles: true }));
    say('Inserted ' + missing.length + ' hashtag' + (missing.length === 1 ? '' : 's') + ' from "' + set.name + '".', false);
  });
})();
