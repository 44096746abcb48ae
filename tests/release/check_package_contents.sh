#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR (what the .deb contains: cpack runs the same
# install rules) and checks the files a desktop needs. No root, a second or two.
set -euo pipefail
build=$1 version=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
fail=0
expect() {
    if [ ! -s "$root/usr/$1" ]; then
        echo "missing: /usr/$1"
        fail=1
    fi
}
id=org.dealbench.Dealbench
expect bin/dealbench
expect share/applications/$id.desktop
expect share/metainfo/$id.metainfo.xml
expect share/mime/packages/$id.xml
expect share/icons/hicolor/scalable/apps/$id.svg
for size in 16 22 24 32 48 64 128 256 512; do
    png=share/icons/hicolor/${size}x${size}/apps/$id.png
    expect "$png"
    if [ -s "$root/usr/$png" ] && ! file "$root/usr/$png" | grep -q "PNG image data, $size x $size"; then
        echo "not a $size px PNG: /usr/$png"
        fail=1
    fi
done
[ -x "$root/usr/bin/dealbench" ] || { echo "not executable: /usr/bin/dealbench"; fail=1; }
grep -q '^Exec=dealbench %f$' "$root/usr/share/applications/$id.desktop" || { echo "desktop Exec line"; fail=1; }
grep -q '^MimeType=application/x-dealbench;$' "$root/usr/share/applications/$id.desktop" ||
    { echo "desktop MimeType line"; fail=1; }
grep -q '<glob pattern="\*.dealbench"/>' "$root/usr/share/mime/packages/$id.xml" || { echo "MIME glob"; fail=1; }
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" ||
    { echo "metainfo release $version"; fail=1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail=1
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail=1
fi
# The installed binary runs and says its version (offscreen: no display needed).
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/dealbench" --version 2>&1 || true)
echo "$out" | grep -q "$version" || { echo "dealbench --version said: $out"; fail=1; }
[ $fail = 0 ] && echo "package contents OK ($(find "$root" -type f | wc -l) files)"
exit $fail
