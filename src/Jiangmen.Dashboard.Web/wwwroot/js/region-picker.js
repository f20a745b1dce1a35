// The header's region picker goes to the chosen region as soon as it is chosen; without JavaScript its button does.
(function () {
  "use strict";
  var select = document.getElementById("region-picker");
  if (select) { select.addEventListener("change", function () { select.form.submit(); }); }
})();
