/* Korsa's first-party tracking script (C3), served at /api/signals/t.js. Plain ES2019, no dependencies.
 *
 *   <script>window.korsa=window.korsa||function(){(korsa.q=korsa.q||[]).push(arguments)};</script>
 *   <script async src="https://KORSA/api/signals/t.js" data-key="ksk_…"></script>
 *   korsa('consent', true)        // after the visitor agrees (your consent banner); nothing is sent or stored before
 *   korsa('consent', false)       // withdrawn: the visitor id is forgotten, nothing more is sent
 *   korsa('identify', 'a@b.se')   // the visitor said who they are
 *   korsa('page')                 // a page view (sent by itself on load and on history navigation)
 *
 * Before consent, events wait in memory only. After it, a random visitor id lives in this site's own
 * localStorage (no cookie, nothing third-party), and events go in batches with sendBeacon (or fetch
 * keepalive) as text/plain, so no preflight and no credentials. A sent form with an e-mail field
 * identifies the visitor. */
/* global window, document, location, history */
(function () {
  'use strict';
  var STORE = 'korsa_vid';
  var me = document.currentScript;
  var key = me && me.getAttribute('data-key');
  var endpoint = me ? new URL('/api/signals/collect', me.src).href : '/api/signals/collect';
  var queue = [];
  var timer = null;
  var consent = false;
  var vid = null;
  var lastPath = null;

  function read() {
    try {
      return localStorage.getItem(STORE);
    } catch {
      return null;
    }
  }
  function newId() {
    var a = new Uint8Array(16);
    crypto.getRandomValues(a);
    return Array.prototype.map
      .call(a, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      })
      .join('');
  }
  function flush() {
    clearTimeout(timer);
    timer = null;
    if (!consent || !key || !queue.length) return;
    while (queue.length) {
      var events = queue.splice(0, 50).map(function (e) {
        e.visitorId = vid;
        return e;
      });
      var body = JSON.stringify({ key: key, events: events });
      var sent;
      try {
        sent = navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: 'text/plain' }));
      } catch {
        sent = false;
      }
      if (!sent)
        fetch(endpoint, {
          method: 'POST',
          body: body,
          keepalive: true,
          credentials: 'omit',
          mode: 'no-cors',
          headers: { 'content-type': 'text/plain' },
        }).catch(function () {});
    }
  }
  function push(e) {
    e.at = new Date().toISOString();
    queue.push(e);
    if (queue.length > 200) queue.shift();
    if (consent && !timer) timer = setTimeout(flush, 1000);
    if (consent && queue.length >= 20) flush();
  }
  function page() {
    var path = location.pathname + location.search;
    if (path === lastPath) return;
    lastPath = path;
    push({ type: 'page_view', url: location.href, title: document.title.slice(0, 300) || undefined });
  }
  var commands = {
    init: function (k) {
      key = k;
    },
    consent: function (yes) {
      consent = !!yes;
      if (consent) {
        vid = read() || newId();
        try {
          localStorage.setItem(STORE, vid);
        } catch {
          /* private mode: this page only */
        }
        flush();
      } else {
        queue = [];
        vid = null;
        try {
          localStorage.removeItem(STORE);
        } catch {
          /* nothing stored */
        }
      }
    },
    identify: function (email) {
      if (typeof email === 'string' && email.indexOf('@') > 0) push({ type: 'identify', url: location.href, email: email.trim() });
    },
    page: function () {
      lastPath = null;
      page();
    },
    flush: flush,
  };
  function run(args) {
    var f = commands[args[0]];
    if (f) f.apply(null, Array.prototype.slice.call(args, 1));
  }

  // consent given on an earlier page of this site (the stored id is its mark)
  if (read()) commands.consent(true);
  var waiting = (window.korsa && window.korsa.q) || [];
  window.korsa = function () {
    run(arguments);
  };
  waiting.forEach(run);

  page();
  ['pushState', 'replaceState'].forEach(function (m) {
    var orig = history[m];
    history[m] = function () {
      var r = orig.apply(this, arguments);
      setTimeout(page, 0);
      return r;
    };
  });
  window.addEventListener('popstate', page);
  document.addEventListener(
    'submit',
    function (ev) {
      var form = ev.target;
      if (!form || form.tagName !== 'FORM') return;
      var email = form.querySelector('input[type=email], input[name*=mail i]');
      var value = email && email.value && email.value.indexOf('@') > 0 ? email.value.trim() : undefined;
      push({
        type: 'form_submit',
        url: location.href,
        form: (form.getAttribute('name') || form.id || form.getAttribute('action') || 'form').slice(0, 200),
        email: value,
      });
      flush();
    },
    true,
  );
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
})();
