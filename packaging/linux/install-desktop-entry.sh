#!/usr/bin/env bash
# Register this Studio bundle with the desktop for the current user: a menu entry with the app icon, and
# .studio files opening in Studio on a double click (and under "Open With"). Run it from the unpacked
# bundle folder; run it again after moving the folder. Nothing outside ~/.local/share is touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/512x512/apps"
sed "s#@EXEC@#\"$here/Studio\"#" "$here/share/studio.desktop" > "$data/applications/studio.desktop"
cp "$here/share/studio-mime.xml" "$data/mime/packages/studio.xml"
cp "$here/share/studio.png" "$data/icons/hicolor/512x512/apps/studio.png"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default studio.desktop application/x-studio-project || true
echo "Studio registered: $data/applications/studio.desktop"
