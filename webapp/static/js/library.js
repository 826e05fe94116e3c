// Media library uploads: each chosen or dropped file is sent on its own (multipart, Krazo's CSRF token in
// the X-CSRF-TOKEN header), with a progress bar, and its result or problem is shown next to its name.
(() => {
  const form = document.getElementById('upload-form');
  if (!form) return;
  const input = document.getElementById('upload-files');
  const results = document.getElementById('upload-results');

  function row(file) {
    const li = document.createElement('li');
    li.className = 'upload-row mb-2';
    const name = document.createElement('span');
    name.className = 'upload-name me-2';
    name.textContent = file.name;
    const bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    const status = document.createElement('span');
    status.className = 'upload-status ms-2';
    li.append(name, bar, status);
    results.appendChild(li);
    return { li, bar, status };
  }

  function send(file) {
    const { li, bar, status } = row(file);
    const data = new FormData();
    data.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-CSRF-TOKEN', form.dataset.csrf);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) bar.value = (100 * e.loaded) / e.total; });
    xhr.addEventListener('load', () => {
      bar.value = 100;
      let answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { /* shown below */ }
      const item = answer && answer.files && answer.files[0];
      if (!item) { status.textContent = 'The upload failed. Try again.'; li.classList.add('text-danger'); return; }
      li.dataset.id = item.id || '';
      if (item.problem) {
        status.textContent = item.problem;
        li.classList.add(item.id ? 'text-warning-emphasis' : 'text-danger');
        li.classList.add('upload-problem');
      } else {
        status.textContent = 'Ready (' + item.width + '×' + item.height + ')';
        li.classList.add('text-success', 'upload-done');
      }
      document.dispatchEvent(new CustomEvent('igstudio:uploaded', { detail: item }));
    });
    xhr.addEventListener('error', () => { status.textContent = 'The upload failed. Try again.'; li.classList.add('text-danger'); });
    xhr.send(data);
  }

  input.addEventListener('change', () => { Array.from(input.files).forEach(send); input.value = ''; });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('dragover', (e) => { e.preventDefault(); form.classList.add('dragging'); });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('dragging');
    Array.from(e.dataTransfer.files).forEach(send);
  });
})();
