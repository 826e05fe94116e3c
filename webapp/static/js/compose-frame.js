// The reel's cover frame: a scrubber over the chosen video's length; moving it shows that frame in the preview
// and writes its position (milliseconds) into the "cover frame" field, which becomes Meta's thumb_offset.
(() => {
  const form = document.getElementById('compose-form');
  const scrubber = document.getElementById('frame-scrubber');
  const offset = document.getElementById('thumbOffsetMs');
  const media = document.getElementById('preview-media');
  if (!form || !scrubber || !offset || !media) return;

  const type = () => (form.querySelector('input[name="type"]:checked') || { value: 'PHOTO' }).value;
  const video = () => media.querySelector('video');

  function seek(ms) {
    const v = video();
    if (v && Number.isFinite(v.duration)) v.currentTime = Math.min(ms / 1000, v.duration);
  }

  function setUp() {
    const v = video();
    const reel = type() === 'REEL' || type() === 'VIDEO';
    if (!reel || !v) { scrubber.classList.add('d-none'); return; }
    const ready = () => {
      const max = Math.max(0, Math.floor(v.duration * 1000) - 1);
      scrubber.max = String(max);
      scrubber.value = String(Math.min(Number(offset.value) || 0, max));
      scrubber.classList.remove('d-none');
      seek(Number(scrubber.value));
    };
    if (Number.isFinite(v.duration) && v.duration > 0) ready();
    else v.addEventListener('loadedmetadata', ready, { once: true });
  }

  scrubber.addEventListener('input', () => {
    offset.value = scrubber.value;
    seek(Number(scrubber.value));
    offset.dispatchEvent(new Event('input', { bubbles: true })); // drafts save themselves
  });
  offset.addEventListener('change', () => { scrubber.value = offset.value || '0'; seek(Number(offset.value) || 0); });
  // compose.js redraws the preview on every change of the form
  form.addEventListener('change', (event) => { if (event.target !== offset) setTimeout(setUp); });
  setUp();
})();
