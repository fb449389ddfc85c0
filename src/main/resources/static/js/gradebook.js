// The gradebook grid: keyboard-first entry (arrows, Enter, Tab), paste a block from Excel, each cell saved on
// its own as soon as it changes, with its saved state shown, its problem explained, and a conflict reported.
(function () {
  const table = document.getElementById('gradebook');
  if (!table) return;
  const status = document.getElementById('gradebook-status');
  const inputs = Array.from(table.querySelectorAll('input.mark'));
  const at = (row, col) => table.querySelector(`input.mark[data-row="${row}"][data-col="${col}"]`);

  function show(text, bad) {
    status.textContent = text;
    status.className = 'small mb-1 ' + (bad ? 'text-danger' : 'text-success');
  }

  async function save(input) {
    if (input.value === input.dataset.saved) return;
    const row = input.closest('tr');
    input.classList.remove('is-invalid', 'is-valid');
    show(table.dataset.saving, false);
    let response;
    try {
      response = await fetch(table.dataset.save, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': document.documentElement.lang || 'vi',
                   [table.dataset.csrfHeader]: table.dataset.csrf },
        body: JSON.stringify({ studentId: Number(row.dataset.student), column: input.dataset.column,
                               value: input.value, version: Number(input.dataset.version) })
      });
    } catch (e) {
      input.classList.add('is-invalid');
      show(table.dataset.failed, true);
      return;
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      input.classList.add('is-invalid');
      input.title = body.detail || table.dataset.failed;
      show(input.title, true);
      return;
    }
    input.value = decimalComma(body.value);
    input.dataset.saved = input.value;
    input.dataset.version = body.version;
    input.title = '';
    input.classList.add('is-valid');
    row.querySelector('.result').textContent = decimalComma(body.result || '');
    show(table.dataset.saved, false);
  }

  inputs.forEach(input => {
    input.dataset.saved = input.value;
    input.addEventListener('change', () => save(input));
    input.addEventListener('keydown', e => {
      const row = Number(input.dataset.row), col = Number(input.dataset.col);
      const moves = { ArrowUp: [row - 1, col], ArrowDown: [row + 1, col], Enter: [row + 1, col],
                      ArrowLeft: [row, col - 1], ArrowRight: [row, col + 1] };
      if (!(e.key in moves)) return;
      if ((e.key === 'ArrowLeft' && input.selectionStart > 0) ||
          (e.key === 'ArrowRight' && input.selectionEnd < input.value.length)) return;
      const next = at(...moves[e.key]);
      if (next) {
        e.preventDefault();
        save(input);
        next.focus();
        next.select();
      }
    });
    input.addEventListener('paste', e => {
      const text = (e.clipboardData || window.clipboardData).getData('text');
      if (!text.includes('\t') && !text.includes('\n')) return;
      e.preventDefault();
      const startRow = Number(input.dataset.row), startCol = Number(input.dataset.col);
      text.replace(/\r/g, '').replace(/\n$/, '').split('\n').forEach((line, r) => {
        line.split('\t').forEach((value, c) => {
          const target = at(startRow + r, startCol + c);
          if (target && !target.readOnly) {
            target.value = value.trim();
            save(target);
          }
        });
      });
    });
  });
})();

// Marks are shown with the Vietnamese decimal comma (6,5); the server reads either.
function decimalComma(text) {
  return /^-?\d+\.\d+$/.test(text) ? text.replace('.', ',') : text;
}
