#!/usr/bin/env python3
"""Writes one benchmark corpus twice, for revue and for Hugo: N activity pages
per language (French and Arabic), each about 1.9 KB of Markdown — a heading,
paragraphs, a list, a key figure from a typed table — and one page in ten a
20-row budget table. revue gets its default theme, the figure as a reference
and the table as a {table} directive; Hugo gets a small theme of its own, the
figure and the table as shortcodes formatting numbers by language. Both sites
hold the same pages with the same words, from the same seeded generator.

Usage: scripts/generate-corpus.py N REVUE_DIR HUGO_DIR"""
import os, random, shutil, sys

count, revue_dir, hugo_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
repository = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = {
    "fr": "santé protection sociale réforme hôpital programme campagne vaccination couverture région formation établissement".split(),
    "ar": "الصحة الحماية الاجتماعية إصلاح مستشفى برنامج حملة التلقيح التغطية جهة تكوين مؤسسة".split(),
}


def put(root, path, text):
    target = os.path.join(root, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


def sentence(rng, words, length):
    return " ".join(rng.choice(words) for _ in range(length)) + "."


for folder in (revue_dir, hugo_dir):
    shutil.rmtree(folder, ignore_errors=True)
rng = random.Random(2023)
budget = [(n, rng.randint(10**6, 10**10), round(rng.random() * 100, 1)) for n in range(20)]

# revue: settings, theme, the two tables.
shutil.copytree(os.path.join(repository, "templates"), os.path.join(revue_dir, "templates"))
put(revue_dir, "revue.yml", """title: {fr: Revue, ar: مجلة}
base_url: https://example.org/
issue: "1"
period: 2022/2023
default_language: fr
languages:
  - {code: fr, name: Français, locale: fr-MA, direction: ltr}
  - {code: ar, name: العربية, locale: ar-MA, direction: rtl}
""")
put(revue_dir, "content/data/budget.schema.yml", """title: {fr: Budget, ar: الميزانية}
key: id
columns:
  - {name: id, type: text}
  - {name: libelle, type: localized, label: {fr: Poste, ar: البند}}
  - {name: montant, type: money, label: {fr: Montant, ar: المبلغ}}
  - {name: part, type: percent, precision: 1, label: {fr: Part, ar: الحصة}}
""")
put(revue_dir, "content/data/budget.csv", "id,libelle.fr,libelle.ar,montant,part\n"
    + "".join(f"b{n},Poste {n},بند {n},{amount},{share}\n" for n, amount, share in budget))

# Hugo: settings, a theme that shows the same parts, the same table as data.
put(hugo_dir, "hugo.toml", """baseURL = "https://example.org/"
defaultContentLanguage = "fr"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
[languages.fr]
  languageName = "Français"
  languageDirection = "ltr"
  contentDir = "content/fr"
  weight = 1
[languages.ar]
  languageName = "العربية"
  languageDirection = "rtl"
  contentDir = "content/ar"
  weight = 2
""")
put(hugo_dir, "i18n/fr.toml", 'beneficiaries = "bénéficiaires"\n')
put(hugo_dir, "i18n/ar.toml", 'beneficiaries = "مستفيد"\n')
put(hugo_dir, "data/budget.yaml", "".join(
    f'- {{fr: "Poste {n}", ar: "بند {n}", amount: {amount}, share: {share}}}\n' for n, amount, share in budget))
put(hugo_dir, "layouts/_default/baseof.html", """<!doctype html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
</head><body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body></html>""")
put(hugo_dir, "layouts/_default/single.html", """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>
{{ .Content }}</article>{{ end }}""")
put(hugo_dir, "layouts/_default/list.html", """{{ define "main" }}<h1>{{ .Title }}</h1><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}""")
put(hugo_dir, "layouts/index.html", """{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ end }}""")
put(hugo_dir, "layouts/shortcodes/budget.html", """{{ $lang := .Page.Language.Lang }}<table>
{{ range .Site.Data.budget }}<tr><td>{{ index . $lang }}</td><td>{{ lang.FormatNumber 0 .amount }}</td><td>{{ lang.FormatPercent 1 .share }}</td></tr>{{ end }}</table>""")
put(hugo_dir, "layouts/shortcodes/kpi.html",
    """<strong>{{ lang.FormatNumber 0 (float (.Get 0)) }} {{ i18n "beneficiaries" }}</strong>""")

figures = []
for language, words in WORDS.items():
    for root in (revue_dir, hugo_dir):
        put(root, f"content/{language}/_index.md", f"---\ntitle: Revue {language}\n---\n")
    put(revue_dir, f"content/{language}/activites/_index.md", "---\ntitle: Activités\npages: activity\n---\n")
    put(hugo_dir, f"content/{language}/activites/_index.md", "---\ntitle: Activités\n---\n")
    for n in range(count):
        key = f"{language}{n:05d}"
        figure = rng.randint(1000, 10**8)
        figures.append((key, figure))
        before = [f"## {sentence(rng, words, 4)}", sentence(rng, words, 60), "",
                  f"- **{sentence(rng, words, 3)}**", f"- {sentence(rng, words, 8)}", ""]
        after = ["", sentence(rng, words, 80)]
        front = f"---\ntitle: \"{sentence(rng, words, 5)}\"\ndate: 2023-{n % 12 + 1:02d}-{n % 28 + 1:02d}\n---\n"
        revue_body = before + [f"**{{{{kpi.{key}.valeur}}}}**"] + after
        hugo_body = before + ["{{< kpi %d >}}" % figure] + after
        if n % 10 == 0:
            revue_body += ["", "```{table}\ntable: budget\ncolumns: [libelle, montant, part]\n```"]
            hugo_body += ["", "{{< budget >}}"]
        put(revue_dir, f"content/{language}/activites/a{n:05d}.md", front + "\n".join(revue_body) + "\n")
        put(hugo_dir, f"content/{language}/activites/a{n:05d}.md", front + "\n".join(hugo_body) + "\n")
put(revue_dir, "content/data/kpi.schema.yml", """title: {fr: Indicateurs, ar: مؤشرات}
key: id
columns:
  - {name: id, type: text}
  - {name: valeur, type: integer, unit: {fr: bénéficiaires, ar: مستفيد}}
""")
put(revue_dir, "content/data/kpi.csv", "id,valeur\n" + "".join(f"{key},{figure}\n" for key, figure in figures))
