// Drag a lesson's period to another slot of its class's week: the server checks the move at once; a move that
// would break a hard rule is explained, and kept only if the principal confirms the override.
(function () {
  let dragged = null;
  function send(table, body) {
    return fetch(table.dataset.move, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [table.dataset.csrfHeader]: table.dataset.csrf },
      body: JSON.stringify(body)
    }).then(r => r.json().then(json => ({ status: r.status, json })));
  }
  document.querySelectorAll('table.timetable-grid[data-move]').forEach(table => {
    table.addEventListener('dragstart', e => {
      const cell = e.target.closest('td[draggable=true]');
      if (!cell) return;
      dragged = cell;
      e.dataTransfer.setData('text/plain', cell.dataset.lesson);
    });
    table.addEventListener('dragover', e => {
      if (dragged && e.target.closest('td') && dragged.closest('table') === table) e.preventDefault();
    });
    table.addEventListener('drop', e => {
      const target = e.target.closest('td');
      if (!dragged || !target || target === dragged) return;
      e.preventDefault();
      const body = {
        lesson: dragged.dataset.lesson, fromDay: dragged.dataset.day, fromSession: dragged.dataset.session,
        fromPeriod: Number(dragged.dataset.period), toDay: target.dataset.day, toSession: target.dataset.session,
        toPeriod: Number(target.dataset.period), override: false
      };
      dragged = null;
      send(table, body).then(({ status, json }) => {
        if (status === 200) { location.reload(); return; }
        if (status === 409 && json.broken && confirm(json.explanation + '\n\n' + table.dataset.override)) {
          body.override = true;
          send(table, body).then(() => location.reload());
          return;
        }
        if (json.detail) alert(json.detail);
      });
    });
  });
})();
