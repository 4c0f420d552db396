#!/usr/bin/env python3
"""Writes a large synthetic site for `scripts/benchmark`: the example's site.yml and
Templates/, and PROVIDERS made-up providers with results and survey rows for YEARS years.

    scripts/benchmark-content.py OUT_DIR [PROVIDERS] [YEARS]

Deterministic (a fixed seed), so two runs measure the same input.
"""
import random
import shutil
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
out = Path(sys.argv[1])
providers = int(sys.argv[2]) if len(sys.argv) > 2 else 200
years = int(sys.argv[3]) if len(sys.argv) > 3 else 6
rng = random.Random(20261123)

if out.exists():
    shutil.rmtree(out)
(out / "Content" / "anordnare").mkdir(parents=True)
(out / "Content" / "resultat").mkdir()
(out / "Content" / "nojdhet").mkdir()
shutil.copytree(root / "Templates", out / "Templates")
shutil.copy(root / "Content" / "site.yml", out / "Content" / "site.yml")
shutil.copy(root / "Content" / "start.md", out / "Content" / "start.md")

site = (root / "Content" / "site.yml").read_text(encoding="utf-8")
def listed(key):
    block = site.split(f"\n{key}:\n", 1)[1]
    items = []
    for line in block.splitlines():
        if not line.startswith("  - "):
            break
        items.append(line[4:].strip())
    return items
languages, districts = listed("languages"), listed("districts")
questions = [line.split("id:")[1].strip() for line in site.splitlines() if line.strip().startswith("- id:") and "-" in line.split("id:")[1]]
questions = [q for q in questions if q not in ("grund", "forstarkt", "sai")]
programmes = ["grund", "forstarkt", "sai"]

results = ["anordnare;insats;år;avslutade;egen_forsorjning;medeldagar;aterkommande_24m"]
survey = ["anordnare;insats;år;fraga;medelvarde;antal_svar;standardavvikelse"]
for i in range(providers):
    pid = f"anordnare-{i:04d}"
    mine = sorted(rng.sample(programmes, rng.randint(1, 3)))
    text = "\n\n".join(f"Stycke {p} om hur vi arbetar, med **fetstil**, en [länk](/om-siffrorna/) och en lista:\n\n- ett\n- två\n- tre"
                       for p in range(6))
    (out / "Content" / "anordnare" / f"{pid}.md").write_text(
        f"---\nnamn: Anordnare {i:04d} Jobb\nsammanfattning: En påhittad anordnare för prestandamätning.\n"
        f"insatser: [{', '.join(mine)}]\nspråk: [{', '.join(rng.sample(languages, 4))}]\n"
        f"områden: [{', '.join(rng.sample(districts, 2))}]\nmetoder: [CV och intervjuträning, Arbetsplatspraktik]\n---\n{text}\n",
        encoding="utf-8")
    for programme in mine:
        for year in range(2022 - years + 1, 2023):
            ended = rng.randint(3, 90)
            selfsufficient = rng.randint(0, ended)
            results.append(f"{pid};{programme};{year};{ended};{selfsufficient};{rng.randint(60, 400)};{rng.randint(0, selfsufficient)}")
            for question in questions:
                n = rng.randint(1, 25)
                mean = round(rng.uniform(2.0, 4.8), 2)
                survey.append(f"{pid};{programme};{year};{question};{str(mean).replace('.', ',')};{n};0,8")
(out / "Content" / "resultat" / "alla.csv").write_text("\n".join(results) + "\n", encoding="utf-8")
(out / "Content" / "nojdhet" / "alla.csv").write_text("\n".join(survey) + "\n", encoding="utf-8")
print(f"{providers} providers, {len(results) - 1} result rows, {len(survey) - 1} survey rows in {out}")
