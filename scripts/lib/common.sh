# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run, test, bench, package: the Debian packages the build needs, by name,
# and a configure+build step. Sourced, not run.
set -euo pipefail
DEALBENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Build: compiler, CMake/Ninja, Qt 6 modules (Charts needs libqt6opengl6-dev on Debian 12),
# the SQLite driver plugin and headers, Linguist tools.
# Run/test: fonts for offscreen rendering (noto-cjk for Chinese), sqlite3 for benchmarks,
# poppler-utils (pdftotext) for report tests, dpkg-dev for packaging.
DEALBENCH_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libsqlite3-dev sqlite3
    fonts-dejavu-core fonts-noto-cjk poppler-utils dpkg-dev file
)

dealbench_missing_packages() {
    local missing=()
    for p in "${DEALBENCH_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    echo "${missing[@]:-}"
}

dealbench_install_packages() {
    local missing
    missing=$(dealbench_missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "Dealbench needs these Debian packages. Install them with:" >&2
        echo "  sudo apt-get install -y --no-install-recommends $missing" >&2
        exit 1
    fi
    echo "installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# dealbench_build BUILD_DIR BUILD_TYPE [cmake options...]
dealbench_build() {
    local dir=$1 type=$2
    shift 2
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$DEALBENCH_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    else
        cmake "$dir" "$@" >/dev/null
    fi
    cmake --build "$dir" -j"$(nproc)"
}

dealbench_runtime_env() {
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
}
