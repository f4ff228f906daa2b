// The map page: Natural Earth country shapes (a static file, no tile server), events placed as the GeoJSON export
// places them, and watched places. Tooltips are DOM elements filled with textContent, never HTML strings.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('map-data').textContent);
  var holder = document.getElementById('map');
  var map = L.map(holder, { worldCopyJump: false, minZoom: 1, maxZoom: 9, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Shapes: Natural Earth (public domain)');
  var colours = { asserted: '#1f6f3f', alleged: '#b36b00', uncertain: '#6b6b6b', denied: '#a3192e' };
  var opacity = [0.25, 0.35, 0.45, 0.6, 0.75, 0.88, 1];

  function tip(lines) {
    var el = document.createElement('div');
    lines.forEach(function (l, i) {
      var line = document.createElement(i === 0 ? 'b' : 'div');
      line.textContent = l;
      el.appendChild(line);
    });
    return el;
  }
  function band(p) {
    if (p == null) return 0;
    return p < 0.05 ? 0 : p < 0.2 ? 1 : p < 0.45 ? 2 : p < 0.55 ? 3 : p < 0.8 ? 4 : p < 0.95 ? 5 : 6;
  }
  function mark(layer, props) {
    layer.bindTooltip(tip([props.title, (props.when || 'undated') + ' · ' + props.status + ' · ' + (props.likelihood || '')]));
    layer.on('click', function () { window.location.href = '/events/' + encodeURIComponent(props.id); });
    layer.on('add', function () {
      var el = layer.getElement && layer.getElement();
      if (el) { el.setAttribute('data-event-id', props.id); el.classList.add('event-mark'); }
    });
    return layer;
  }
  // an arrowhead at the destination end, as a small triangle in screen-independent degrees
  function arrowhead(from, to, style) {
    var dx = to[1] - from[1], dy = to[0] - from[0];
    var len = Math.sqrt(dx * dx + dy * dy) || 1;
    var size = Math.min(3, len / 4);
    var ux = dx / len, uy = dy / len;
    var base = [to[0] - uy * size, to[1] - ux * size];
    return L.polygon([to, [base[0] + ux * size / 2, base[1] - uy * size / 2], [base[0] - ux * size / 2, base[1] + uy * size / 2]],
      { color: style.color, fillColor: style.color, fillOpacity: style.opacity, weight: 1, interactive: false });
  }

  var shapes = L.featureGroup().addTo(map);
  var events = L.featureGroup().addTo(map);
  var places = L.featureGroup().addTo(map);

  data.events.features.forEach(function (f) {
    var p = f.properties;
    var style = { color: colours[p.status] || '#444', opacity: opacity[band(p.probability)] };
    var g = f.geometry;
    if (g.type === 'Point') {
      mark(L.circleMarker([g.coordinates[1], g.coordinates[0]],
        { radius: 8, color: style.color, fillColor: style.color, fillOpacity: style.opacity, weight: 2 }), p).addTo(events);
    } else if (g.type === 'LineString') {
      var from = [g.coordinates[0][1], g.coordinates[0][0]];
      var to = [g.coordinates[1][1], g.coordinates[1][0]];
      mark(L.polyline([from, to], { color: style.color, opacity: style.opacity, weight: 3 }), p).addTo(events);
      arrowhead(from, to, style).addTo(events);
    }
  });
  data.places.forEach(function (pl) {
    var m = L.rectangle([[pl.lat - 0.15, pl.lon - 0.15], [pl.lat + 0.15, pl.lon + 0.15]],
      { color: '#234', weight: 1, fillColor: '#fff', fillOpacity: 0.9 });
    m.bindTooltip(tip([pl.name, pl.kind]));
    m.on('click', function () { window.location.href = '/places/' + encodeURIComponent(pl.id); });
    m.addTo(places);
  });

  if (events.getLayers().length > 0) map.fitBounds(events.getBounds().pad(0.6), { maxZoom: 5 });
  else map.fitBounds([[20, 90], [60, 150]]);

  fetch('/static/geo/countries-110m.geojson')
    .then(function (r) { return r.json(); })
    .then(function (world) {
      L.geoJSON(world, {
        style: { color: '#8a8f98', weight: 0.7, fillColor: '#eef0e6', fillOpacity: 1 },
        onEachFeature: function (f, layer) { layer.bindTooltip(tip([f.properties.name]), { sticky: true }); }
      }).addTo(shapes);
      shapes.bringToBack();
      holder.setAttribute('data-ready', String(events.getLayers().length));
    });
})();
