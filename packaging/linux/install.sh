#!/bin/sh
# Add wadesk to this user's application menu, run from where this folder is (nothing is copied elsewhere,
# nothing needs root).  To remove: ./install.sh --remove, then delete the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/wadesk.desktop" "$icons/wadesk.png"
    echo "wadesk was removed from the application menu; delete $here to remove it completely."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/wadesk.png" "$icons/wadesk.png"
sed "s|^Exec=.*|Exec=\"$here/wadesk\"|" "$here/wadesk.desktop" > "$apps/wadesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "wadesk is in the application menu now (it runs $here/wadesk)."
