// Keyboard moderation in the inbox: j/k move between comments, r puts the cursor in the reply box,
// h hides or unhides, d deletes (after confirming). Keys typed into a field are left alone.
(() => {
  const items = Array.from(document.querySelectorAll('.inbox-item'));
  if (items.length === 0) return;
  let current = -1;
  const select = (index) => {
    if (index < 0 || index >= items.length) return;
    if (current >= 0) items[current].classList.remove('inbox-current');
    current = index;
    items[current].classList.add('inbox-current');
    items[current].focus();
    items[current].scrollIntoView({ block: 'nearest' });
  };
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.matches('input, textarea, select')) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    const item = items[current];
    switch (event.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current < 0 ? 0 : current - 1); break;
      case 'r': {
        const box = item && item.querySelector('.reply-input');
        if (box) { event.preventDefault(); box.focus(); }
        break;
      }
      case 'h': {
        const button = item && item.querySelector('.hide-button, .unhide-button');
        if (button) button.click();
        break;
      }
      case 'd': {
        const button = item && item.querySelector('.delete-button');
        if (button) button.click();
        break;
      }
      default: return;
    }
  });
})();
