// The copy buttons of the "How to cite" box and of each figure's "Cite this figure". The citations themselves are
// plain text on the page, so a reader without JavaScript selects and copies them by hand; the buttons exist only when
// this script runs. A figure's button is made when its citation is first opened, from the box's (its words are the
// page's language), rather than written into every row of a long table.
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

  function wire(button, target, status) {
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(target.textContent.trim(), target).then(
        function () { status.textContent = button.dataset.copied; },
        function () { status.textContent = button.dataset.copyFailed; });
    });
  }

  function addFigureButton(details, model) {
    var actions = model.parentElement.cloneNode(true);
    var button = actions.querySelector("button");
    var status = actions.querySelector("[role=status]");
    button.removeAttribute("data-copy");
    status.textContent = "";
    details.appendChild(actions);
    wire(button, details.querySelector(".cite-text"), status);
  }

  function start() {
    var model = null;
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var target = document.getElementById(button.dataset.copy);
      if (!target) { return; }
      model = model || button;
      wire(button, target, button.parentElement.querySelector("[role=status]"));
    });
    if (!model) { return; }
    // toggle does not bubble; listened for on the way down.
    document.addEventListener("toggle", function (event) {
      var details = event.target;
      if (details.classList && details.classList.contains("cite-figure") && details.open && !details.querySelector("button")) {
        addFigureButton(details, model);
      }
    }, true);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
