// Compose: sends the browser's time zone along, so that a person's zone is known from their first schedule.
(() => {
  const zone = document.getElementById('browser-zone');
  if (zone) {
    try {
      zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
      zone.value = '';
    }
  }
})();
