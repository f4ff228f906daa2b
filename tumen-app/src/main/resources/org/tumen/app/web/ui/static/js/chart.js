// The place page's activity chart: stacked bars of crossings, transfers and status changes per week or month, with
// the detected signals marked above the bars. d3 sets all text with .text().
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var holder = document.getElementById('chart');
  if (data.buckets.length === 0) { holder.setAttribute('data-ready', '0'); return; }
  var keys = ['crossings', 'transfers', 'status_changes'];
  var colours = { crossings: '#1f6f3f', transfers: '#5b7fa6', status_changes: '#b36b00' };
  var width = Math.max(480, holder.clientWidth || 800), height = 260;
  var margin = { top: 48, right: 16, bottom: 48, left: 36 };
  var svg = d3.select(holder).append('svg').attr('width', width).attr('height', height);
  var x = d3.scaleBand().domain(data.buckets.map(function (b) { return b.start; }))
    .range([margin.left, width - margin.right]).padding(0.2);
  var max = d3.max(data.buckets, function (b) { return b.crossings + b.transfers + b.status_changes; }) || 1;
  var y = d3.scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  var stacked = d3.stack().keys(keys)(data.buckets);
  svg.append('g').selectAll('g').data(stacked).join('g').attr('fill', function (s) { return colours[s.key]; })
    .selectAll('rect').data(function (s) { return s; }).join('rect')
    .attr('x', function (d) { return x(d.data.start); })
    .attr('y', function (d) { return y(d[1]); })
    .attr('height', function (d) { return y(d[0]) - y(d[1]); })
    .attr('width', x.bandwidth())
    .append('title').text(function (d) { return d.data.start; });
  svg.append('g').attr('transform', 'translate(0,' + (height - margin.bottom) + ')')
    .call(d3.axisBottom(x).tickValues(x.domain().filter(function (d, i, all) { return all.length < 16 || i % Math.ceil(all.length / 12) === 0; })))
    .selectAll('text').attr('transform', 'rotate(-30)').attr('text-anchor', 'end');
  svg.append('g').attr('transform', 'translate(' + margin.left + ',0)').call(d3.axisLeft(y).ticks(Math.min(max, 6)).tickFormat(d3.format('d')));
  var week = data.step === 'week';
  var stackedLabels = {};
  data.signals.forEach(function (s) {
    var day = new Date(s.at + 'T00:00:00Z');
    var start;
    if (week) { var dow = (day.getUTCDay() + 6) % 7; day.setUTCDate(day.getUTCDate() - dow); start = day.toISOString().slice(0, 10); }
    else start = s.at.slice(0, 7) + '-01';
    if (x(start) === undefined) return;
    var k = stackedLabels[start] = (stackedLabels[start] || 0) + 1;
    svg.append('text').attr('x', x(start) + x.bandwidth() / 2).attr('y', margin.top - 6 - (k - 1) * 12)
      .attr('text-anchor', 'middle').attr('class', 'signal').text(s.kind);
  });
  var legend = svg.append('g').attr('transform', 'translate(' + margin.left + ',4)');
  keys.forEach(function (k, i) {
    legend.append('rect').attr('x', i * 100).attr('width', 10).attr('height', 10).attr('fill', colours[k]);
    legend.append('text').attr('x', i * 100 + 14).attr('y', 9).attr('font-size', 11).text(k.replace('_', ' '));
  });
  holder.setAttribute('data-ready', String(data.buckets.length));
})();
