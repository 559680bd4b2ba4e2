// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Move focus to the error summary so screen reader users hear what went wrong.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
    // A second click on "send" while the first is on its way does nothing. The server makes
    // the submission idempotent anyway; this only spares the resident a confusing wait.
    document.querySelectorAll("[data-prevent-double-submit]").forEach(function (button) {
      var form = button.form;
      if (!form) {
        return;
      }
      form.addEventListener("submit", function (event) {
        if (form.dataset.submitting === "true") {
          event.preventDefault();
          return;
        }
        form.dataset.submitting = "true";
        button.setAttribute("aria-disabled", "true");
      });
    });
  });
})();
