import Foundation
import RevueCore

/// The script `revue serve` adds to every page it serves, and never to a
/// built site: it listens to the server's events, reloads the page after a
/// successful rebuild (keeping its scroll position) and shows the findings of
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
      const scrollKey = "revue-scroll:" + location.pathname;
      const saved = sessionStorage.getItem(scrollKey);
      // The position this page is brought back to, until its load has applied it: a reload
      // asked for before then keeps it, not the top of a page still laid out.
      let restoring = null;
      if (saved !== null) {
        sessionStorage.removeItem(scrollKey);
        restoring = JSON.parse(saved);
        const restore = () => window.scrollTo(restoring[0], restoring[1]);
        restore();
        window.addEventListener("load", () => { restore(); restoring = null; }, { once: true });
      }

      function reload() {
        sessionStorage.setItem(scrollKey, JSON.stringify(restoring ?? [window.scrollX, window.scrollY]));
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
