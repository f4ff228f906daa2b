// The entity page's neighbour graph: cytoscape draws labels on a canvas, so names are never parsed as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var holder = document.getElementById('graph');
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: 'nodes', data: { id: n.id, label: n.label }, classes: n.self ? 'self' : '' });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, label: e.label, event: e.event } });
  });
  var cy = cytoscape({
    container: holder,
    elements: elements,
    layout: { name: data.nodes.length > 2 ? 'cose' : 'grid', animate: false, padding: 30 },
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#5b7fa6', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4 } },
      { selector: 'node.self', style: { 'background-color': '#a3192e', 'width': 38, 'height': 38 } },
      { selector: 'edge', style: { 'width': 2, 'line-color': '#b8bec8', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9, 'color': '#666', 'text-rotation': 'autorotate' } }
    ]
  });
  cy.on('tap', 'node', function (evt) {
    window.location.href = '/entities/find?name=' + encodeURIComponent(evt.target.id());
  });
  cy.on('tap', 'edge', function (evt) {
    window.location.href = '/events/' + encodeURIComponent(evt.target.data('event'));
  });
  holder.setAttribute('data-ready', String(data.nodes.length));
})();
