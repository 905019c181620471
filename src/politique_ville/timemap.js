(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pv-data").textContent);
  var steps = data.steps;
  var map = document.getElementById("pv-map");
  var slider = document.getElementById("pv-step");
  var play = document.getElementById("pv-play");
  var shapes = {};
  var current = steps.length - 1;
  var timer = null;
  map.querySelectorAll("path.department").forEach(function (path) {
    shapes[path.getAttribute("data-department")] = path.getAttribute("d");
  });

  function earliest(key) {
    return (key + "-01-01").slice(0, 10);
  }

  // The step in force at a date: the last one starting at or before it.
  function stepAt(key) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(key)) return steps.length - 1;
    var found = 0;
    for (var i = 0; i < steps.length - 1; i++) {
      if (steps[i].key === key) return i;
      if (earliest(steps[i].key) <= earliest(key)) found = i;
    }
    return earliest(key) >= earliest(data.today) ? steps.length - 1 : found;
  }

  // Runs [first, count] of a shared table, joined.
  function joined(table, runs, separator) {
    return runs.map(function (run) {
      return table.slice(run[0], run[0] + run[1]).join(separator);
    }).join(separator);
  }

  function detail(target) {
    var area = target && target.closest ? target.closest(".department") : null;
    if (!area) return;
    map.querySelectorAll(".pv-current").forEach(function (e) { e.classList.remove("pv-current"); });
    area.classList.add("pv-current");
    var code = area.getAttribute("data-department");
    var card = steps[current].details[code];
    if (card !== undefined) {
      var panel = document.getElementById("pv-detail");
      panel.innerHTML = "<h2>Département " + steps[current].label + "</h2>" + joined(data.details, card, "");
      panel.querySelectorAll("ul[data-sources]").forEach(function (list) {
        list.innerHTML = list.getAttribute("data-sources").split(" ").filter(Boolean).map(function (id) {
          return "<li>" + data.sources[id] + "</li>";
        }).join("");
      });
    }
  }

  function show(index, follow) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    var step = steps[current];
    // A department that had the focus keeps it on the new map, with its card at the new date.
    var focused = document.activeElement && map.contains(document.activeElement)
      ? document.activeElement.getAttribute("data-department") : null;
    map.innerHTML = joined(data.lines, step.svg, "\n");
    map.querySelectorAll("path.department").forEach(function (path) {
      path.setAttribute("d", shapes[path.getAttribute("data-department")]);
    });
    map.querySelectorAll(".department").forEach(function (area) {
      area.setAttribute("tabindex", "0");
    });
    slider.value = String(current);
    slider.setAttribute("aria-valuetext", step.label);
    document.getElementById("pv-date").textContent = step.label;
    document.getElementById("pv-changes").innerHTML = step.changes;
    // The text equivalent: the map's own description, a line an item.
    var list = document.createElement("ul");
    map.querySelector("desc").textContent.split("\n").forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line.replace(/^- /, "");
      list.appendChild(item);
    });
    document.getElementById("pv-text").replaceChildren(list);
    if (focused) {
      var again = map.querySelector('.department[data-department="' + focused + '"]');
      if (again) again.focus();
    }
    if (follow) {
      var target = step.key ? "#" + step.key : location.pathname + location.search;
      try {
        history.replaceState(null, "", target);
      } catch (error) {
        if (step.key) location.hash = step.key;
      }
    }
  }

  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = "Lecture";
    play.setAttribute("aria-pressed", "false");
  }

  function start() {
    if (current === steps.length - 1) show(0, true);
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(function () {
      if (current >= steps.length - 1) stop();
      else show(current + 1, true);
    }, 1500);
  }

  slider.addEventListener("input", function () { stop(); show(Number(slider.value), true); });
  play.addEventListener("click", function () { if (timer === null) start(); else stop(); });
  document.getElementById("pv-previous").addEventListener("click", function () { stop(); show(current - 1, true); });
  document.getElementById("pv-next").addEventListener("click", function () { stop(); show(current + 1, true); });
  document.addEventListener("keydown", function (event) {
    if (event.target === slider || event.altKey || event.ctrlKey || event.metaKey) return;
    var moves = {ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1};
    if (event.key in moves) {
      event.preventDefault();
      stop();
      show(current + moves[event.key], true);
    } else if ((event.key === "Enter" || event.key === " ") && event.target.classList &&
               event.target.classList.contains("department")) {
      event.preventDefault();
      detail(event.target);
    }
  });
  map.addEventListener("pointerover", function (event) { detail(event.target); });
  map.addEventListener("click", function (event) { detail(event.target); });
  map.addEventListener("focusin", function (event) { detail(event.target); });
  window.addEventListener("hashchange", function () { stop(); show(stepAt(location.hash.slice(1)), false); });

  document.getElementById("pv-controls").hidden = false;
  show(stepAt(location.hash.slice(1)), false);
})();
