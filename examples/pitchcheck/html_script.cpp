// The report's script: sorting the ranking table, and the tooltip that shows a highlight's findings on hover
// or keyboard focus. It builds the tooltip with textContent only, never from markup. The page is complete
// without it: the table is ranked and every finding is listed under its pitch.
#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

constexpr const char* kScript = R"js(
(function () {
  'use strict';
  var doc = document;

  // ---- Sorting: select a heading; select it again to reverse. The order is kept in the address
  // (#sort=score-desc), so a sorted view can be bookmarked or shared.
  var table = doc.getElementById('ranking-table');
  function value(row, column, type) {
    var cell = row.cells[column];
    var v = cell ? cell.getAttribute('data-v') : '';
    return type === 'num' ? Number(v) : String(v).toLowerCase();
  }
  function sortTable(key, direction) {
    if (!table) return false;
    var heads = table.tHead.rows[0].cells, column = -1, type = 'num';
    for (var i = 0; i < heads.length; i++) {
      var button = heads[i].querySelector('button');
      if (button && button.getAttribute('data-key') === key) { column = i; type = button.getAttribute('data-type'); }
    }
    if (column < 0) return false;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var sign = direction === 'desc' ? -1 : 1;
    rows.sort(function (a, b) {
      var x = value(a, column, type), y = value(b, column, type);
      if (x < y) return -sign;
      if (x > y) return sign;
      return value(a, 0, 'num') - value(b, 0, 'num');  // ties keep the ranking
    });
    rows.forEach(function (row) { body.appendChild(row); });
    for (var k = 0; k < heads.length; k++) {
      if (k === column) heads[k].setAttribute('aria-sort', direction === 'desc' ? 'descending' : 'ascending');
      else heads[k].removeAttribute('aria-sort');
    }
    table.setAttribute('data-sorted', key + '-' + direction);
    return true;
  }
  if (table) {
    table.tHead.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-key]');
      if (!button) return;
      var th = button.parentNode;
      var current = th.getAttribute('aria-sort');
      // Numbers start high-to-low (best first) except the rank; text starts A to Z.
      var first = button.getAttribute('data-type') === 'num' && button.getAttribute('data-key') !== 'rank' ? 'desc' : 'asc';
      var direction = current === 'ascending' ? 'desc' : current === 'descending' ? 'asc' : first;
      sortTable(button.getAttribute('data-key'), direction);
      try { history.replaceState(null, '', '#sort=' + button.getAttribute('data-key') + '-' + direction); } catch (e) {}
    });
    var wanted = /^#sort=([a-z_]+)-(asc|desc)$/.exec(location.hash);
    if (wanted) sortTable(wanted[1], wanted[2]);
  }

  // ---- Tooltip for highlights: the findings the mark refers to (aria-describedby), as plain text.
  var tip = doc.getElementById('tip');
  var shownFor = null;
  function line(parent, className, text) {
    if (!text) return;
    var span = doc.createElement('span');
    span.className = className;
    span.textContent = text;
    parent.appendChild(span);
  }
  function show(mark) {
    if (!tip || shownFor === mark) return;
    shownFor = mark;
    tip.textContent = '';
    (mark.getAttribute('aria-describedby') || '').split(' ').forEach(function (id) {
      var entry = id && doc.getElementById(id);
      if (!entry) return;
      var item = doc.createElement('div');
      item.className = 'tip-item';
      var part = function (selector) { var el = entry.querySelector(selector); return el ? el.textContent : ''; };
      line(item, 'tip-rule', part('.rule'));
      line(item, 'tip-msg', part('.msg'));
      var suggestion = part('.sug');
      line(item, 'tip-sug', suggestion ? 'Instead: ' + suggestion : '');
      tip.appendChild(item);
    });
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + 'px';
    tip.style.top = (box.bottom + window.scrollY + 6) + 'px';
  }
  function hide() { if (tip) { tip.hidden = true; shownFor = null; } }
  function markOf(node) { return node && node.closest ? node.closest('mark.hl') : null; }
  doc.addEventListener('mouseover', function (event) { var m = markOf(event.target); if (m) show(m); });
  doc.addEventListener('mouseout', function (event) {
    if (markOf(event.target) && !markOf(event.relatedTarget) && doc.activeElement !== markOf(event.target)) hide();
  });
  doc.addEventListener('focusin', function (event) { var m = markOf(event.target); if (m) show(m); else hide(); });
  doc.addEventListener('focusout', function (event) { if (markOf(event.target) && !markOf(event.relatedTarget)) hide(); });
  doc.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });
  window.addEventListener('beforeprint', hide);

  doc.documentElement.setAttribute('data-ready', '1');
})();
)js";

}  // namespace

void write_html_script(std::ostream& out, std::string_view nonce) {
  out << "<script nonce=\"" << html_escape(nonce) << "\">" << kScript << "</script>\n";
}

}  // namespace pitchcheck
