/*! R1, Explained: embed loader. Sizes our figures' iframes to their content.
 * Add once to a page that embeds them: <script src="https://…/embed.js" async></script>
 * Listens for the height messages our embed pages send (the Pym.js format), only from
 * our own origin and only for our iframes (data-r1-embed, or src under our /embed/). */
(function () {
  var me = document.currentScript;
  if (!me || !me.src || !window.URL) return;
  var origin = new URL(me.src).origin;
  var prefix = new URL('embed/', me.src).href;
  var re = /^pymxPYMx[^\s]*xPYMxheightxPYMx(\d{1,5})$/;
  function frames() {
    var out = [],
      all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) {
      var f = all[i];
      if (f.hasAttribute('data-r1-embed') || (f.src || '').indexOf(prefix) === 0) out.push(f);
    }
    return out;
  }
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || typeof e.data !== 'string') return;
    var m = re.exec(e.data);
    if (!m) return;
    var f = frames();
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        f[i].setAttribute('height', m[1]);
        f[i].style.height = m[1] + 'px';
      }
    }
  });
  // Frames that loaded before this script: ask them for their height.
  function ask() {
    var f = frames();
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow) f[i].contentWindow.postMessage('pymxPYMxr1xPYMxwidthxPYMx' + f[i].clientWidth, origin);
    }
  }
  ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
})();
