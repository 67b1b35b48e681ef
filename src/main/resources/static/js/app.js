// Behaviour shared by all pages. No inline scripts anywhere: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Any form or button with data-confirm asks before it acts (destructive actions).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
  document.addEventListener('click', function (event) {
    var el = event.target.closest('[data-confirm]:not(form)');
    if (el && !window.confirm(el.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  // Upload forms (hx-post with hx-encoding="multipart/form-data") that name a <progress> in data-progress
  // show the upload's progress there while htmx sends the file.
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest('[data-progress]');
    if (!form || !event.detail.lengthComputable) {
      return;
    }
    var bar = document.getElementById(form.getAttribute('data-progress'));
    if (bar) {
      bar.hidden = false;
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
    }
  });
  // A unit picker ([data-unit-picker] with data-target naming an input of comma-separated unit codes): typing a
  // name (accents optional) lists matching units from the territory API; choosing one adds its code to the input.
  document.querySelectorAll('[data-unit-picker]').forEach(function (picker) {
    var input = picker.querySelector('input[type=search]');
    var list = picker.querySelector('.unit-picker-results');
    var target = document.getElementById(picker.getAttribute('data-target'));
    var timer = null;
    function add(code) {
      var codes = target.value.split(/[,;\s]+/).filter(function (c) { return c.length > 0; });
      if (codes.indexOf(code) < 0) {
        codes.push(code);
      }
      target.value = codes.join(', ');
      list.innerHTML = '';
      input.value = '';
      target.focus();
    }
    function show(items) {
      list.innerHTML = '';
      items.forEach(function (u) {
        var li = document.createElement('li');
        li.className = 'list-group-item list-group-item-action p-1';
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-link btn-sm text-start w-100 text-decoration-none';
        var where = (u.ancestors || []).filter(function (a) { return a.code !== 'VN'; })
          .map(function (a) { return a.name; }).reverse().join(', ');
        button.textContent = u.fullName + (where ? ' – ' + where : '') + ' (' + u.code + ')';
        button.addEventListener('click', function () { add(u.code); });
        li.appendChild(button);
        list.appendChild(li);
      });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) {
        list.innerHTML = '';
        return;
      }
      timer = setTimeout(function () {
        fetch('/api/v1/units?size=8&q=' + encodeURIComponent(q), {credentials: 'same-origin',
          headers: {'Accept': 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : {items: []}; })
          .then(function (page) { show(page.items || []); })
          .catch(function () { list.innerHTML = ''; });
      }, 250);
    });
  });
})();
