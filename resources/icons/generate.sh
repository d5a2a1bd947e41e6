#!/usr/bin/env bash
# Regenerates the packaging icons from icon.svg (run after changing it; the outputs are committed,
# so packaging needs none of these tools). Needs Debian's librsvg2-bin (rsvg-convert),
# imagemagick (convert) and icnsutils (png2icns):
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# Writes png/NxN.png (the Linux targets take the folder), icon.ico (Windows: 16…256 in one file)
# and icon.icns (macOS: 16…1024).
set -euo pipefail
cd "$(dirname "$0")"

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "png/${size}x${size}.png"
done

convert png/16x16.png png/24x24.png png/32x32.png png/48x48.png png/64x64.png png/128x128.png png/256x256.png icon.ico
png2icns icon.icns png/16x16.png png/32x32.png png/48x48.png png/128x128.png png/256x256.png png/512x512.png png/1024x1024.png >/dev/null
echo "icons written to $(pwd)"
