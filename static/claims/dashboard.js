// Live refresh: every minute, fetch the same page and swap in its #live section, unless the
// person is in the middle of using a form there. Served by the project; no inline script.
(function () {
  "use strict";
  const marker = document.querySelector("[data-refresh]");
  const live = document.getElementById("live");
  if (!marker || !live) return;
  const seconds = parseInt(marker.dataset.refresh, 10) || 60;
  function busy() {
    const active = document.activeElement;
    return active && live.contains(active) && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(active.tagName);
  }
  function refresh() {
    if (document.hidden || busy()) return;
    fetch(window.location.href, { credentials: "same-origin", headers: { "X-Requested-With": "refresh" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        const fresh = new DOMParser().parseFromString(html, "text/html");
        const section = fresh.getElementById("live");
        const stamp = fresh.querySelector("[data-refresh]");
        if (section) live.replaceWith(section);
        if (stamp) marker.textContent = stamp.textContent;
      })
      .catch(function () {});
  }
  window.setInterval(refresh, seconds * 1000);
})();
