#!/bin/sh
# Relink a Studio pack: point timeline.xml (Premiere Pro, DaVinci Resolve) and timeline.fcpxml
# (Final Cut Pro) at the stills in this folder's frames/, wherever the folder now is.
# macOS: double-click this file (first time: right-click > Open). Linux: sh relink.command
cd "$(dirname "$0")" || exit 1
dir=$(pwd -P)

# Percent-encode a path for a file URL, byte by byte, keeping / and unreserved ASCII.
encode() {
    printf '%s' "$1" | od -An -v -tu1 | awk '{
        for (i = 1; i <= NF; i++) {
            c = $i + 0
            if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
                c == 45 || c == 46 || c == 95 || c == 126 || c == 47) printf "%c", c
            else printf "%%%02X", c
        }
    }'
}

enc=$(encode "$dir")
status=0
relink() {  # file, new URL prefix of the frames folder
    if [ ! -f "$1" ]; then
        echo "missing: $1"; status=1; return
    fi
    sed "s|file:[^<\"]*/frames/|$2/frames/|g" "$1" > "$1.relink" && mv "$1.relink" "$1" || status=1
}
relink timeline.xml "file://localhost$enc"
relink timeline.fcpxml "file://$enc"

missing=0
for name in $(sed -n 's|.*/frames/\([^<"]*\).*|\1|p' timeline.xml); do
    [ -f "frames/$name" ] || { echo "not found: frames/$name"; missing=$((missing + 1)); }
done
if [ "$status" -eq 0 ] && [ "$missing" -eq 0 ]; then
    echo "OK: timeline.xml and timeline.fcpxml now use $dir/frames"
    echo "完成：timeline.xml 与 timeline.fcpxml 已指向 $dir/frames"
else
    echo "Relinking was not complete (see above). 重新链接未完成（见上）。"
    status=1
fi
exit "$status"
