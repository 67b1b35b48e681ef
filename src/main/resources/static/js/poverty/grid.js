// The keyboard-only grid of form B (poverty/grid.html). Tab moves from cell to cell as in any form; Enter saves the
// row (when something was typed in it) and moves to the same column of the next row; Space ticks an indicator.
// "Save all" sends only the rows typed in, so a draft carried over from last year stays a draft until the officer
// touches and saves it. No library but htmx, which the layout loads.
(function () {
  'use strict';
  var table = document.getElementById('survey-grid');
  var form = document.getElementById('survey-grid-form');
  if (!table || !form) {
    return;
  }
  function rowOf(el) {
    return el.closest('tr[data-code]');
  }
  table.addEventListener('input', function (event) {
    var row = rowOf(event.target);
    if (row) {
      row.setAttribute('data-dirty', '1');
    }
  });
  table.addEventListener('change', function (event) {
    var row = rowOf(event.target);
    if (row) {
      row.setAttribute('data-dirty', '1');
    }
  });
  table.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.target.tagName !== 'INPUT') {
      return;
    }
    event.preventDefault();
    var row = rowOf(event.target);
    if (!row) {
      return;
    }
    var cells = Array.prototype.slice.call(row.querySelectorAll('input:not([type=hidden])'));
    var column = cells.indexOf(event.target);
    var next = row.nextElementSibling;
    while (next && !next.hasAttribute('data-code')) {
      next = next.nextElementSibling;
    }
    if (row.getAttribute('data-dirty') === '1') {
      var save = row.querySelector('.grid-save');
      if (save) {
        save.click();
      }
    }
    if (next) {
      var target = next.querySelectorAll('input:not([type=hidden])')[column];
      if (target) {
        target.focus();
        if (target.select) {
          target.select();
        }
      }
    }
  });
  form.addEventListener('submit', function () {
    table.querySelectorAll('tr[data-code]').forEach(function (row) {
      if (row.getAttribute('data-dirty') !== '1') {
        row.querySelectorAll('input').forEach(function (input) {
          input.disabled = true;
        });
      }
    });
  });
})();
