#!/usr/bin/env bash
# contact-sheet.sh - render every pose illustration into one labelled grid.
#
# usage: tools/contact-sheet.sh [-s PX] OUT.png
#
# Renders assets/poses/*.svg at 256 px (or PX, e.g. 160 for the size of a
# card in the Poses grid) on the app's light card colour with rsvg-convert and tiles them
# (6 per row, pose id under each) with ImageMagick's montage.  Run it from
# anywhere; paths are resolved against the repository root.  Exits non-zero
# on any failure.
set -euo pipefail

die() { echo "contact-sheet: $*" >&2; exit 1; }

size=256
if [ "${1:-}" = "-s" ]; then
    [ $# -ge 2 ] || die "usage: tools/contact-sheet.sh [-s PX] OUT.png"
    size=$2
    shift 2
fi
case $size in
    ''|*[!0-9]*) die "size must be a number of pixels: $size" ;;
esac
[ $# -eq 1 ] || die "usage: tools/contact-sheet.sh [-s PX] OUT.png"
out=$1
case $out in
    /*) ;;
    *) out="$PWD/$out" ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
poses="$root/assets/poses"

command -v rsvg-convert >/dev/null || die "rsvg-convert not found (apt-get install librsvg2-bin)"
command -v montage >/dev/null || die "montage not found (apt-get install imagemagick)"

shopt -s nullglob
svgs=("$poses"/*.svg)
shopt -u nullglob
[ ${#svgs[@]} -gt 0 ] || die "no SVG files in $poses"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

args=()
for svg in "${svgs[@]}"; do
    id=$(basename "$svg" .svg)
    png="$tmp/$id.png"
    rsvg-convert -w "$size" -h "$size" -b '#F4F1EA' "$svg" -o "$png" \
        || die "rsvg-convert failed on $svg"
    args+=(-label "$id" "$png")
done

# montage needs a font for the labels: prefer DejaVu Sans, else the
# DejaVu file itself, else let ImageMagick use its default.
font=()
fonts=$(montage -list font 2>/dev/null || true)
if grep -qi 'Font: DejaVu-Sans$' <<<"$fonts"; then
    font=(-font DejaVu-Sans)
else
    for f in /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
             /usr/share/fonts/TTF/DejaVuSans.ttf \
             /usr/share/fonts/dejavu/DejaVuSans.ttf; do
        if [ -f "$f" ]; then font=(-font "$f"); break; fi
    done
    [ ${#font[@]} -gt 0 ] || echo "contact-sheet: DejaVu Sans not found, using default font" >&2
fi

mkdir -p "$(dirname "$out")"
montage "${font[@]}" -pointsize $(( size >= 200 ? 14 : 11 )) "${args[@]}" \
    -tile 6x -geometry +8+8 -background white -depth 8 "$out" \
    || die "montage failed"
echo "wrote $out (${#svgs[@]} poses)"
