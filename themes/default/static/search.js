/* Noticeboard search: reads the index that search/index.js set (window.NOTICEBOARD_SEARCH) and
 * shows the pages that match ?q=. No framework and no request of its own: it works from a
 * folder (file://) and under any sub-path. The matching repeats SearchTokens and
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

  function search(index, query) {
    var q = terms(query);
    if (q.length === 0) { return []; }
    var required = q.length - Math.floor(q.length / 3);
    var matched = {};
    var score = {};
    q.forEach(function (term) {
      if (!Object.prototype.hasOwnProperty.call(index.terms, term)) { return; }
      postings(index.terms[term], function (doc, weight) {
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

  function show() {
    var box = document.getElementById('search-results');
    var index = window.NOTICEBOARD_SEARCH;
    if (!box || !index) { return; }
    var query = new URLSearchParams(window.location.search).get('q') || '';
    var input = document.getElementById('q');
    if (input) { input.value = query; }
    if (!query.trim()) { return; }
    var root = box.getAttribute('data-root') || '';
    var lang = document.documentElement.lang || 'zh-CN';
    var hits = search(index, query);
    var limit = 100;
    var count = hits.length > 0 ? box.getAttribute('data-found') : box.getAttribute('data-none');
    box.appendChild(el('p', 'search-count', count.replace('{n}', String(hits.length))
      .replace('{q}', query)));
    if (hits.length === 0) { return; }
    var list = el('ol', 'cards search-hits');
    hits.slice(0, limit).forEach(function (d) {
      var doc = index.docs[d];
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
    if (hits.length > limit) {
      box.appendChild(el('p', 'search-more', box.getAttribute('data-more')));
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', show);
  } else {
    show();
  }
}());
