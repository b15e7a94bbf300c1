// Noticeboard preview: reloads this tab when the site has been rebuilt.
// Served only by `noticeboard serve`; never part of the published site.
(function () {
  var lost = false;
  function listen() {
    var events = new EventSource('/_noticeboard/events');
    events.addEventListener('reload', function () { window.location.reload(); });
    events.onopen = function () { if (lost) { window.location.reload(); } };
    events.onerror = function () {
      lost = true;
      // A dropped stream is retried by the browser; a refused one (the server answers 503
      // when too many tabs listen) is closed for good, so try again a little later.
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(listen, 10000);
      }
    };
  }
  listen();
})();
