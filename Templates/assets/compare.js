/*
 * sitegen: instant sorting, filtering and picking on the compare pages, and the reader's
 * choice on the side-by-side page. Progressive enhancement only: every state this
 * script shows is also a pre-rendered page reached by a plain link, and the URL it puts
 * in the address bar is that page's, so a shared link works with or without JavaScript.
 * The script reads no figures: rows carry their place in each order (data-rank-*) and
 * the filters they pass (data-filters); texts come from the links' data-* attributes.
 */
(function () {
  "use strict";

  /* Relative links must keep working after pushState moves the address to another depth. */
  function absolutiseLinks() {
    /* "#innehall" stays as it is: it always means this document, wherever the URL points. */
    document.querySelectorAll("a[href]:not([href^='#'])").forEach(function (a) { a.setAttribute("href", a.href); });
    document.querySelectorAll("form[action]").forEach(function (f) { f.setAttribute("action", f.action); });
  }

  function swedishList(items) {
    if (items.length < 2) return items.join("");
    return items.slice(0, -1).join(", ") + " och " + items[items.length - 1];
  }

  function chosenIds() {
    var ids = [];
    new URLSearchParams(location.search).getAll("val").forEach(function (value) {
      value.split(",").forEach(function (id) {
        id = id.trim();
        if (id && ids.indexOf(id) < 0) ids.push(id);
      });
    });
    return ids;
  }

  function comparePage(page) {
    var base = new URL(page.getAttribute("data-compare-base"), location.href).href;
    var table = page.querySelector("table.compare");
    var body = table ? table.tBodies[0] : null;
    var rows = body ? Array.prototype.slice.call(body.rows) : [];
    var cardList = page.querySelector(".compare-cards");
    var cards = cardList ? Array.prototype.slice.call(cardList.children) : [];
    var cardsHeading = page.querySelector(".cards-heading");
    var status = page.querySelector("[data-compare-status]");
    var sortLinks = Array.prototype.slice.call(page.querySelectorAll(".sort-links a[data-order]"));
    var filterLinks = Array.prototype.slice.call(page.querySelectorAll(".filter-links a[data-filter]"));
    var clearLink = page.querySelector(".filter-state a[data-filter]");
    var filterState = page.querySelector(".filter-state");

    function address(state) {
      return base + (state.filter ? state.filter + "/" : "") + (state.order !== "namn" ? "sortera-" + state.order + "/" : "");
    }

    function linkFor(links, attribute, key) {
      return links.filter(function (a) { return a.getAttribute(attribute) === key; })[0] || null;
    }

    /* Puts the table rows (or the phone's cards) in the state's order and hides those the
       filter leaves out; returns how many are shown. */
    function arrange(items, parent, state) {
      items.sort(function (a, b) {
        return Number(a.getAttribute("data-rank-" + state.order)) - Number(b.getAttribute("data-rank-" + state.order));
      });
      var shown = 0;
      items.forEach(function (item) {
        var passes = !state.filter || (" " + item.getAttribute("data-filters") + " ").indexOf(" " + state.filter + " ") >= 0;
        item.hidden = !passes;
        if (passes) shown += 1;
        parent.appendChild(item);
      });
      return shown;
    }

    function apply(state, announce) {
      var sortLink = linkFor(sortLinks, "data-order", state.order);
      var filterLink = linkFor(filterLinks, "data-filter", state.filter);
      if (!sortLink || (state.filter && !filterLink)) return false;
      var shown = arrange(rows, body, state);
      arrange(cards, cardList, state);
      if (table) {
        table.querySelectorAll("thead th[data-order]").forEach(function (th) {
          if (th.getAttribute("data-order") === state.order) th.setAttribute("aria-sort", th.getAttribute("data-direction"));
          else th.removeAttribute("aria-sort");
        });
        table.caption.textContent = sortLink.getAttribute("data-caption");
      }
      if (cardsHeading) cardsHeading.textContent = sortLink.getAttribute("data-caption");
      sortLinks.forEach(function (a) {
        var key = a.getAttribute("data-order");
        a.href = address({ order: key, filter: state.filter });
        if (key === state.order) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
      });
      filterLinks.forEach(function (a) {
        var key = a.getAttribute("data-filter");
        a.href = address({ order: state.order, filter: key });
        if (key === state.filter) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
      });
      if (clearLink) clearLink.href = address({ order: state.order, filter: "" });
      if (filterState) {
        filterState.hidden = !state.filter;
        filterState.querySelector(".filter-text").textContent = filterLink ? filterLink.getAttribute("data-filter-text") : "";
      }
      var empty = page.querySelector(".empty");
      if (empty) empty.hidden = shown > 0;
      var parts = [filterLink ? filterLink.getAttribute("data-state") : "", sortLink.getAttribute("data-state")]
        .filter(function (part) { return part; });
      document.title = page.getAttribute("data-title") + (parts.length ? " (" + parts.join(", ") + ")" : "")
        + page.getAttribute("data-title-suffix");
      if (announce && status) {
        status.textContent = "Visar " + shown + " anordnare, "
          + sortLink.getAttribute("data-caption").replace(/^.*, /, "") + ".";
      }
      return true;
    }

    var current = { order: page.getAttribute("data-order"), filter: page.getAttribute("data-filter") };
    history.replaceState(current, "", location.href);

    page.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[data-order], a[data-filter]") : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var next = {
        order: link.hasAttribute("data-order") ? link.getAttribute("data-order") : current.order,
        filter: link.hasAttribute("data-filter") ? link.getAttribute("data-filter") : current.filter
      };
      if (!apply(next, true)) return;
      event.preventDefault();
      current = next;
      history.pushState(next, "", address(next) + location.search);
    });

    window.addEventListener("popstate", function (event) {
      if (event.state && apply(event.state, true)) current = event.state;
    });

    pick(page);
  }

  /* Ticking 2–4 providers for the side-by-side page. Hidden without JavaScript, since
     that page can show just the chosen ones only with it. */
  function pick(page) {
    var form = page.querySelector("form.pick");
    if (!form) return;
    var boxes = Array.prototype.slice.call(document.querySelectorAll("input[type=checkbox][name=val][form='" + form.id + "']"));
    var count = form.querySelector(".pick-count");
    var chosen = chosenIds();
    boxes.forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
    page.querySelectorAll(".pick-cell").forEach(function (cell) { cell.hidden = false; });
    form.hidden = false;

    /* The table and the phone's cards each have a box per provider; they move together. */
    function ticked() {
      var values = [];
      boxes.forEach(function (box) { if (box.checked && values.indexOf(box.value) < 0) values.push(box.value); });
      return values.length;
    }
    function setAll(value, checked) {
      boxes.forEach(function (box) { if (box.value === value) box.checked = checked; });
    }
    function say(text) { count.textContent = text; }

    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        setAll(box.value, box.checked);
        if (box.checked && ticked() > 4) {
          setAll(box.value, false);
          say("Du kan välja högst 4 anordnare.");
          return;
        }
        var n = ticked();
        say(n === 0 ? "" : n + (n === 1 ? " vald." : " valda."));
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var values = [];
      boxes.forEach(function (box) { if (box.checked && values.indexOf(box.value) < 0) values.push(box.value); });
      if (values.length < 2) {
        say("Välj minst 2 anordnare.");
        return;
      }
      /* One val per provider, though the table and the cards each have a box. */
      var target = new URL(form.action);
      target.search = "";
      values.forEach(function (value) { target.searchParams.append("val", value); });
      location.href = target.href;
    });
  }

  function sideBySidePage(page) {
    var table = page.querySelector("table.side-by-side");
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th[data-provider]"));
    var known = headers.map(function (th) { return th.getAttribute("data-provider"); });
    var chosen = chosenIds().filter(function (id) { return known.indexOf(id) >= 0; }).slice(0, 4);
    var print = page.querySelector(".print-button");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
    if (chosen.length === 0) return;
    table.querySelectorAll("[data-provider]").forEach(function (cell) {
      cell.hidden = chosen.indexOf(cell.getAttribute("data-provider")) < 0;
    });
    page.querySelector("[data-all]").hidden = true;
    page.querySelector("[data-chosen]").hidden = false;
    var names = headers.filter(function (th) { return !th.hidden; }).map(function (th) { return th.textContent.trim(); });
    table.caption.textContent = table.caption.textContent + ": " + swedishList(names);
    document.title = swedishList(names) + " – " + document.title;
    var back = page.querySelector("[data-compare-link]");
    if (back) {
      var url = new URL(back.href);
      chosen.forEach(function (id) { url.searchParams.append("val", id); });
      back.href = url.href;
      back.textContent = "Ändra ditt val i jämförelsetabellen";
    }
  }

  absolutiseLinks();
  var compare = document.querySelector(".compare-page");
  if (compare) comparePage(compare);
  var sideBySide = document.querySelector(".side-by-side-page");
  if (sideBySide) sideBySidePage(sideBySide);
})();
