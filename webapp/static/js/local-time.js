// Dates and times in the person's own time zone and language. The server writes
// <time datetime="2026-11-08T13:27:26Z" data-format="date|datetime"> with a readable UTC text as fallback;
// here the text is replaced with the browser's Intl formatting (its time zone and locale).
(() => {
  const styles = {
    date: { dateStyle: 'medium' },
    datetime: { dateStyle: 'medium', timeStyle: 'short' },
  };
  const localise = (root) => {
    root.querySelectorAll('time[datetime]').forEach((time) => {
      const when = new Date(time.getAttribute('datetime'));
      if (Number.isNaN(when.getTime())) return;
      const style = styles[time.dataset.format] || styles.datetime;
      time.textContent = new Intl.DateTimeFormat(undefined, style).format(when);
      time.title = new Intl.DateTimeFormat(undefined, { ...styles.datetime, timeZoneName: 'short' }).format(when);
      time.dataset.localised = 'true';
    });
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => localise(document));
  } else {
    localise(document);
  }
})();
