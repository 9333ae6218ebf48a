#!/usr/bin/env python3
"""Writes a revue project of N chapter-like pages per language, in 10 sections, for benchmarks.

Each page resembles a chapter of the example review: headings, paragraphs,
lists with figures, emphasis and links to other pages, about 3 KB of Markdown.
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
    "fr": ("Rubrique", "Le Ministère a poursuivi la mise en œuvre de la réforme : **{n} 000 bénéficiaires** "
           "ont été inscrits, et le taux de couverture atteint environ **90 %** de la population. "
           "Les établissements de soins de santé primaires ont été réhabilités ; le programme se poursuit.",
           ["Réalisations", "Réalisations en chiffres", "Perspectives"]),
    "ar": ("باب", "واصلت الوزارة تنزيل ورش الإصلاح: تم تسجيل **{n} 000 مستفيد**، "
           "وبلغت نسبة التغطية حوالي **90 في المائة** من الساكنة. "
           "كما تمت إعادة تأهيل مؤسسات الرعاية الصحية الأولية، ويتواصل البرنامج.",
           ["الإنجازات", "الإنجازات بالأرقام", "الآفاق"]),
}

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
        day = i % 28 + 1
        with open(os.path.join(folder, f"p{i:05d}.md"), "w") as f:
            f.write(f"---\ntitle: {section_word} {i}\nsummary: {section_word} {i}\n"
                    f"date: 2023-{i % 12 + 1:02d}-{day:02d}\ntags: [a, b]\n---\n" + "\n".join(body))
