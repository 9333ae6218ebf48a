import Foundation
import RevueCore

/// The script `revue serve` adds to every page it serves, and never to a
/// built site: it listens to the server's events, reloads the page after a
/// successful rebuild (in the same place in its text) and shows the findings of
/// a failed one over the last good page.
enum LiveReloadScript {
    static let path = "/_revue/live.js"
    static let eventsPath = "/_revue/events"

    /// The tag added before `</body>`, carrying the generation of the site the page comes from.
    static func tag(generation: Int) -> String {
        "<script src=\"\(path)\" data-generation=\"\(generation)\"></script>"
    }

    /// The script, its panel's words in `language`.
    static func source(in language: MessageLanguage) -> String {
        let words: [String: Message] = [
            "title": "revue: the last change could not be built",
            "note": "Below is the last version that built. Fix the file and save: this message goes away by itself.",
            "hide": "Hide",
        ]
        let said = words.mapValues { $0.said(in: language) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: (try? encoder.encode(said)) ?? Data("{}".utf8), as: UTF8.self)
        return template.replacingOccurrences(of: "/*WORDS*/{}", with: json)
            .replacingOccurrences(of: "/*LANG*/\"en\"", with: "\"\(language.rawValue)\"")
    }

    private static let template = #"""
    (() => {
      "use strict";
      const words = /*WORDS*/{};
      const served = Number(document.currentScript.dataset.generation);
      // The page comes back where it was, by this script alone (the browser's own restoring varies):
      // the first heading, paragraph or table in view stays at the same height in the window, even
      // when something above it grew, as the search box does once the preview's index is made.
      history.scrollRestoration = "manual";
      const placeKey = "revue-place:" + location.pathname;
      const blocks = () => document.querySelectorAll("main h1, main h2, main h3, main h4, main p, main li, main table, main figure");

      function place() {
        const items = blocks();
        for (let i = 0; i < items.length; i++) {
          const top = items[i].getBoundingClientRect().top;
          if (top >= 0) return { x: window.scrollX, y: window.scrollY, block: i, top };
        }
        return { x: window.scrollX, y: window.scrollY, block: -1, top: 0 };
      }

      function goTo(place) {
        const block = place.block >= 0 ? blocks()[place.block] : undefined;
        window.scrollTo(place.x, block ? window.scrollY + block.getBoundingClientRect().top - place.top : place.y);
      }

      // The place this page is brought back to, until its load has applied it: a reload asked
      // for before then keeps it, not the top of a page still laid out.
      let restoring = null;
      const saved = sessionStorage.getItem(placeKey);
      if (saved !== null) {
        sessionStorage.removeItem(placeKey);
        restoring = JSON.parse(saved);
        goTo(restoring);
        window.addEventListener("load", () => { goTo(restoring); restoring = null; }, { once: true });
      }

      function reload() {
        sessionStorage.setItem(placeKey, JSON.stringify(restoring ?? place()));
        location.reload();
      }

      function hide() {
        document.getElementById("revue-overlay")?.remove();
      }

      function show(diagnostics) {
        hide();
        const overlay = document.createElement("div");
        overlay.id = "revue-overlay";
        overlay.setAttribute("role", "alert");
        overlay.dir = "ltr";
        overlay.lang = /*LANG*/"en";
        overlay.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;"
          + "background:#1d1d1f;color:#f5f5f7;border-bottom:4px solid #ff6b5e;padding:1rem 1.25rem;text-align:left;"
          + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 4px 24px rgba(0,0,0,.4)";
        const title = document.createElement("strong");
        title.textContent = words.title;
        title.style.cssText = "display:block;font-size:16px;color:#ff8a80";
        const note = document.createElement("p");
        note.textContent = words.note;
        note.style.cssText = "margin:.25rem 0 .75rem;color:#c7c7cc";
        const list = document.createElement("ul");
        list.style.cssText = "margin:0;padding:0;list-style:none";
        for (const finding of diagnostics) {
          const item = document.createElement("li");
          let place = finding.file;
          if (finding.line) place += ":" + finding.line + (finding.column ? ":" + finding.column : "");
          const where = document.createElement("span");
          where.textContent = place + ": ";
          where.style.color = "#8ab4f8";
          const severity = document.createElement("span");
          severity.textContent = finding.severity + ": ";
          severity.style.color = finding.severity === "error" ? "#ff8a80" : "#fdd663";
          item.append(where, severity, finding.message);
          item.style.cssText = "margin:.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere";
          list.append(item);
        }
        const close = document.createElement("button");
        close.type = "button";
        close.textContent = words.hide;
        close.style.cssText = "float:right;font:inherit;color:inherit;background:#3a3a3c;border:1px solid #636366;border-radius:4px;padding:.1rem .6rem;cursor:pointer";
        close.addEventListener("click", hide);
        overlay.append(close, title, note, list);
        document.body.append(overlay);
      }

      const events = new EventSource("\#(eventsPath)");
      events.addEventListener("hello", (event) => { if (Number(event.data) !== served) reload(); });
      events.addEventListener("reload", reload);
      events.addEventListener("failure", (event) => show(JSON.parse(event.data)));
      events.addEventListener("clear", hide);
    })();

    """#
}
