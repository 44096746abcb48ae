#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs the hicolor PNGs that tools/RenderIcon draws from resources/icons/dealbench.svg into
installer/windows/dealbench.ico and installer/macos/dealbench.icns, so the Windows and macOS
installers need no ImageMagick or iconutil. Both formats hold plain PNG entries (Vista+, 10.7+).

    python3 installer/tools/make_platform_icons.py build/installer/icons/hicolor installer
"""
import struct
import sys
from pathlib import Path

APP_ID = "org.dealbench.Dealbench"


def png(hicolor: Path, size: int) -> bytes:
    return (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()


def ico(hicolor: Path) -> bytes:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(hicolor, size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size, image in zip(sizes, images):
        # A width or height of 256 is written as 0.
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + directory + b"".join(images)


def icns(hicolor: Path) -> bytes:
    # ic11/ic12/ic13/ic14 are the @2x variants of 16/32/128/256.
    entries = [(b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256), (b"ic08", 256),
               (b"ic14", 512), (b"ic09", 512)]
    body = b""
    for kind, size in entries:
        image = png(hicolor, size)
        body += kind + struct.pack(">I", len(image) + 8) + image
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    hicolor, installer = Path(sys.argv[1]), Path(sys.argv[2])
    (installer / "windows" / "dealbench.ico").write_bytes(ico(hicolor))
    (installer / "macos" / "dealbench.icns").write_bytes(icns(hicolor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
