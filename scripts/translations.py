"""Translations of the app: update the .ts sources from the code, build the .qm files, check.

    python scripts/translations.py update     # lupdate: new strings into every .ts (sources)
    python scripts/translations.py build      # lrelease: .ts -> .qm, plus Qt's qtbase_<lang>.qm
    python scripts/translations.py check      # fails when a .ts lacks a string of the code
    python scripts/translations.py pseudo DIR # a fake language in DIR (layout checks)

A language is one file, resources/translations/partner_desktop_<code>.ts (code as Qt names
locales: "es", "pt_BR"); the app offers every language whose .qm is built. The .qm files are
build output (setup.sh, the installer build and the tests build them), not kept in git.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PREFIX = "partner_desktop_"
#: Where the code marks strings (QCoreApplication.translate / self.tr).
SOURCES = ("partner_desktop/ui", "partner_desktop/models")
#: How much longer the pseudo language makes every string (German runs ~30-40 % longer).
PSEUDO_GROWTH = 0.4


def tool(name: str) -> str:
    """A Qt tool of PySide6 in the interpreter's environment (or on PATH)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install pyside6-essentials")
    return found


def ts_files(directory: Path = TS_DIR) -> list[Path]:
    return sorted(directory.glob(f"{PREFIX}*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix(PREFIX)


def source_files() -> list[str]:
    files: list[str] = []
    for entry in SOURCES:
        path = ROOT / entry
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files += [str(p.relative_to(ROOT)) for p in found]
    return files


_NOTES = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.DOTALL)


def lupdate(targets: list[Path]) -> None:
    """Bring ``targets`` in step with the code: new strings added (unfinished), gone ones
    dropped. No line numbers are stored, so moving code does not change the files."""
    for ts in targets:
        subprocess.run(
            [
                tool("lupdate"),
                *source_files(),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language_of(ts),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        # lupdate takes every "#:" comment before a string for a note to translators; in this
        # code base "#:" documents attributes, so the notes would only churn the files.
        text = ts.read_text(encoding="utf-8")
        ts.write_text(_NOTES.sub("", text), encoding="utf-8")


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def lrelease(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return qm


def build(directory: Path = TS_DIR, out: Path | None = None) -> list[Path]:
    """Compile every .ts of ``directory`` into ``out`` and copy Qt's own qtbase_<lang>.qm."""
    out = out or directory
    out.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    qt_dir = qt_translations_dir()
    for ts in ts_files(directory):
        built.append(lrelease(ts, out / f"{ts.stem}.qm"))
        language = language_of(ts)
        qt_qm = qt_dir / f"qtbase_{language}.qm"
        if qt_qm.exists() and language != "en":
            shutil.copyfile(qt_qm, out / qt_qm.name)
            built.append(out / qt_qm.name)
    return built


def stale(directory: Path = TS_DIR) -> list[str]:
    """Names of the .ts files lupdate would change (a string of the code missing, or gone)."""
    with tempfile.TemporaryDirectory() as temp:
        changed = []
        for ts in ts_files(directory):
            copy = Path(temp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate([copy])
            if not filecmp.cmp(ts, copy, shallow=False):
                changed.append(ts.name)
        return changed


def pseudo_text(text: str) -> str:
    """ "[Sign in~~~~]": 40 % longer, in brackets; placeholders (%1, %n) and tags kept."""
    extra = "~" * max(1, round(len(text) * PSEUDO_GROWTH))
    return f"[{text}{extra}]"


def pseudo(out: Path) -> Path:
    """Write partner_desktop_pseudo.ts/.qm to ``out``: every string of the English source,
    lengthened and bracketed (an untranslated string shows up without brackets)."""
    source = TS_DIR / f"{PREFIX}en.ts"
    tree = ET.parse(source)  # noqa: S314 - the project's own file
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo_text(text.replace("(s)", "s"))
        else:
            translation.text = pseudo_text(text)
    out.mkdir(parents=True, exist_ok=True)
    ts = out / f"{PREFIX}pseudo.ts"
    tree.getroot().set("language", "en")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return lrelease(ts, out / f"{PREFIX}pseudo.qm")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="add the code's new strings to every .ts")
    sub.add_parser("build", help="compile the .qm files")
    sub.add_parser("check", help="fail if a .ts is not in step with the code")
    fake = sub.add_parser("pseudo", help="write a pseudo language (40 %% longer) to a folder")
    fake.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "update":
        lupdate(ts_files())
        print(f"updated {len(ts_files())} .ts files")
    elif args.command == "build":
        built = build()
        print(f"built {len(built)} .qm files in {TS_DIR.relative_to(ROOT)}")
    elif args.command == "check":
        changed = stale()
        if changed:
            print("not in step with the code (run: scripts/translations.py update):", *changed)
            return 1
        print("translations in step with the code")
    else:
        print(pseudo(args.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
