// The decision form: the box of a proposing residential area checks or clears all its households at once, and
// shows as undetermined when only some are checked.
(function () {
  document.querySelectorAll('.proposal').forEach(function (group) {
    var all = group.querySelector('[data-check-area]');
    var boxes = group.querySelectorAll('input[name=subject]');
    if (!all) {
      return;
    }
    all.addEventListener('change', function () {
      boxes.forEach(function (c) { c.checked = all.checked; });
      all.indeterminate = false;
    });
    boxes.forEach(function (c) {
      c.addEventListener('change', function () {
        var checked = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
        all.checked = checked === boxes.length;
        all.indeterminate = checked > 0 && checked < boxes.length;
      });
    });
  });
})();
