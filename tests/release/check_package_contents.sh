#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with cpack (as ./scripts/package does), unpacks it into a temporary root
# with dpkg-deb and checks the files a desktop needs and the declared dependencies. No root.
# Where cpack cannot make a .deb (not Debian), the install rules are checked through DESTDIR.
set -euo pipefail
build=$(cd "$1" && pwd) version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
fail=0
if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
    (cd "$work" && cpack -G DEB -B "$work/deb" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) ||
        { cat "$work/cpack.log"; exit 1; }
    deb=$(ls "$work"/deb/dealbench_*.deb)
    dpkg-deb -x "$deb" "$root"
    [ "$(dpkg-deb -f "$deb" Package)" = dealbench ] || { echo "package name"; fail=1; }
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "package version: $(dpkg-deb -f "$deb" Version)"; fail=1; }
    depends=$(dpkg-deb -f "$deb" Depends)
    # dpkg-shlibdeps' libraries, and the plugins it cannot see (SQLite driver, SVG, platform).
    for dependency in libqt6core6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6sql6-sqlite libqt6svg6 \
        qt6-qpa-plugins libc6; do
        echo "$depends" | grep -Eq "(^|, )$dependency( |,|$)" || { echo "Depends lacks $dependency: $depends"; fail=1; }
    done
else
    DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
fi
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
