#!/usr/bin/env python3
"""Writes a revue project of N chapter-like pages per language, in 10 sections, for benchmarks.

Each page resembles a chapter of the example review: headings, paragraphs,
lists with figures taken from a data table, emphasis, links to other pages,
and one page in ten a chart; about 3 KB of Markdown.
"""
import os
import shutil
import sys

root, count = sys.argv[1], int(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
os.makedirs(root, exist_ok=True)
shutil.copy(os.path.join(repo, "revue.yml"), root)
shutil.copytree(os.path.join(repo, "templates"), os.path.join(root, "templates"), dirs_exist_ok=True)

TEXT = {
    "fr": ("Rubrique", "Le Ministère a poursuivi la mise en œuvre de la réforme : **{{{{chiffres.r{n}.valeur}}}}** "
           "ont été inscrits, et le taux de couverture atteint environ **{{{{chiffres.r{n}.taux}}}}** de la population. "
           "Les établissements de soins de santé primaires ont été réhabilités ; le programme se poursuit.",
           ["Réalisations", "Réalisations en chiffres", "Perspectives"]),
    "ar": ("باب", "واصلت الوزارة تنزيل ورش الإصلاح: تم تسجيل **{{{{chiffres.r{n}.valeur}}}}**، "
           "وبلغت نسبة التغطية حوالي **{{{{chiffres.r{n}.taux}}}}** من الساكنة. "
           "كما تمت إعادة تأهيل مؤسسات الرعاية الصحية الأولية، ويتواصل البرنامج.",
           ["الإنجازات", "الإنجازات بالأرقام", "الآفاق"]),
}

data = os.path.join(root, "content", "data")
os.makedirs(data, exist_ok=True)
with open(os.path.join(data, "chiffres.schema.yml"), "w") as f:
    f.write("title: {fr: Bénéficiaires, ar: المستفيدون}\nkey: id\ncolumns:\n"
            "  - {name: id, type: text}\n  - {name: libelle, type: localized}\n"
            "  - {name: valeur, type: count, unit: {fr: bénéficiaires, ar: مستفيد}}\n"
            "  - {name: taux, type: percent, precision: 1}\n")
with open(os.path.join(data, "chiffres.csv"), "w") as f:
    f.write("id,libelle.fr,libelle.ar,valeur,taux\n")
    for n in range(1, 101):
        f.write(f"r{n},Région {n},الجهة {n},{n * 123457},{n % 90 + 9.5}\n")
CHART = "```{{chart}}\ntype: bar\ntable: chiffres\nrows: [r1, r2, r3, r4, r5]\nlabel: libelle\nvalue: valeur\n```\n"

per_section = max(1, count // 10)
for lang, (section_word, paragraph, headings) in TEXT.items():
    base = os.path.join(root, "content", lang)
    os.makedirs(base, exist_ok=True)
    with open(os.path.join(base, "_index.md"), "w") as f:
        f.write(f"---\ntitle: {section_word}\n---\n{paragraph.format(n=1)}\n")
    for i in range(count):
        section = f"s{i // per_section:03d}"
        folder = os.path.join(base, section)
        if i % per_section == 0:
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "_index.md"), "w") as f:
                f.write(f"---\ntitle: {section_word} {section}\npages: activity\nweight: {i // per_section}\n---\n")
        neighbour = f"p{i - 1:05d}.md" if i % per_section else "_index.md"
        body = []
        for h in headings:
            body.append(f"## {h}\n\n{paragraph.format(n=i % 97 + 1)}\n\n"
                        f"- {paragraph.format(n=i % 13 + 2)}\n- {paragraph.format(n=i % 7 + 3)}\n\n"
                        f"{paragraph.format(n=i % 5 + 4)} [→]({neighbour})\n")
        if i % 10 == 0:
            body.append(CHART.format())
        day = i % 28 + 1
        with open(os.path.join(folder, f"p{i:05d}.md"), "w") as f:
            f.write(f"---\ntitle: {section_word} {i}\nsummary: {section_word} {i}\n"
                    f"date: 2023-{i % 12 + 1:02d}-{day:02d}\ntags: [a, b]\n---\n" + "\n".join(body))
