#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt Linguist .ts file from a translation table, so the translations can be
re-applied after lupdate has added or changed source strings.

    fill_ts.py dealbench_zh_CN.ts dealbench_pl.ts   # tables: every tables/*.py
    fill_ts.py dealbench_en.ts                      # English: plural forms made from "(s)"
    fill_ts.py dealbench_pl.ts --missing m.txt      # also list what the tables lack

Each table module defines E, a list of (source, chinese, polish) entries, or
(context, source, chinese, polish) for a translation that differs by context. A numerus
(plural) message takes a list of forms for Polish (one, few, many: "1 szansa", "2 szanse",
"5 szans"); Chinese has one form. An entry whose placeholders (%1 … %9, %n) differ from the
source's is refused and reported, never written. Messages the tables lack stay
type="unfinished".
"""
import argparse
import glob
import importlib.util
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
# English plurals that are not "add s"
ENGLISH_IRREGULAR = {"person(s)": ("person", "people"), "(es)": ("", "es")}


def placeholders(text):
    return sorted(set(m.replace("%L", "%") for m in PLACEHOLDER.findall(text)))


def english_forms(source):
    one, many = source, source
    for pattern, (singular, plural) in ENGLISH_IRREGULAR.items():
        one = one.replace(pattern, singular)
        many = many.replace(pattern, plural)
    one = one.replace("(s)", "")
    many = many.replace("(s)", "s")
    # "%n day(s) ago"-style texts are covered above; "is/are" pairs are written "is(are)"
    return [one, many]


def load_tables(directory, language):
    column = {"zh_CN": 0, "pl": 1}[language]
    table, by_context = {}, {}
    for file in sorted(glob.glob(os.path.join(directory, "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(file)[:-3], file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for entry in getattr(module, "E", []):
            if len(entry) == 3:
                table[entry[0]] = entry[1 + column]
            else:
                by_context[(entry[0], entry[1])] = entry[2 + column]
    return table, by_context


def set_translation(message, forms, numerus):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)


def is_finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", nargs="+")
    parser.add_argument("--tables", help="folder of table modules; default: tables/ beside this script")
    parser.add_argument("--missing", help="write the sources the tables lack to this file")
    args = parser.parse_args()
    status = 0
    for ts in args.ts:
        status |= fill(ts, args.tables or os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables"),
                       args.missing)
    return status


def fill(ts, tables, missing_path):

    tree = ET.parse(ts)
    root = tree.getroot()
    language = root.get("language")
    plural_count = {"zh_CN": 1, "pl": 3, "en": 2}[language]
    table, by_context = {}, {}
    if language != "en":
        table, by_context = load_tables(tables, language)

    filled, missing, refused = 0, [], []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            if language == "en":
                value = english_forms(source)
            else:
                value = by_context.get((name, source), table.get(source))
            if value is None:
                if not is_finished(message):
                    missing.append((name, source))
                continue
            forms = value if isinstance(value, list) else [value]
            if numerus and len(forms) == 1:
                forms = forms * plural_count
            if len(forms) != (plural_count if numerus else 1) or any(
                placeholders(f) != placeholders(source) for f in forms
            ):
                refused.append((name, source, forms))
                continue
            set_translation(message, forms, numerus)
            filled += 1

    ET.indent(tree, space="    ")
    with open(ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for name, source, forms in refused:
        print(f"refused (placeholders or plural forms differ): {name}: {source!r} -> {forms!r}", file=sys.stderr)
    if missing_path:
        with open(missing_path, "w", encoding="utf-8") as out:
            for name, source in missing:
                out.write(f"{name}\t{source!r}\n")
    print(f"{ts}: {filled} filled, {len(missing)} missing, {len(refused)} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
