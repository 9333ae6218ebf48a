import Foundation
import Mustache
import Yams

/// The templates, interface strings and assets of a theme, read and compiled once
/// per build: `templates/*.mustache`, `templates/strings.yml`, `templates/assets/`.
public struct Theme: Sendable {
    public static let folderName = "templates"
    /// Templates every theme must provide: the layout, one per page kind, the 404 page and the language redirect.
    /// The parts of the layout every page of a language shares (`brand`, `navigation`, `footer`: see
    /// `SharedChrome`) are the theme's choice: a layout that writes them out itself works as well, more slowly.
    static let requiredTemplates = ["layout", "404", "redirect", "figures", "data-table", "chart"] + PageKind.allCases.map(\.templateName)

    /// Interface strings that revue itself uses, for figures and tables.
    static let requiredStrings = ValueFormatter.wordKeys + ["total"]

    let library: MustacheLibrary
    /// The names of the theme's templates: `chapter` for `templates/chapter.mustache`.
    let templateNames: Set<String>
    /// Interface strings per language code: `strings["ar"]["next"]` is "الفصل الموالي".
    let strings: [String: [String: String]]
    /// Files copied to `site/assets/`.
    let assets: [StaticFile]
    /// A digest of the templates and strings: pages rendered with a theme of another digest are rendered again.
    let digest: String
    /// The strings a language does not have yet, for which the default language's stand in.
    let warnings: [Diagnostic]

    /// The theme in `root`; a string that a language lacks is the default language's, with a warning.
    public static func load(from root: URL, languages: [Language], defaultLanguage: Language) throws(DiagnosticError) -> Theme {
        let folder = root.appendingPathComponent(folderName)
        var problems: [Diagnostic] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        if names.isEmpty {
            throw DiagnosticError(.error("there are no templates: the theme's .mustache files belong in \(folderName)/", in: folderName))
        }
        var sources: [String: String] = [:]
        // Hidden files and editors' locks (`.#layout.mustache`) are no templates.
        for name in names where name.hasSuffix(".mustache") && !name.hasPrefix(".") && !name.hasPrefix("#") {
            do {
                sources[String(name.dropLast(".mustache".count))] = try SourceText.read(folder.appendingPathComponent(name), displayPath: "\(folderName)/\(name)")
            } catch {
                problems += error.diagnostics
            }
        }
        var strings: String?
        do {
            strings = try SourceText.read(folder.appendingPathComponent("strings.yml"), displayPath: "\(folderName)/strings.yml")
        } catch {
            problems += error.diagnostics
        }
        return try compile(templates: sources, strings: strings, languages: languages, defaultLanguage: defaultLanguage,
                           assets: assets(in: folder), problems: problems)
    }

    /// Compiles a theme from the texts of its files: templates by name (`chapter` for
    /// `templates/chapter.mustache`) and `strings.yml`, nil when it could not be read
    /// (one of the `problems` already found says why).
    static func compile(templates sources: [String: String], strings stringsText: String?, languages: [Language], defaultLanguage: Language,
                        assets: [StaticFile], problems found: [Diagnostic] = []) throws(DiagnosticError) -> Theme {
        var problems = found
        let tags = sources.mapValues(TemplateTags.init)
        // The templates are parsed on every core: the default theme's 23 take 8 ms one after another, 6 ms so
        // (medians of 30 one-page rebuilds), which a rebuild of one page in `build` or `serve` waits for.
        let sorted = sources.sorted(by: { $0.key < $1.key })
        let tooDeep = tags.compactMapValues { $0.tooDeep?.line }
        let compiled = ParallelMap.map(sorted) { name, text in compileTemplate(named: name, text: text, tooDeepAt: tooDeep[name]) }
        var templates: [String: MustacheTemplate] = [:]
        for ((name, _), result) in zip(sorted, compiled) {
            switch result {
            case .success(let template): templates[name] = template
            case .failure(let error): problems += error.diagnostics
            }
        }
        for name in requiredTemplates where templates[name] == nil && !problems.contains(where: { $0.file.hasSuffix("/\(name).mustache") }) {
            problems.append(.error("the theme has no '\(name)' template: create \(folderName)/\(name).mustache", in: folderName))
        }
        problems += missingPartials(in: tags, available: Set(templates.keys))
        problems += partialCycles(in: tags)
        let strings = stringsText.map { readStrings($0, languages: languages, defaultLanguage: defaultLanguage, into: &problems) } ?? [:]
        for (code, table) in strings.sorted(by: { $0.key < $1.key }) {
            let missing = requiredStrings.filter { table[$0] == nil }
            if !missing.isEmpty {
                problems.append(.error("the theme's strings for '\(code)' lack '\(missing.joined(separator: "', '"))'", in: "\(folderName)/strings.yml"))
            }
        }
        guard !problems.contains(where: { $0.severity == .error }) else { throw DiagnosticError(problems) }
        var hasher = ContentDigest.Hasher()
        for (name, text) in sorted {
            hasher.add(name)
            hasher.add(text)
        }
        hasher.add(stringsText ?? "")
        return Theme(library: MustacheLibrary(templates: templates), templateNames: Set(templates.keys),
                     strings: strings, assets: assets, digest: hasher.digest.description, warnings: problems)
    }

