#!/usr/bin/env bash
# make-icon.sh - regenerate the app icon rasters from assets/icon/posewise.svg.
#
# usage: tools/make-icon.sh
#
# Writes assets/icon/posewise-{48,128,256}.png (for the desktop menu), the
# routine-file icons application-x-posewise-routine-{48,128,256}.png from
# assets/icon/application-x-posewise-routine.svg, and
# assets/icon/posewise-64.rgba: 64x64 raw RGBA, 8 bits a channel, straight
# (not premultiplied) alpha, rows top to bottom, exactly 16384 bytes; the
# window icon is built from it. Needs rsvg-convert (librsvg2-bin) and python3
# (standard library only). Exits non-zero on any failure.
set -euo pipefail

die() { echo "make-icon: $*" >&2; exit 1; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/assets/icon"
svg="$dir/posewise.svg"

[ -f "$svg" ] || die "$svg not found"
command -v rsvg-convert >/dev/null || die "rsvg-convert not found (apt-get install librsvg2-bin)"
command -v python3 >/dev/null || die "python3 not found"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mime_svg="$dir/application-x-posewise-routine.svg"
[ -f "$mime_svg" ] || die "$mime_svg not found"
for size in 48 128 256; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$dir/posewise-$size.png" \
        || die "rsvg-convert failed ($size)"
    rsvg-convert -w "$size" -h "$size" "$mime_svg" \
        -o "$dir/application-x-posewise-routine-$size.png" \
        || die "rsvg-convert failed (routine icon, $size)"
done
rsvg-convert -w 64 -h 64 "$svg" -o "$tmp/icon-64.png" \
    || die "rsvg-convert failed (64)"

# PNG stores straight alpha, so decoding the 8-bit RGBA rows is all it takes.
python3 - "$tmp/icon-64.png" "$dir/posewise-64.rgba" 64 <<'PY' || die "decoding the 64 px PNG failed"
import struct
import sys
import zlib

src, dst, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src, "rb") as f:
    data = f.read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("not a PNG")

pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    pos += 12 + length
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    elif kind == b"IEND":
        break

width, height, depth, colour, _, _, interlace = header
if (width, height) != (size, size):
    sys.exit(f"expected {size}x{size}, got {width}x{height}")
if depth != 8 or colour != 6 or interlace != 0:
    sys.exit(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


raw = zlib.decompress(idat)
stride, bpp = width * 4, 4
out, prev = bytearray(), bytearray(stride)
for y in range(height):
    start = y * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + a) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + b) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (a + b) // 2) & 0xFF
        elif kind == 4:
            line[i] = (line[i] + paeth(a, b, c)) & 0xFF
        elif kind != 0:
            sys.exit(f"bad filter {kind} on row {y}")
    out += line
    prev = line

with open(dst, "wb") as f:
    f.write(out)
PY

bytes=$(stat -c %s "$dir/posewise-64.rgba")
[ "$bytes" -eq 16384 ] || die "posewise-64.rgba is $bytes bytes, expected 16384"
echo "wrote the PNGs and $dir/posewise-64.rgba in $dir"
