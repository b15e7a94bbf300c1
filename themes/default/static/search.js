/* Noticeboard search: reads what search/index.js set (window.NOTICEBOARD_SEARCH), loads the
 * term shards of the query's terms (search/t/N.js) and the document shards of the results on
 * the page (search/d/N.js), and shows the pages that match ?q=, 20 at a time (&p=2…). Shards
 * are scripts, not fetched JSON: it works from a folder (file://) and under any sub-path. The matching repeats SearchTokens and
 * SearchIndex.search in the Java source; the tests hold the two to the same answers. */
(function () {
  'use strict';

  function isHan(c) {
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff);
  }

  function isWord(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  }

  /* Chinese runs give overlapping pairs (or the one character), ASCII words of 2+ characters. */
  function terms(text) {
    var s = text.normalize('NFKC').toLowerCase();
    var out = [];
    var i = 0;
    function add(t) { if (out.indexOf(t) < 0) { out.push(t); } }
    while (i < s.length) {
      var c = s.charCodeAt(i);
      var j = i;
      if (isHan(c)) {
        while (j < s.length && isHan(s.charCodeAt(j))) { j++; }
        if (j - i === 1) { add(s.substring(i, j)); }
        for (var k = i; k + 1 < j; k++) { add(s.substring(k, k + 2)); }
      } else if (isWord(c)) {
        while (j < s.length && isWord(s.charCodeAt(j))) { j++; }
        if (j - i >= 2) { add(s.substring(i, j)); }
      } else {
        j++;
      }
      i = j;
    }
    return out;
  }

  /* The term's shard: SearchShards.shardOf in the Java source (String.hashCode, bits mixed). */
  function shardOf(term, shards) {
    var h = 0;
    for (var i = 0; i < term.length; i++) { h = (Math.imul(h, 31) + term.charCodeAt(i)) | 0; }
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    h ^= h >>> 16;
    return (h >>> 0) % shards;
  }

  /* Postings are base-36 numbers (docDelta * 4 + weight), comma-separated. */
  function postings(encoded, visit) {
    var doc = 0;
    var parts = encoded.split(',');
    for (var i = 0; i < parts.length; i++) {
      var n = parseInt(parts[i], 36);
      doc += Math.floor(n / 4);
      visit(doc, n % 4);
    }
  }

  /* Loads each script once (a shard calls back into the index), then calls done. */
  function load(urls, done) {
    var left = urls.length;
    if (left === 0) { done(); return; }
    urls.forEach(function (url) {
      var s = document.createElement('script');
      s.src = url;
      s.onload = s.onerror = function () { left--; if (left === 0) { done(); } };
      document.head.appendChild(s);
    });
  }

  function search(index, q) {
    if (q.length === 0) { return []; }
    var required = q.length - Math.floor(q.length / 3);
    var matched = {};
    var score = {};
    q.forEach(function (term) {
      var shard = index.termShard[shardOf(term, index.termShards)] || {};
      if (!Object.prototype.hasOwnProperty.call(shard, term)) { return; }
      postings(shard[term], function (doc, weight) {
        matched[doc] = (matched[doc] || 0) + 1;
        score[doc] = (score[doc] || 0) + weight;
      });
    });
    var hits = Object.keys(matched).map(Number).filter(function (d) {
      return matched[d] >= required;
    });
    hits.sort(function (a, b) {
      return (matched[b] - matched[a]) || (score[b] - score[a]) || (a - b);
    });
    return hits;
  }

  function formatDate(iso, lang) {
    if (!iso || lang.indexOf('zh') !== 0) { return iso; }
    var p = iso.split('-');
    return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
  }

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  var PER_PAGE = 20;

  function show() {
    var box = document.getElementById('search-results');
    var index = window.NOTICEBOARD_SEARCH;
    if (!box || !index) { return; }
    var params = new URLSearchParams(window.location.search);
    var query = params.get('q') || '';
    var input = document.getElementById('q');
    if (input) { input.value = query; }
    if (!query.trim()) { return; }
    var root = box.getAttribute('data-root') || '';
    index.termShard = {};
    index.docShard = {};
    index.terms = function (n, terms) { index.termShard[n] = terms; };
    index.docs = function (n, docs) { index.docShard[n] = docs; };
    var q = terms(query);
    var shards = [];
    q.forEach(function (t) {
      var url = root + 'search/t/' + shardOf(t, index.termShards) + '.js';
      if (shards.indexOf(url) < 0) { shards.push(url); }
    });
    load(shards, function () {
      var hits = search(index, q);
      var pages = Math.max(1, Math.ceil(hits.length / PER_PAGE));
      var page = Math.min(Math.max(parseInt(params.get('p'), 10) || 1, 1), pages);
      var shown = hits.slice((page - 1) * PER_PAGE, page * PER_PAGE);
      var docs = [];
      shown.forEach(function (d) {
        var url = root + 'search/d/' + Math.floor(d / index.docsPerShard) + '.js';
        if (docs.indexOf(url) < 0) { docs.push(url); }
      });
      load(docs, function () { render(box, index, query, hits, shown, page, pages, root); });
    });
  }

  function render(box, index, query, hits, shown, page, pages, root) {
    var lang = document.documentElement.lang || 'zh-CN';
    var count = hits.length > 0 ? box.getAttribute('data-found') : box.getAttribute('data-none');
    box.appendChild(el('p', 'search-count', count.replace('{n}', String(hits.length))
      .replace('{q}', query)));
    if (hits.length === 0) { return; }
    var list = el('ol', 'cards search-hits');
    list.start = (page - 1) * PER_PAGE + 1;
    shown.forEach(function (d) {
      var doc = (index.docShard[Math.floor(d / index.docsPerShard)] || [])[d % index.docsPerShard];
      if (!doc) { return; }
      var li = el('li', 'card');
      var a = el('a', 'card-title', doc[0]);
      a.href = root + doc[1];
      li.appendChild(a);
      var meta = el('p', 'card-meta');
      meta.appendChild(el('span', 'search-board', index.boards[doc[2]]));
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(el('span', 'search-type', index.types[doc[3]]));
      if (doc[4]) {
        meta.appendChild(document.createTextNode(' · '));
        var time = el('time', '', formatDate(doc[4], lang));
        time.setAttribute('datetime', doc[4]);
        meta.appendChild(time);
      }
      li.appendChild(meta);
      list.appendChild(li);
    });
    box.appendChild(list);
    if (pages > 1) { box.appendChild(pager(box, query, page, pages)); }
  }

  /* Plain links to search.html?q=…&p=n: the browser's back button works as for any page. */
  function pager(box, query, page, pages) {
    var nav = el('nav', 'pager search-pager');
    nav.setAttribute('aria-label', box.getAttribute('data-pages'));
    var p = el('p', '', box.getAttribute('data-page').replace('{p}', String(page))
      .replace('{n}', String(pages)));
    nav.appendChild(p);
    var ul = el('ul');
    function link(label, n, rel) {
      var li = el('li');
      var a = el('a', '', label);
      a.href = '?q=' + encodeURIComponent(query) + '&p=' + n;
      a.rel = rel;
      li.appendChild(a);
      ul.appendChild(li);
    }
    if (page > 1) { link(box.getAttribute('data-previous'), page - 1, 'prev'); }
    if (page < pages) { link(box.getAttribute('data-next'), page + 1, 'next'); }
    nav.appendChild(ul);
    return nav;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', show);
  } else {
    show();
  }
}());
