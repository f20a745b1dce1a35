// The copy button of the "How to cite" box. The citation itself is plain text on the page, so a reader without
// JavaScript selects and copies it by hand; the button is shown only when this script runs.
(function () {
  "use strict";

  // The Clipboard API needs a secure context (https or localhost); elsewhere, copy the selected text the old way.
  function copy(text, element) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function start() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.dataset.copy);
      var status = button.parentElement.querySelector("[role=status]");
      if (!target) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        copy(target.textContent.trim(), target).then(
          function () { status.textContent = button.dataset.copied; },
          function () { status.textContent = button.dataset.copyFailed; });
      });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
