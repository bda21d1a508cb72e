#!/usr/bin/env bash
# Install what Studio needs on a fresh Debian/Ubuntu machine: the system libraries Qt loads,
# a Chinese font, and the Python package. With --test, also what the test suite uses:
# LibreOffice (every docx/xlsx we write must open in it), poppler and Xvfb, PostgreSQL's server (the
# workspace tests start a throwaway one in a temporary folder) and the test extras (psycopg among them).
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
if [ "${1:-}" = "--test" ]; then with_tests=1; fi

packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 fonts-wqy-microhei fontconfig)
if [ "$with_tests" = 1 ]; then
  packages+=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils xvfb xauth
    desktop-file-utils shared-mime-info postgresql)
fi

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    echo "setup: installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "setup: no apt-get here; install Qt's system libraries and a CJK font with your package manager" >&2
fi

python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --upgrade pip >/dev/null 2>&1 || true
if [ "$with_tests" = 1 ]; then
  python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -e ".[test,bundle]"
else
  python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -e .
fi
# rapidocr_onnxruntime asks for opencv-python (the GUI build); both wheels write the same cv2/ folder and
# the GUI one brings Qt 5 plugins that break PySide6. Keep the headless one only, reinstalled intact.
if python3 -m pip show -q opencv-python >/dev/null 2>&1; then
  python3 -m pip uninstall -q -y --root-user-action=ignore opencv-python
  python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --force-reinstall --no-deps \
    "opencv-python-headless>=4.10,<5"
fi
