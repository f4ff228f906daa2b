// The timeline page: events from the page's JSON block on a vis 4 timeline. vis inserts string content with
// innerHTML, so every item's content and tooltip are DOM elements whose text is set with textContent.
(function () {
  'use strict';
  var holder = document.getElementById('timeline');
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }
  var items = data.items.map(function (e) {
    var content = text('span', e.label);
    content.setAttribute('data-event-id', e.id);
    var tip = document.createElement('div');
    tip.appendChild(text('b', e.type));
    tip.appendChild(text('div', e.title));
    tip.appendChild(text('div', e.status + ', ' + e.likelihood + ', ' + e.start + (e.end ? ' to ' + e.end : '')));
    var item = {
      id: e.id,
      content: content,
      title: tip,
      start: e.start,
      className: 'status-' + e.status + ' likely-' + e.band
    };
    if (e.end) { item.end = e.end; item.type = 'range'; } else { item.type = 'point'; }
    return item;
  });
  if (items.length === 0) {
    holder.appendChild(text('p', 'No dated events to show.', 'empty'));
    return;
  }
  // open on the last three years that have events: a few old events would otherwise squeeze the recent ones
  var last = data.items.reduce(function (m, e) { return e.start > m ? e.start : m; }, data.items[0].start);
  var end = new Date(last + 'T00:00:00Z');
  end.setUTCMonth(end.getUTCMonth() + 3);
  var start = new Date(end.getTime());
  start.setUTCFullYear(start.getUTCFullYear() - 3);
  var timeline = new vis.Timeline(holder, new vis.DataSet(items), {
    start: start,
    end: end,
    stack: true,
    maxHeight: 640,
    zoomKey: 'ctrlKey',
    tooltip: { followMouse: true },
    margin: { item: 6 }
  });
  timeline.on('select', function (props) {
    if (props.items.length === 1) window.location.href = '/events/' + encodeURIComponent(props.items[0]);
  });
  // vis draws on animation frames: the page is ready for a reader (and a test) once it has drawn
  var ready = function () { holder.setAttribute('data-ready', String(items.length)); };
  timeline.on('changed', ready);
  window.setTimeout(ready, 2000);
})();