    /// One template parsed by swift-mustache, or the error in it, at the line of its file.
    private static func compileTemplate(named name: String, text: String, tooDeepAt deepLine: Int?) -> Result<MustacheTemplate, DiagnosticError> {
        let file = "\(folderName)/\(name).mustache"
        if let deepLine {
            return .failure(DiagnosticError(.error(
                "template error: sections are nested more than \(TemplateTags.deepestNesting) deep here: close some before opening others",
                in: file, line: deepLine)))
        }
        do {
            return .success(try MustacheTemplate(string: TemplateEscaping.compiledText(of: text)))
        } catch let error as MustacheTemplate.ParserError {
            return .failure(DiagnosticError(.error("template error: \(describe(error.error))", in: file,
                                                   line: TemplateEscaping.fileLine(ofCompiledLine: error.context.lineNumber),
                                                   column: SourceColumns.column(ofGraphemeColumn: error.context.columnNumber, in: error.context.line))))
        } catch {
            return .failure(DiagnosticError(.error("template error: \(error)", in: file)))
        }
    }

    /// Renders a view model with one of the theme's templates; nothing when the theme has no such template.
    func render(_ view: Any, with template: String) -> String {
        library.render(view, withTemplate: template) ?? ""
    }

    // MARK: - Checks

    /// swift-mustache renders a missing partial as nothing; a theme author wants to know.
    private static func missingPartials(in tags: [String: TemplateTags], available: Set<String>) -> [Diagnostic] {
        tags.sorted(by: { $0.key < $1.key }).flatMap { name, template in
            template.partials.filter { !available.contains($0.name) }.map { partial in
                .error("the template uses the partial '\(partial.name)', which does not exist\(NearestName.hint(for: partial.name, among: available))",
                       in: "\(folderName)/\(name).mustache", line: partial.line)
            }
        }
    }

    /// A partial that includes itself, directly or through others, renders without end.
    private static func partialCycles(in tags: [String: TemplateTags]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for start in tags.keys.sorted() {
            // Depth-first through the partials, with the path that led to each.
            var pending: [[(name: String, line: Int)]] = [[(start, 0)]]
            var seen: Set<String> = []
            while let path = pending.popLast(), let last = path.last {
                for partial in tags[last.name]?.partials ?? [] {
                    if partial.name == start {
                        guard reported.insert(start).inserted else { continue }
                        let chain = (path.map(\.name) + [start]).joined(separator: " → ")
                        problems.append(.error("template error: the template includes itself (\(chain)): it would be rendered without end",
                                               in: "\(folderName)/\(start).mustache", line: path.count > 1 ? path[1].line : partial.line))
                    } else if seen.insert(partial.name).inserted {
                        pending.append(path + [partial])
                    }
                }
            }
        }
        return problems
    }

    /// The strings per language code. A language's section or string missing is the default
    /// language's, with one warning per string, so that a language can be added before its theme is translated.
    private static func readStrings(_ text: String, languages: [Language], defaultLanguage: Language,
                                    into problems: inout [Diagnostic]) -> [String: [String: String]] {
        let file = "\(folderName)/strings.yml"
        let mapping: YAMLMapping
        do {
            mapping = try YAMLMapping.parse(text, file: file)
        } catch {
            problems += error.diagnostics
            return [:]
        }
        var strings: [String: [String: String]] = [:]
        var sections: [String: YAMLMapping.Entry] = [:]
        for language in languages {
            guard let entry = mapping.entry(language.code),
                  let values = try? YAMLMapping.mapping(entry.value, file: file, firstLine: 1) else {
                if language == defaultLanguage {
                    problems.append(.error("the theme's strings have no '\(language.code):' section for \(language.name)", in: file))
                }
                continue
            }
            sections[language.code] = entry
            var table: [String: String] = [:]
            for value in values.entries {
                table[value.key] = values.string(value.key, into: &problems)
            }
            strings[language.code] = table
        }
        guard let reference = strings[defaultLanguage.code] else { return strings }
        for language in languages where language != defaultLanguage {
            var table = strings[language.code] ?? [:]
            guard let section = sections[language.code] else {
                problems.append(.warning("the theme's strings have no '\(language.code):' section for \(language.name) yet: the \(defaultLanguage.name) strings stand in for it",
                                         in: file, code: "missing-translation"))
                strings[language.code] = reference
                continue
            }
            for key in reference.keys.sorted() where table[key] == nil {
                table[key] = reference[key]
                problems.append(.warning("the theme's strings for \(language.name) lack '\(key)' yet: the \(defaultLanguage.name) string stands in for it",
                                         in: file, line: section.line, code: "missing-translation"))
            }
            for key in table.keys.sorted() where reference[key] == nil {
                problems.append(.error("the theme's string '\(key)' is given for \(language.name) but not for \(defaultLanguage.name), the default language",
                                       in: file, line: section.line))
            }
            strings[language.code] = table
        }
        return strings
    }

    private static func assets(in folder: URL) -> [StaticFile] {
        let assetsFolder = folder.appendingPathComponent("assets")
        guard let enumerator = FileManager.default.enumerator(at: assetsFolder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            return []
        }
        let base = assetsFolder.standardizedFileURL.path
        var files: [StaticFile] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files.append(StaticFile(source: url, outputPath: "assets/\(path)"))
        }
        return files.sorted { $0.outputPath < $1.outputPath }
    }

    private static func describe(_ error: Error) -> Message {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        default: return .describing(error)
        }
    }
}
