// The report form's proof of work, computed offline in the browser: find a nonce so that SHA-256 of
// "challenge:nonce" starts with the number of zero bits the server asks (data-bits). Also "use my position".
(function () {
  const form = document.getElementById('report-form');
  if (!form) { return; }
  const bits = parseInt(form.dataset.bits || '0', 10);
  const status = document.getElementById('pow-status');
  let solved = false;
  function zeroBits(bytes, n) {
    for (let i = 0; i < n; i++) {
      if ((bytes[i >> 3] & (0x80 >> (i & 7))) !== 0) { return false; }
    }
    return true;
  }
  async function solve(challenge) {
    const enc = new TextEncoder();
    for (let n = 0; ; n++) {
      const h = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(challenge + ':' + n)));
      if (zeroBits(h, bits)) { return String(n); }
    }
  }
  form.addEventListener('submit', function (e) {
    if (solved) { return; }
    e.preventDefault();
    const button = document.getElementById('send');
    button.disabled = true;
    if (status) { status.dataset.state = 'working'; }
    solve(form.elements['challenge'].value).then(function (nonce) {
      document.getElementById('nonce').value = nonce;
      solved = true;
      if (status) { status.dataset.state = 'done'; }
      form.submit();
    });
  });
  const locate = document.getElementById('locate');
  if (locate && navigator.geolocation) {
    locate.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (p) {
        document.getElementById('lat').value = p.coords.latitude.toFixed(6);
        document.getElementById('lon').value = p.coords.longitude.toFixed(6);
      });
    });
  } else if (locate) {
    locate.hidden = true;
  }
})();
