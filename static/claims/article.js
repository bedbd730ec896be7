// While an article is being fetched, ask the server how it is going and show the claims as
// soon as they are there. No inline script: this file is served by the project.
(function () {
  "use strict";
  // While its claims are matched against the desk: reload once they are.
  const matching = document.querySelector(".matching-progress[data-status-url]");
  if (matching) {
    let wait = 1000;
    const check = function () {
      fetch(matching.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (state) {
          if (state.matched) {
            window.location.reload();
          } else {
            wait = Math.min(wait * 1.5, 10000);
            window.setTimeout(check, wait);
          }
        })
        .catch(function () { window.setTimeout(check, 5000); });
    };
    window.setTimeout(check, wait);
  }
  const box = document.querySelector(".ingest-progress[data-status-url]");
  if (!box) return;
  const message = box.querySelector(".ingest-message");
  let delay = 1000;
  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.status === "fetching") {
          delay = Math.min(delay * 1.5, 10000);
          window.setTimeout(poll, delay);
        } else {
          message.textContent = state.status === "ready"
            ? "Done: " + state.claims + " claims found. Loading…"
            : "Failed: " + state.error;
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, delay);
})();
