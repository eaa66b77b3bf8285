#!/usr/bin/env python3
"""derive-font.py - make Posewise Hyperlegible from Atkinson Hyperlegible.

    pip install fonttools
    python3 tools/derive-font.py

Reads assets/fonts/AtkinsonHyperlegible-{Regular,Bold}.ttf and writes
assets/fonts/PosewiseHyperlegible-{Regular,Bold}.ttf, in which

- '0' is a plain oval: the slash is removed and the counter it cut in two
  is rebuilt from the font's own counter curves;
- the digits stay proportional in running text ("15 s", not "1 5 s"); the
  tabular figures (zero.tf ... nine.tf, behind 'tnum') are each centred in
  their common advance. The app lays a ticking clock out digit by digit in
  boxes of one width, so it does not jiggle either way;
- the family is called "Posewise Hyperlegible".

Both fonts are under the SIL Open Font License 1.1 (assets/fonts/OFL.txt),
which has no Reserved Font Name for Atkinson Hyperlegible.
"""

from pathlib import Path

from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"
FAMILY = "Posewise Hyperlegible"
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DESCRIPTION = (
    "Modified version of Atkinson Hyperlegible (Braille Institute of America) "
    "for Posewise: plain zero without a slash, centred tabular figures, "
    "family renamed. Licensed, like the original, under the SIL Open Font License 1.1."
)


def contours(glyph, glyf):
    """The glyph's contours as lists of ((x, y), on_curve)."""
    coords, ends, flags = glyph.getCoordinates(glyf)
    out, start = [], 0
    for end in ends:
        out.append([(tuple(coords[i]), bool(flags[i] & 1)) for i in range(start, end + 1)])
        start = end + 1
    return out


def arc(contour, start, end):
    """The points of a contour from on-curve point `start` to `end`, in contour order."""
    pts = [p for p, _ in contour]
    i, j = pts.index(start), pts.index(end)
    n = len(contour)
    return [contour[k % n] for k in range(i, j + 1 if j >= i else j + n + 1)]


def mirror(points, cx):
    """Mirror about x = cx, reversed so that the contour keeps its direction."""
    return [((2 * cx - x, y), on) for (x, y), on in reversed(points)]


def narrow(contour, cx, d):
    """Move the left half right and the right half left by d: narrower by 2d,
    with the strokes as thick as before."""
    return [((x + d if x < cx else x - d if x > cx else x, y), on) for (x, y), on in contour]


def plain_zero(glyf):
    """The slashed zero's outer contour plus one oval counter.

    The slash splits the counter into an upper-right and a lower-left piece;
    each still holds one whole quadrant of the counter's curve (right side to
    top, left side to bottom). Mirroring those gives the missing quadrants.
    Without its slash the zero is close to the letter O, so it is also made
    as narrow as the eight, the other round full-height digit.
    """
    outer, *pieces = sorted(contours(glyf["zero"], glyf), key=len, reverse=True)
    assert len(pieces) == 2, "expected a counter cut in two by the slash"
    on = [p for piece in pieces for p, is_on in piece if is_on]
    left = min(on)
    right = max(on)
    bottom = min(on, key=lambda p: p[1])
    top = max(on, key=lambda p: p[1])
    cx = (left[0] + right[0]) / 2

    upper, lower = sorted(pieces, key=lambda c: top in [p for p, _ in c], reverse=True)
    up_right = arc(upper, right, top)
    low_left = arc(lower, left, bottom)
    low_right, up_left = mirror(low_left, cx), mirror(up_right, cx)
    # Counter-clockwise from the bottom, as TrueType wants for a hole; each
    # quadrant's first point is the previous one's last.
    counter = low_right + up_right[1:] + up_left[1:] + low_left[1:-1]
    counter = [((round(x), round(y)), on) for (x, y), on in counter]

    eight = glyf["eight"]
    outer_xs = [x for (x, _), _ in outer]
    d = round((max(outer_xs) - min(outer_xs) - (eight.xMax - eight.xMin)) / 2)
    outer, counter = narrow(outer, cx, d), narrow(counter, cx, d)

    pen = TTGlyphPen(None)
    for contour in (outer, counter):
        pen.moveTo(contour[0][0])
        offs = []
        for pt, is_on in contour[1:] + contour[:1]:
            if not is_on:
                offs.append(pt)
            elif offs:
                pen.qCurveTo(*offs, pt)
                offs = []
            else:
                pen.lineTo(pt)
        if offs:
            pen.qCurveTo(*offs, contour[0][0])
        pen.closePath()
    return pen.glyph()  # no instructions: the old ones named the slash's points


def centre(font, name, advance):
    glyf, hmtx = font["glyf"], font["hmtx"]
    glyph = glyf[name]
    glyph.recalcBounds(glyf)
    dx = (advance - (glyph.xMax - glyph.xMin)) // 2 - glyph.xMin
    if glyph.isComposite():
        glyph.components[0].x += dx
    else:
        glyph.coordinates.translate((dx, 0))
    glyph.recalcBounds(glyf)
    hmtx[name] = (advance, glyph.xMin)


def rename(font, style):
    ps_name = f"{FAMILY.replace(' ', '')}-{style}"
    name = font["name"]
    version = name.getDebugName(3).split(";")[0]
    for name_id, text in {
        1: FAMILY,
        3: f"{version};NONE;{ps_name}",
        4: f"{FAMILY} {style}",
        6: ps_name,
        10: DESCRIPTION,
    }.items():
        name.setName(text, name_id, 3, 1, 0x409)
    name.removeNames(nameID=16)
    name.removeNames(nameID=17)


def derive(style):
    # The original's timestamp, so that a re-run gives the same bytes.
    font = TTFont(FONTS / f"AtkinsonHyperlegible-{style}.ttf", recalcTimestamp=False)
    glyf = font["glyf"]
    advance, lsb = font["hmtx"]["zero"]
    rsb = advance - glyf["zero"].xMax
    glyf["zero"] = plain_zero(glyf)
    zero = glyf["zero"]
    zero.recalcBounds(glyf)
    # Keep the proportional zero's side bearings ('pnum') as they were.
    zero.coordinates.translate((lsb - zero.xMin, 0))
    zero.recalcBounds(glyf)
    font["hmtx"]["zero"] = (zero.xMax + rsb, lsb)

    tabular = [d + ".tf" for d in DIGITS]
    advances = {font["hmtx"][t][0] for t in tabular}
    assert len(advances) == 1, f"tabular figures differ in width: {advances}"
    advance = advances.pop()
    for t in tabular:
        centre(font, t, advance)
    figure_space = font.getBestCmap().get(0x2007)
    if figure_space:
        font["hmtx"][figure_space] = (advance, 0)

    rename(font, style)
    out = FONTS / f"PosewiseHyperlegible-{style}.ttf"
    font.save(out)
    print(f"{out}: tabular digits {advance} units wide")


if __name__ == "__main__":
    for style in ("Regular", "Bold"):
        derive(style)
