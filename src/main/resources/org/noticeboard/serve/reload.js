// Noticeboard preview: reloads this tab when the site has been rebuilt.
// Served only by `noticeboard serve`; never part of the published site.
(function () {
  var lost = false;
  var events = new EventSource('/_noticeboard/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.onerror = function () { lost = true; };
  events.onopen = function () { if (lost) { window.location.reload(); } };
})();
