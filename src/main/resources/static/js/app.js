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
})();
