#!/usr/bin/env bash
# Build the one-folder desktop bundle for this OS with PyInstaller, start it once offscreen on a sample
# project from outside the checkout, and pack it for users:
#   Linux:   DIST/Studio/ (with install-desktop-entry.sh) and DIST/Studio-linux-x86_64.tar.gz
#   macOS:   DIST/Studio.app (opens .studio files) and DIST/Studio-macos.zip
#   Windows: DIST/Studio/ and DIST/Studio-windows.zip, plus DIST/Studio-setup.exe (file association)
#            when Inno Setup's iscc is on PATH
# Usage: bash scripts/build_app.sh [--install] [DIST]   (DIST defaults to dist/; PYTHON picks the interpreter)
#   --install  first install Studio and PyInstaller into that interpreter (a fresh build machine);
#              without it they must be there already (scripts/setup.sh --test installs them).
# STUDIO_ARCHIVE_LEVEL sets the Linux archive's gzip level (1-9, default 6, gzip's own): the test suite
# builds with 1: the same bundle, its archive 8 % larger and made in 12 CPU s instead of 31 (a 727 MB bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
install=0
if [ "${1:-}" = "--install" ]; then install=1; shift; fi
dist="${1:-dist}"
mkdir -p "$dist"
dist="$(cd "$dist" && pwd)"
py="${PYTHON:-python3}"
work="$root/build/bundle"
mkdir -p "$work"

if [ "$install" = 1 ]; then "$py" -m pip install -q --disable-pip-version-check ".[bundle]"; fi
"$py" packaging/make_icons.py "$work/icons"
STUDIO_ICON_DIR="$work/icons" "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work/pyinstaller" packaging/studio.spec

case "$(uname -s)" in
  Darwin) app="$dist/Studio.app"; exe="$app/Contents/MacOS/Studio" ;;
  MINGW*|MSYS*|CYGWIN*|Windows_NT) app="$dist/Studio"; exe="$app/Studio.exe" ;;
  *) app="$dist/Studio"; exe="$app/Studio"
     mkdir -p "$app/share"
     cp packaging/linux/studio.desktop packaging/linux/studio-mime.xml "$app/share/"
     cp "$work/icons/studio.png" "$app/share/studio.png"
     cp packaging/linux/install-desktop-entry.sh "$app/" ;;
esac

# Smoke test: the bundle, not the checkout, opens a project (made by the checkout's CLI) and quits.
smoke="$(mktemp -d)"
"$py" -m studio sample "$smoke/smoke.studio" --lang en >/dev/null
(cd "$smoke" && QT_QPA_PLATFORM=offscreen STUDIO_QUIT_AFTER_SHOW=1 HOME="$smoke" "$exe" smoke.studio) > "$smoke/out.txt" \
  || { echo "build_app: the bundle failed to start" >&2; cat "$smoke/out.txt" >&2; exit 1; }
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*|Windows_NT) ;;  # a windowed .exe has no standard output: its exit status says it all
  *) grep -q "^settled " "$smoke/out.txt" || { echo "build_app: the bundle did not open the project" >&2; exit 1; } ;;
esac
rm -rf "$smoke"

case "$(uname -s)" in
  Darwin) (cd "$dist" && ditto -c -k --keepParent Studio.app Studio-macos.zip) ;;
  MINGW*|MSYS*|CYGWIN*|Windows_NT)
    (cd "$dist" && "$py" -c "import shutil; shutil.make_archive('Studio-windows', 'zip', '.', 'Studio')")
    if command -v iscc >/dev/null 2>&1; then
      iscc -Q "-DSourceDir=$app" "-DOutputDir=$dist" "-DIconFile=$work/icons/studio.ico" packaging/windows/studio.iss
    fi ;;
  *) tar -C "$dist" -cf - Studio | gzip "-${STUDIO_ARCHIVE_LEVEL:-6}" > "$dist/Studio-linux-$(uname -m).tar.gz" ;;
esac
echo "build_app: built $app"
