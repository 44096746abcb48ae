#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the committed .ts files (run by ctest).

    check_ts.py complete TS...
        fails on an unfinished, vanished or obsolete entry, a translation that drops or
        adds a placeholder (%1 … %9, %n), or a plural with the wrong number of forms.
    check_ts.py fresh LUPDATE SOURCES.lst INCLUDE_DIR TS...
        runs lupdate over the sources into a copy of each .ts and fails when it finds a
        source string the committed file does not have (a string added or changed in the
        code without running update_translations) or loses one (an entry left vanished),
        and when lupdate cannot extract a tr() call at all (no class or namespace gives it a
        context, e.g. a file-local tr() helper in an anonymous namespace): such a string would
        silently stay English in every language.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
PLURAL_FORMS = {"zh_CN": 1, "pl": 3, "en": 2}


def placeholders(text):
    return sorted(set(m.replace("%L", "%") for m in PLACEHOLDER.findall(text or "")))


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield root.get("language"), name, message


def keys(path):
    return {
        (name, message.findtext("source"), message.findtext("comment") or "")
        for _, name, message in messages(path)
        if message.find("translation") is None
        or message.find("translation").get("type") not in ("vanished", "obsolete")
    }


def check_complete(paths):
    problems = []
    for path in paths:
        file = os.path.basename(path)
        count = 0
        for language, name, message in messages(path):
            count += 1
            source = message.findtext("source")
            translation = message.find("translation")
            where = f"{file}: {name}: {source!r}"
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {kind}")
                continue
            forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" else [
                translation.text
            ]
            if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS.get(language, len(forms)):
                problems.append(f"{where} has {len(forms)} plural forms")
            for form in forms:
                if not form:
                    problems.append(f"{where} has an empty translation")
                elif placeholders(form) != placeholders(source):
                    problems.append(f"{where} -> {form!r} changes the placeholders")
        print(f"{file}: {count} messages")
    return problems


def check_fresh(lupdate, sources, include, paths):
    problems = []
    unextracted = set()
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            copy = os.path.join(tmp, os.path.basename(path))
            shutil.copy(path, copy)
            options = ["-pluralonly"] if copy.endswith("_en.ts") else []
            run = subprocess.run(
                [lupdate, "-no-obsolete", "-locations", "none", *options, "-I", include, "@" + sources,
                 "-ts", copy],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            unextracted.update(line.strip() for line in run.stderr.splitlines()
                               if "cannot be called without context" in line)
            committed, fresh = keys(path), keys(copy)
            for name, source, _ in sorted(fresh - committed):
                problems.append(f"{os.path.basename(path)}: new string not in the file: {name}: {source!r}")
            for name, source, _ in sorted(committed - fresh):
                problems.append(f"{os.path.basename(path)}: string no longer in the code: {name}: {source!r}")
    problems.extend(f"string lupdate cannot extract: {line}" for line in sorted(unextracted))
    return problems


def main(argv):
    if len(argv) >= 2 and argv[1] == "complete":
        problems = check_complete(argv[2:])
    elif len(argv) >= 5 and argv[1] == "fresh":
        problems = check_fresh(argv[2], argv[3], argv[4], argv[5:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems[:200]:
        print(problem)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
