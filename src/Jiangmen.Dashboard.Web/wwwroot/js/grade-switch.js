// The "official releases only" switch: a checkbox in a GET form. Changing it (a click, or Space from the keyboard)
// reloads the view with or without ?grade=official; the form's button, for a reader without JavaScript, is then not needed.
(function () {
  "use strict";

  function start() {
    document.querySelectorAll("form.grade-switch").forEach(function (form) {
      var box = form.querySelector("input[type=checkbox]");
      var apply = form.querySelector("button[type=submit]");
      if (!box) { return; }
      if (apply) { apply.hidden = true; }
      box.addEventListener("change", function () { form.submit(); });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
