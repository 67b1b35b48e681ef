// The offline map (Leaflet from a WebJar): a plain background with the units' names at their centres, no tiles
// unless the page names a tile server (chungsuc.map.tile-url). data-map="pick" lets the citizen mark the place of
// his report (it fills #lat and #lon); data-map="reports" draws the public reports counted per rounded cell.
(function () {
  if (typeof L === 'undefined') { return; }
  document.querySelectorAll('[data-map]').forEach(function (el) {
    const places = JSON.parse(el.dataset.places || '[]');
    const points = JSON.parse(el.dataset.points || '[]');
    const map = L.map(el, { attributionControl: false, zoomSnap: 0.5 });
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, { maxZoom: 19 }).addTo(map);
    }
    const bounds = [];
    places.forEach(function (p) {
      L.marker([p.lat, p.lon], {
        interactive: false,
        icon: L.divIcon({ className: 'map-unit-label', html: '', iconSize: [0, 0] })
      }).bindTooltip(p.name, { permanent: true, direction: 'center', className: 'map-unit-name' }).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    points.forEach(function (c) {
      const open = c.open > 0;
      L.circleMarker([c.lat, c.lon], {
        radius: Math.min(6 + 2 * Math.sqrt(c.n), 18), color: open ? '#b02a37' : '#146c43', weight: 1,
        fillColor: open ? '#dc3545' : '#198754', fillOpacity: 0.6
      }).bindTooltip(String(c.n) + (open ? ' (' + c.open + ')' : '')).addTo(map);
      bounds.push([c.lat, c.lon]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
    } else {
      map.setView([16.0, 106.0], 5);
    }
    if (el.dataset.map === 'pick') {
      const lat = document.getElementById('lat');
      const lon = document.getElementById('lon');
      let mark = null;
      function put(ll) {
        if (mark) { mark.setLatLng(ll); } else { mark = L.circleMarker(ll, { radius: 8, color: '#0d6efd' }).addTo(map); }
      }
      if (lat && lon && lat.value && lon.value && !isNaN(parseFloat(lat.value)) && !isNaN(parseFloat(lon.value))) {
        put([parseFloat(lat.value), parseFloat(lon.value)]);
      }
      map.on('click', function (e) {
        put(e.latlng);
        if (lat) { lat.value = e.latlng.lat.toFixed(6); }
        if (lon) { lon.value = e.latlng.lng.toFixed(6); }
      });
      const clear = document.getElementById('map-clear');
      if (clear) {
        clear.addEventListener('click', function () {
          if (mark) { map.removeLayer(mark); mark = null; }
          if (lat) { lat.value = ''; }
          if (lon) { lon.value = ''; }
        });
      }
    }
  });
})();
