/*
 * sitegen: hides calendar occurrences that have ended by the time the page is read.
 * The page is built at one moment and may be read much later; without this script it
 * is still correct, and says when it was built. Each occurrence carries its end as
 * data-end (a full date-time with offset); a month left empty is hidden too.
 */
(function () {
  "use strict";
  var now = Date.now();
  var hidden = 0;
  document.querySelectorAll("li.occurrence[data-end]").forEach(function (item) {
    var end = Date.parse(item.getAttribute("data-end"));
    if (!isNaN(end) && end <= now) {
      item.hidden = true;
      hidden += 1;
    }
  });
  document.querySelectorAll(".calendar-month").forEach(function (month) {
    if (!month.querySelector("li.occurrence:not([hidden])")) month.hidden = true;
  });
  var status = document.querySelector("[data-calendar-status]");
  if (status && hidden > 0) {
    status.textContent = hidden === 1 ? "Ett möte som redan har varit är dolt." : hidden + " möten som redan har varit är dolda.";
  }
})();
