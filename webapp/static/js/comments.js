// Comment threads and the inbox: deleting asks first; a saved reply picked in a reply box gets the
// commenter's username in place of {username}.
(() => {
  document.querySelectorAll('form.confirm-delete').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm('Delete this for good? This cannot be undone.')) event.preventDefault();
    });
  });
  document.querySelectorAll('input.reply-input').forEach((input) => {
    input.addEventListener('input', () => {
      if (input.value.includes('{username}')) {
        input.value = input.value.split('{username}').join(input.dataset.username || '');
      }
    });
  });
})();
