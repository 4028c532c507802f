/* Progressive enhancement for the editor workspace. Without this file every form still
   works: the quote is typed and the server finds it in the text.

   Selecting words in the article fills the "add a claim" form (quote, start, end) and
   lets an open edit form take the selection. Offsets are character offsets into the
   article's text: each paragraph carries data-offset, and its text nodes are exactly
   the article's characters (see factcheck/templatetags/highlight.py). */
(function () {
  "use strict";

  // Importing: say that it is under way, and take the button out of reach until the
  // page answers (a second click would import the article twice). Coming back with the
  // browser's Back button shows the form as it was, so the button returns.
  var importForm = document.getElementById("import-form");
  if (importForm) {
    var importButton = importForm.querySelector("button[type=submit]");
    var importStatus = importForm.querySelector("[data-import-status]");
    importForm.addEventListener("submit", function () {
      importForm.setAttribute("aria-busy", "true");
      importButton.disabled = true;
      importStatus.textContent = "Importing: reading the text and finding its dates. " +
        "A long article or a web page can take a few seconds.";
    });
    window.addEventListener("pageshow", function () {
      importForm.removeAttribute("aria-busy");
      importButton.disabled = false;
      importStatus.textContent = "";
    });
  }

  var body = document.querySelector("[data-article-body]");
  var lastSelection = null;

  // The server counts characters (code points); JavaScript strings count UTF-16 units,
  // two for "🎉" or "𝐀". Offsets counted in units would quote the wrong words after one.
  function characters(text) {
    var count = 0;
    for (var index = 0; index < text.length; index++) {
      var unit = text.charCodeAt(index);
      if (unit < 0xdc00 || unit > 0xdfff) count++; // a pair's second half adds nothing
    }
    return count;
  }

  function offsetWithin(paragraph, node, offset) {
    var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var total = 0;
    var current = walker.nextNode();
    while (current) {
      if (current === node) return total + characters(current.nodeValue.slice(0, offset));
      total += characters(current.nodeValue);
      current = walker.nextNode();
    }
    // The boundary is an element, not a text node: count the text before its child.
    if (node.nodeType === Node.ELEMENT_NODE) {
      var range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEnd(node, offset);
      return characters(range.toString());
    }
    return null;
  }

  function articleOffset(node, offset) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    var paragraph = element && element.closest("p[data-offset]");
    if (!paragraph || !body.contains(paragraph)) return null;
    var within = offsetWithin(paragraph, node, offset);
    if (within === null) return null;
    return parseInt(paragraph.getAttribute("data-offset"), 10) + within;
  }

  function readSelection() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    var start = articleOffset(range.startContainer, range.startOffset);
    var end = articleOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start: start, end: end, text: range.toString() };
  }

  function fill(form, span) {
    var quote = form.querySelector("[data-role=quote]");
    var start = form.querySelector("[data-role=start]");
    var end = form.querySelector("[data-role=end]");
    if (!quote || !start || !end) return;
    quote.value = span.text;
    start.value = span.start;
    end.value = span.end;
  }

  function showSelectionButtons(root) {
    (root || document).querySelectorAll("[data-use-selection]").forEach(function (button) {
      button.hidden = false;
    });
  }

  if (body) {
    document.addEventListener("selectionchange", function () {
      var span = readSelection();
      if (!span) return;
      lastSelection = span;
      var addForm = document.querySelector("[data-add-claim]");
      if (addForm) fill(addForm, span);
    });
    // Typing the quote by hand drops offsets from an earlier selection.
    document.addEventListener("input", function (event) {
      if (event.target.matches("[data-span-form] [data-role=quote]")) {
        var form = event.target.closest("form");
        form.querySelector("[data-role=start]").value = "";
        form.querySelector("[data-role=end]").value = "";
      }
    });
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-use-selection]");
      if (!button || !lastSelection) return;
      fill(button.closest("form"), lastSelection);
    });
    showSelectionButtons(document);
  }

  // A card is re-rendered from what is saved, so typing in one of its forms (a
  // rationale, a source) would vanish when another of its controls swaps it: Edit,
  // Accept, a verdict saved. Keep what was typed outside the form that was sent, unless
  // the saved value under it changed meanwhile (then the server's version shows).
  var typedBeforeSwap = null;

  function fieldState(field) {
    if (field.tagName === "SELECT") {
      var chosen = field.options[field.selectedIndex];
      var saved = Array.prototype.find.call(field.options, function (option) {
        return option.defaultSelected;
      });
      return {
        value: field.value,
        saved: saved ? saved.value : "",
        dirty: !chosen || !chosen.defaultSelected,
      };
    }
    return {
      value: field.value,
      saved: field.defaultValue,
      dirty: field.value !== field.defaultValue,
    };
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    typedBeforeSwap = null;
    if (!target.classList || !target.classList.contains("claim-card")) return;
    // detail.elt is the target here (the card); what was clicked or submitted is the
    // request's element.
    var trigger = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    var sent = trigger && trigger.closest ? trigger.closest("form") : null;
    var typed = [];
    var fields = target.querySelectorAll("textarea[id], select[id], input[id]:not([type=hidden])");
    fields.forEach(function (field) {
      if (sent && sent.contains(field)) return;
      var state = fieldState(field);
      if (state.dirty) typed.push({ id: field.id, value: state.value, saved: state.saved });
    });
    // The card comes back closed: the server renders the edit form only when Edit was
    // asked for. Keep the open one (the form itself, so its typing and errors stay),
    // unless it is the form that was sent or its Cancel.
    var editForm = target.querySelector(".claim-edit-form");
    var keptEditForm = editForm && !(sent === editForm || editForm.contains(trigger)) ? editForm : null;
    var sentVersion = sent && sent.querySelector("input[name=seen_version]");
    typedBeforeSwap = {
      card: target.id,
      fields: typed,
      editForm: keptEditForm,
      sentVersion: sentVersion ? sentVersion.value : null,
    };
  });

  function keepEditForm(card) {
    var editForm = typedBeforeSwap && typedBeforeSwap.card === card.id && typedBeforeSwap.editForm;
    var actions = card.querySelector(".claim-actions");
    if (!editForm || !actions || card.querySelector(".claim-edit-form")) return;
    // A verdict saved moves the claim's version; the edit would then be refused as a
    // conflict with the editor's own save. Take the new version only when the save was
    // checked against the very version the edit form holds and went through (no
    // conflict shown): then nothing but this editor's own change came in between.
    // Otherwise the old version stays, and the edit's save shows any conflict.
    var version = editForm.querySelector("input[name=seen_version]");
    if (version && version.value === typedBeforeSwap.sentVersion &&
        !card.querySelector(".conflict") && card.hasAttribute("data-version")) {
      version.value = card.getAttribute("data-version");
    }
    actions.after(editForm);
    var editLink = card.querySelector("[data-edit-link]");
    if (editLink) editLink.remove();
  }

  function restoreTyping(card) {
    if (!typedBeforeSwap || typedBeforeSwap.card !== card.id) return;
    typedBeforeSwap.fields.forEach(function (entry) {
      var field = document.getElementById(entry.id);
      if (!field || !card.contains(field) || fieldState(field).saved !== entry.saved) return;
      field.value = entry.value;
      var box = field.closest("details");
      if (box) box.open = true;
    });
    typedBeforeSwap = null;
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    showSelectionButtons(document);
    // Keep keyboard users where they were: on the card that just changed. An
    // outerHTML swap reports the old, detached card as the target: look the new one
    // up by its id.
    var card = target.id ? document.getElementById(target.id) : null;
    if (card && card.classList.contains("claim-card")) {
      // Read before keepEditForm: an edit form kept from before the swap may still
      // carry the marks of an earlier refusal.
      var refused = card.querySelector("[aria-invalid=true]");
      var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
      var opened = trigger && trigger.hasAttribute && trigger.hasAttribute("data-edit-link");
      keepEditForm(card);
      restoreTyping(card);
      // A refused save: the field that says why (its message is read with it). Edit
      // opened: its first field. Otherwise the card's heading.
      var destination = refused ||
        (opened && card.querySelector(".claim-edit-form textarea")) ||
        card.querySelector(".claim-statement");
      if (destination) destination.focus();
    }
  });

  // The add-claim form comes back in place of itself when the server refuses it: the
  // button that was pressed is gone, and focus would fall back to <body>.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id !== "add-claim") return;
    var form = document.getElementById("add-claim");
    var field = form && (form.querySelector("[aria-invalid=true]") ||
      form.querySelector("textarea, input:not([type=hidden])"));
    if (field) field.focus();
  });

  // A pager (claims on the article page, articles on the dashboard) swaps its region
  // and the link that was clicked goes with it: focus would fall back to <body> and a
  // keyboard user would start again from the top of the page. Put it where the new
  // page begins. The dashboard's filters swap the same region while someone types in
  // them: only a pager link moves focus.
  document.addEventListener("htmx:afterSwap", function (event) {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!trigger || !trigger.hasAttribute || !trigger.hasAttribute("data-pager")) return;
    var destination = null;
    if (event.detail.target.id === "claims-page") {
      destination = document.getElementById("claims-heading");
    } else if (event.detail.target.id === "results") {
      destination = document.querySelector("#results tbody a") ||
        document.getElementById("articles-heading");
    }
    if (!destination) return;
    destination.focus({ preventScroll: true });
    destination.scrollIntoView({ block: "start" });
  });

  // A claim's mark in the text links to its card, on this page of cards or on the page
  // that holds it (data-page). Once htmx has shown another page of cards, a link made
  // for the first page may point the wrong way: go by data-page instead.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.claim-link[data-page]");
    if (!link) return;
    var id = link.hash.slice(1);
    var inPage = link.getAttribute("href").charAt(0) === "#";
    var card = document.getElementById(id);
    if (card && !inPage) {
      event.preventDefault();
      window.location.hash = id;
      card.scrollIntoView();
    } else if (!card && inPage) {
      event.preventDefault();
      window.location.href = "?claims=" + link.getAttribute("data-page") + "#" + id;
    }
  });

  // A claim added through htmx comes back as the page of cards that holds it, with an
  // empty form beside it (out of band): take the editor to the new card (the server
  // names it once the page is in).
  document.addEventListener("claimAdded", function (event) {
    var card = document.getElementById(event.detail.card);
    var heading = card && card.querySelector(".claim-statement");
    if (!heading) return;
    heading.focus({ preventScroll: true });
    card.scrollIntoView({ block: "center" });
  });
})();
