// Small conveniences only: every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Article legend: pressing a speaker shows only that speaker's quotes highlighted.
  var buttons = document.querySelectorAll(".legend .sw");
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      document.querySelectorAll("mark.q").forEach(function (m) { m.classList.remove("on"); });
      document.body.classList.toggle("focus-one", on);
      if (on) {
        button.setAttribute("aria-pressed", "true");
        var colour = button.getAttribute("data-colour");
        document.querySelectorAll("mark.q." + colour).forEach(function (m) { m.classList.add("on"); });
      }
    });
  });
  // Narrow screens: the refine box above the results starts closed, so the results are in view.
  var refine = document.querySelector("details.refine");
  if (refine && window.matchMedia("(max-width: 800px)").matches) { refine.open = false; }
  // Search form: leave empty filters out of the URL, so shared links stay short.
  var form = document.querySelector("form.search");
  if (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if (!el.value || (el.type === "checkbox" && !el.checked)) { el.disabled = true; }
      });
    });
  }
  // Quote list on the article page: light up every part of a quote cut by its cue.
  document.querySelectorAll("mark.q").forEach(function (m) {
    var idx = m.getAttribute("data-q");
    ["mouseenter", "focus"].forEach(function (ev) {
      m.addEventListener(ev, function () {
        document.querySelectorAll('mark.q[data-q="' + idx + '"]').forEach(function (o) { o.classList.add("lit"); });
      });
    });
    ["mouseleave", "blur"].forEach(function (ev) {
      m.addEventListener(ev, function () {
        document.querySelectorAll("mark.q.lit").forEach(function (o) { o.classList.remove("lit"); });
      });
    });
  });
});
