#!/usr/bin/env python3
"""posefig.py - generate the Posewise pose illustrations.

Every pose is built from 3-D joint positions (x along the mat, y up from
the floor, z towards the viewer), computed from segment lengths and joint
angles (forward kinematics) or from contact points (two-bone inverse
kinematics).  The body is drawn as outlined shapes: tapered limbs (a
capsule per bone, merged into one outlined part), hands and feet, a torso
with pelvis, waist and chest, and a head with a nose and an eye on the
side the face points to (two eyes when it looks at us).  Views: lying,
kneeling and standing poses from the side, facing right, slightly raised;
anulom-vilom and parsvakonasana from the front; deep breathing and
tadasana three-quarters; poses whose legs move across the body (trunk
rotation, piriformis) or that lie long and flat (yastikasana)
from above and at an angle, on a mat of their own size.  Far-side limbs are
pale, the limb that moves (or the side worked) is in the accent colour,
with an accent arrow for the direction of movement.  Movements are shown
as two stacked panels, start above and end below (Panels).  Each figure is
zoomed to fill its box.  Output is a small, plain SVG 1.1 file per pose,
without text:

    python3 tools/posefig.py                 # all poses -> assets/poses/
    python3 tools/posefig.py -o DIR knee-to-chest bridge
    python3 tools/posefig.py --check         # report floor contact per pose

Standard library only.  The output is deterministic.
"""

import argparse
import math
import os
import sys

# --------------------------------------------------------------------------
# Style (shared by every pose)
# --------------------------------------------------------------------------
SIZE = 256
INK = "#2f3e46"        # outlines
FILLS = {
    "body": "#8fb5a7",     # torso, head, near-side limbs
    "far": "#c9dbd3",      # far-side limbs
    "accent": "#e07a5f",   # the limb that moves or the side worked
    "prop": "#e3c58f",     # cushion, towel
}
FAR_LINE = "#9aa8a2"
MAT = "#dfe8e3"
MAT_EDGE = "#a9bfb6"
WALL = "#c9d3cf"
PROP = "#e3c58f"
ACCENT = "#e07a5f"
OUTLINE = 1.6          # outline width, px (drawn twice as wide, half hidden)
R_NEAR = 5.0           # how far a limb lying on the floor sits above it
R_FAR = 5.0
W_NEAR = 9.0
HEAD_R = 12.5 * 1.35
MAT_THICK = 4.0        # visible front edge of the mat, px
MARGIN = 6.0           # picture edge to box
PAD = 4.0              # box to figure
GAP = 10.0             # between two panels

# --------------------------------------------------------------------------
# Body proportions (px).  Hip joint to shoulder joint is the "torso".
# --------------------------------------------------------------------------
K = 1.35               # overall figure size (the figures used to be small)
TORSO = 50.0 * K
THIGH = 40.0 * K
SHIN = 39.0 * K
FOOT = 15.0 * K        # ankle to toes
UPPER_ARM = 30.0 * K
FOREARM = 33.0 * K     # elbow to middle of the hand
NECK = 8.0 * K         # drawn neck stroke
HEAD_D = 21.0 * K      # shoulder centre to head centre
HIP_HALF = 8.0 * K     # half hip width (z offset of each leg)
SHOULDER_HALF = 11.0 * K   # half shoulder width
ANKLE_H = 9.0 * K      # ankle centre above floor with the foot flat
ARM = UPPER_ARM + FOREARM
LEG = THIGH + SHIN


# --------------------------------------------------------------------------
# Vector helpers
# --------------------------------------------------------------------------
def v(x, y, z=0.0):
    return (float(x), float(y), float(z))


def add(a, b):
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a, k):
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def norm(a):
    return math.sqrt(dot(a, a))


def unit(a):
    n = norm(a)
    return mul(a, 1.0 / n)


def lerp(a, b, t):
    return add(a, mul(sub(b, a), t))


def d2(deg, z=0.0):
    """Unit direction in the x/y plane, `deg` counter-clockwise from +x
    (0 = along the mat to the right, 90 = straight up).  Optional z tilt."""
    r = math.radians(deg)
    return unit((math.cos(r), math.sin(r), z))


def go(p, direction, length):
    """Point `length` away from p along `direction` (angle in degrees or a
    3-D vector)."""
    if isinstance(direction, (int, float)):
        direction = d2(direction)
    return add(p, mul(unit(direction), length))


def ik(a, b, l1, l2, pole):
    """Middle joint of a two-bone chain a-?-b with bone lengths l1, l2.
    `pole` is a direction the joint should bend towards.  Returns
    (joint, end) - end is b, or pulled in to full reach if b is too far."""
    ab = sub(b, a)
    d = norm(ab)
    u = mul(ab, 1.0 / d)
    if d >= l1 + l2 - 1e-6:
        end = add(a, mul(u, l1 + l2))
        return add(a, mul(u, l1)), end
    x = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - x * x, 0.0))
    w = sub(pole, mul(u, dot(pole, u)))
    w = unit(w)
    return add(add(a, mul(u, x)), mul(w, h)), b


def side_z(p, z):
    return (p[0], p[1], z)


def is_point(c):
    return len(c) == 3 and isinstance(c[0], float)


def curve_point(a, c, b, t):
    """Point at parameter t on the segment a-b, bent by control point(s)
    c: None (straight), one point (quadratic) or two (cubic Bezier)."""
    if c is None:
        return lerp(a, b, t)
    u = 1 - t
    if is_point(c):
        return add(add(mul(a, u * u), mul(c, 2 * u * t)), mul(b, t * t))
    return add(add(mul(a, u ** 3), mul(c[0], 3 * u * u * t)),
               add(mul(c[1], 3 * u * t * t), mul(b, t ** 3)))


# --------------------------------------------------------------------------
# Figure
# --------------------------------------------------------------------------
# draw layers (low first)
L_FAR_LEG, L_FAR_ARM, L_TORSO, L_HEAD, L_NEAR_LEG, L_NEAR_ARM, L_TOP = (
    0, 1, 2, 3, 4, 5, 6)

# body part radii (world px) at each joint: hip/knee/ankle, shoulder/
# elbow/wrist; hands and feet are short tapered pieces past the last joint
LEG_R = (8.0, 5.6, 4.0)
ARM_R = (5.4, 4.2, 3.2)
FOOT_R = (4.2, 2.8)
HAND_R = (3.8, 2.6)
HAND = 10.0
# torso radius along its length: pelvis, waist, chest, shoulders
TORSO_R = ((0.0, 12.5), (0.45, 10.0), (0.75, 13.5), (1.0, 10.0))
NECK_R = 4.6


class Fig:
    def __init__(self, tilt=12.0, mat=(14.0, 30.0), yaw=0.0, wide=1.0,
                 max_k=1.45, mirror=False):
        self.tilt = math.radians(tilt)
        self.yaw = math.radians(yaw)    # >0 turns the figure's +x to us
        # mat: (depth behind z=0, depth in front) or (x0, x1, z0, z1)
        self.mat = mat
        self.wide = wide                # torso width factor (front views)
        self.max_k = max_k              # largest zoom when fitting
        self.mirror = mirror            # picture flipped left to right
        self.items = []                 # (layer, style, shapes-maker)
        self.extra = []                 # callables(P, k) -> [(layer, svg)]
        self.wall = None                # world x of wall face, or None
        self.cushion = None             # (world centre, length, height)

    # -- building -------------------------------------------------------
    def torso(self, hip, shoulder, bulge=None, ctrl=None, layer=L_TORSO,
              style="body", gap=0.0):
        """Torso from hip centre to shoulder centre, drawn with a pelvis, a
        waist and a chest.  `bulge` bends it (control point offset from
        the midpoint), `ctrl` gives the control point(s) directly.  `gap`
        lifts the underside of the waist that far off the floor (lying on
        the back, the hollow of the low back) and the front only a little."""
        if bulge is not None:
            ctrl = add(lerp(hip, shoulder, 0.5), bulge)
        self.hip, self.shoulder, self.ctrl = hip, shoulder, ctrl
        pts = [curve_point(hip, ctrl, shoulder, i / 8) for i in range(9)]
        radii = [torso_radius(i / 8) * self.wide for i in range(9)]
        for i in range(9):
            # strongest at the low back, nothing at pelvis and chest
            lift = gap * math.sin(math.pi * min(max((i / 8 - 0.1) / 0.6,
                                                    0), 1)) ** 2
            pts[i] = add(pts[i], v(0, lift * 0.6))
            radii[i] -= lift * 0.4
        self.items.append((layer, style, chain(pts, radii)))

    def head(self, centre, face, neck_from=None, layer=L_HEAD,
             style="body"):
        """Head at `centre` with a nose where the face points."""
        s = neck_from or self.shoulder
        face = unit(face)
        shapes = chain([s, lerp(s, centre, 0.8)], [NECK_R, NECK_R])
        shapes.append(("circ", centre, HEAD_R))
        self.items.append((layer, style, shapes))
        self.items.append((layer, "nose", (centre, face)))
        self.head_c = centre

    def limb(self, pts, near=True, layer=None, radii=LEG_R, end_r=FOOT_R,
             end_len=None, style=None):
        pts = list(pts)
        if layer is None:
            layer = L_NEAR_LEG if near else L_FAR_LEG
        rs = list(radii[:len(pts)])
        while len(rs) < len(pts):
            rs.append(radii[-1])
        shapes = chain(pts[:3], rs[:3])
        if len(pts) > 3:                         # hand or foot
            a, b = pts[2], pts[3]
            if end_len is not None:
                b = go(a, sub(b, a), end_len)
            shapes += chain([a, b], end_r)
        elif end_len is not None and len(pts) == 3:
            b = go(pts[2], sub(pts[2], pts[1]), end_len)
            shapes += chain([pts[2], b], end_r)
        self.items.append((layer, style or ("body" if near else "far"),
                           shapes))

    def leg(self, pts, near=True, layer=None, style=None):
        self.limb(pts, near, layer, LEG_R, FOOT_R, None, style)

    def arm(self, pts, near=True, layer=None, style=None, hand=True):
        if layer is None:
            layer = L_NEAR_ARM if near else L_FAR_ARM
        self.limb(pts, near, layer, ARM_R, HAND_R,
                  HAND if hand else None, style)

    def bar(self, a, b, layer=L_TORSO, r=6.0):
        """Shoulder or pelvis girdle seen from above."""
        self.items.append((layer, "body", chain([a, b], [r, r])))

    def torso_point(self, t):
        """Point at fraction t along the (possibly curved) torso."""
        return curve_point(self.hip, self.ctrl, self.shoulder, t)

    # -- projection -----------------------------------------------------
    def project(self, p):
        """(x, up) on the picture plane of world point p, unscaled."""
        cy, sy = math.cos(self.yaw), math.sin(self.yaw)
        x = p[0] * cy - p[2] * sy
        z = p[0] * sy + p[2] * cy
        return (-x if self.mirror else x,
                p[1] * math.cos(self.tilt) - z * math.sin(self.tilt))

    def depth(self, d):
        """Component of world direction d pointing at the camera."""
        z = d[0] * math.sin(self.yaw) + d[2] * math.cos(self.yaw)
        return z * math.cos(self.tilt) + d[1] * math.sin(self.tilt)

    def lowest(self):
        """Lowest world y of any drawn edge (should be ~0: on the floor)."""
        lo = []
        for _layer, style, shapes in self.items:
            if style == "nose":
                continue
            for sh in shapes:
                lo += [p[1] - r for p, r in shape_circles(sh)]
        return min(lo)

    def extent(self):
        """(left, right, top, bottom) in projected px, mat included."""
        xs, us = [], []
        for _layer, style, shapes in self.items:
            if style == "nose":
                continue
            for sh in shapes:
                for p, r in shape_circles(sh):
                    x, u = self.project(p)
                    xs += [x - r, x + r]
                    us += [u - r, u + r]
        if self.wall is not None:
            xs.append(self.project(v(self.wall, 0))[0] + 14)
        if len(self.mat) == 4:
            for c in self.mat_corners():
                x, u = self.project(c)
                xs.append(x)
                us += [u, u - MAT_THICK]
            return min(xs), max(xs), max(us), min(us)
        st = math.sin(self.tilt)
        us.append(-self.mat[1] * st - MAT_THICK)
        us.append(self.mat[0] * st)
        return min(xs), max(xs), max(us), min(us)

    def mat_corners(self):
        """Floor corners of a mat given as (x0, x1, z0, z1)."""
        x0, x1, z0, z1 = self.mat
        return [v(x0, 0, z0), v(x1, 0, z0), v(x1, 0, z1), v(x0, 0, z1)]

    def draw(self, k, dx, floor_y, box):
        """SVG elements for this figure at zoom k; world x=0 on the floor
        at z=0 lands on (dx, floor_y).  `box` = (x0, y0, x1, y1)."""
        def P(p):
            x, u = self.project(p)
            return (dx + x * k, floor_y - u * k)

        out = self.mat_svg(P, k, box)
        body = []
        for layer, style, shapes in self.items:
            if style == "nose":
                body.append((layer, nose_svg(self, P, k, *shapes)))
            else:
                body.append((layer, part_svg(shapes, P, k, style)))
        for fn in self.extra:
            body += fn(P, k)
        body.sort(key=lambda t: t[0])           # stable: keeps order
        return out + [s for _l, s in body]

    def mat_svg(self, P, k, box):
        if len(self.mat) == 4:
            # a mat of its own size on the floor, seen from any side: its
            # top, over the same shape lowered by the mat's thickness
            pts = [P(c) for c in self.mat_corners()]
            low = " ".join(f((x, y + MAT_THICK)) for x, y in pts)
            top = " ".join(f(p) for p in pts)
            return ['<polygon points="%s" fill="%s" stroke="%s" '
                    'stroke-width="6" stroke-linejoin="round"/>'
                    % (low, MAT_EDGE, MAT_EDGE),
                    '<polygon points="%s" fill="%s" stroke="%s" '
                    'stroke-width="6" stroke-linejoin="round"/>'
                    % (top, MAT, MAT)]
        st = math.sin(self.tilt)
        x0, _y0, x1, _y1 = box
        zb, zf = self.mat
        top = P(v(0, 0, -zb))[1] if st > 0.05 else P(v(0, 0))[1]
        front = P(v(0, 0, zf))[1]
        if self.wall is not None:
            x1 = P(v(self.wall, 0))[0] + 2
        out = ['<rect x="%s" y="%s" width="%s" height="%s" rx="5" '
               'fill="%s"/>' % (n(x0), n(top), n(x1 - x0),
                                n(front - top + MAT_THICK), MAT),
               '<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
               % (n(x0), n(front), n(x1 - x0), n(MAT_THICK), MAT_EDGE)]
        if self.wall is not None:
            wx = P(v(self.wall, 0))[0]
            out.append('<rect x="%s" y="%s" width="14" height="%s" '
                       'fill="%s" stroke="%s" stroke-width="1.5"/>'
                       % (n(wx), n(box[1]), n(P(v(0, 0))[1] - box[1] + 1),
                          WALL, INK))
        return out


def torso_radius(t):
    for (t0, r0), (t1, r1) in zip(TORSO_R, TORSO_R[1:]):
        if t <= t1:
            return r0 + (r1 - r0) * (t - t0) / (t1 - t0)
    return TORSO_R[-1][1]


def chain(pts, radii):
    """Tapered pieces joining consecutive points (a limb or a torso)."""
    if len(pts) == 1:
        return [("circ", pts[0], radii[0])]
    return [("cap", pts[i], radii[i], pts[i + 1], radii[i + 1])
            for i in range(len(pts) - 1)]


def shape_circles(sh):
    if sh[0] == "circ":
        return [(sh[1], sh[2])]
    return [(sh[1], sh[2]), (sh[3], sh[4])]


def circle_d(c, r):
    """Closed circle as two arcs (same winding as capsule_d)."""
    return "M%s,%sa%s,%s 0 1 0 %s,0a%s,%s 0 1 0 %s,0z" % (
        n(c[0] - r), n(c[1]), n(r), n(r), n(2 * r), n(r), n(r), n(-2 * r))


def capsule_d(c1, r1, c2, r2):
    """Outline of two circles joined by their outer tangents: a tapered
    limb piece.  All pieces wind the same way, so overlaps stay filled."""
    dx, dy = c2[0] - c1[0], c2[1] - c1[1]
    length = math.hypot(dx, dy)
    if length <= abs(r1 - r2) + 0.01:
        return circle_d(c1, r1) if r1 >= r2 else circle_d(c2, r2)
    d = (dx / length, dy / length)
    nn = (-d[1], d[0])
    sa = (r1 - r2) / length
    ca = math.sqrt(1 - sa * sa)

    def u(s):
        return (sa * d[0] + s * ca * nn[0], sa * d[1] + s * ca * nn[1])
    up, um = u(1), u(-1)

    def pt(c, r, w):
        return "%s,%s" % (n(c[0] + r * w[0]), n(c[1] + r * w[1]))
    return "M%sL%sA%s,%s 0 %d 0 %sL%sA%s,%s 0 %d 0 %sz" % (
        pt(c1, r1, up), pt(c2, r2, up), n(r2), n(r2), int(r2 > r1),
        pt(c2, r2, um), pt(c1, r1, um), n(r1), n(r1), int(r1 > r2),
        pt(c1, r1, up))


def part_svg(shapes, P, k, style):
    """One body part: an ink outline under a fill, so the pieces of the
    part merge into one outlined shape."""
    d = ""
    for sh in shapes:
        if sh[0] == "circ":
            d += circle_d(P(sh[1]), sh[2] * k)
        else:
            d += capsule_d(P(sh[1]), sh[2] * k, P(sh[3]), sh[4] * k)
    # paint-order: the stroke goes under the fill, so only the outer half
    # of the outline shows and the pieces of a part merge into one shape
    return ('<path d="%s" fill="%s" stroke="%s" stroke-width="%g" '
            'paint-order="stroke"/>' % (d, FILLS[style], INK, OUTLINE * 2))


def nose_svg(fig, P, k, c, face):
    """A nose on the face side and an eye, when the face is side-on; two
    eyes when it looks at us."""
    cc = P(c)
    tip = P(add(c, mul(face, HEAD_R)))
    if fig.depth(face) > 0.75 and abs(face[1]) < 0.5:
        side = unit(v(-face[2], 0, face[0]))
        out = ""
        for sgn in (1, -1):
            eye = P(add(add(c, mul(face, HEAD_R * 0.6)),
                        add(mul(side, sgn * HEAD_R * 0.36),
                            v(0, HEAD_R * 0.12, 0))))
            out += '<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                n(eye[0]), n(eye[1]), n(1.9 * k), INK)
        if fig.depth(face) < 0.95:
            return out
        # the nose, between and below the eyes (full face only)
        nz = P(add(add(c, mul(face, HEAD_R)), v(0, -HEAD_R * 0.2, 0)))
        out += ('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s" '
                'stroke="%s" stroke-width="%g"/>'
                % (n(nz[0]), n(nz[1]), n(2.3 * k), n(3.2 * k),
                   FILLS["body"], INK, OUTLINE))
        return out
    if (math.hypot(tip[0] - cc[0], tip[1] - cc[1]) < 0.45 * HEAD_R * k
            or fig.depth(face) < -0.5):
        return ""
    nz = P(add(c, mul(face, HEAD_R * 1.02)))
    eye = P(add(c, mul(face, HEAD_R * 0.5)))
    return ('<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" '
            'stroke-width="%g"/><circle cx="%s" cy="%s" r="%s" fill="%s"/>'
            % (n(nz[0]), n(nz[1]), n(3.2 * k), FILLS["body"], INK, OUTLINE,
               n(eye[0]), n(eye[1]), n(1.9 * k), INK))


class Panels:
    """Two figures stacked top and bottom: start and end of a movement.
    They share one zoom and one horizontal placement."""

    def __init__(self, first, second):
        self.figs = [first, second]

    def lowest(self):
        return min(f.lowest() for f in self.figs)

    def svg_body(self):
        boxes = [(MARGIN, MARGIN, SIZE - MARGIN, SIZE / 2 - GAP / 2),
                 (MARGIN, SIZE / 2 + GAP / 2, SIZE - MARGIN, SIZE - MARGIN)]
        ext = [f.extent() for f in self.figs]
        x0 = min(e[0] for e in ext)
        x1 = max(e[1] for e in ext)
        bw = boxes[0][2] - boxes[0][0] - 2 * PAD
        bh = boxes[0][3] - boxes[0][1] - 2 * PAD
        k = min([bw / (x1 - x0)] + [bh / (e[2] - e[3]) for e in ext]
                + [f.max_k for f in self.figs])
        dx = SIZE / 2 - (x0 + x1) / 2 * k
        out = []
        for fig, e, box in zip(self.figs, ext, boxes):
            mid = (box[1] + box[3]) / 2
            floor_y = mid + (e[2] + e[3]) / 2 * k
            out += fig.draw(k, dx, floor_y, box)
        out.append('<path d="M%s,%sH%s" stroke="%s" stroke-width="1.5" '
                   'stroke-dasharray="4 4"/>' % (n(MARGIN + 20), n(SIZE / 2),
                                                 n(SIZE - MARGIN - 20), FAR_LINE))
        return out


def single_body(fig):
    box = (MARGIN, MARGIN, SIZE - MARGIN, SIZE - MARGIN)
    x0, x1, top, bottom = fig.extent()
    k = min((SIZE - 2 * MARGIN - 2 * PAD) / (x1 - x0),
            (SIZE - 2 * MARGIN - 2 * PAD) / (top - bottom), fig.max_k)
    dx = SIZE / 2 - (x0 + x1) / 2 * k
    floor_y = SIZE / 2 + (top + bottom) / 2 * k
    return fig.draw(k, dx, floor_y, box)


def render(drawing):
    body = (drawing.svg_body() if isinstance(drawing, Panels)
            else single_body(drawing))
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
           'width="256" height="256" viewBox="0 0 256 256">']
    svg += [s for s in body if s]
    svg.append("</svg>")
    return "\n".join(svg) + "\n"


def n(x):
    s = "%.1f" % x
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def f(p):
    return "%s,%s" % (n(p[0]), n(p[1]))


def arrow(a, c, b, layer=L_TOP):
    """An accent arrow from world point a to b, bent through c."""
    def make(P, k):
        pa, pc, pb = P(a), P(c), P(b)
        dx, dy = pb[0] - pc[0], pb[1] - pc[1]
        ln = math.hypot(dx, dy) or 1
        ux, uy = dx / ln, dy / ln
        hl, hw = 11, 6.5
        base = (pb[0] - ux * hl, pb[1] - uy * hl)
        head = "M%s L%s L%s z" % (
            f(pb), f((base[0] - uy * hw, base[1] + ux * hw)),
            f((base[0] + uy * hw, base[1] - ux * hw)))
        return [(layer, '<path d="M%s Q%s %s" fill="none" stroke="%s" '
                 'stroke-width="4" stroke-linecap="round"/>'
                 '<path d="%s" fill="%s"/>'
                 % (f(pa), f(pc), f(base), ACCENT, head, ACCENT))]
    return make


def strap(pts, layer=L_TOP):
    """A towel or strap through world points (a loop if it ends where it
    starts)."""
    def make(P, k):
        d = "M" + " L".join(f(P(p)) for p in pts)
        return [(layer, '<path d="%s" fill="none" stroke="%s" '
                 'stroke-width="%g" stroke-linecap="round" '
                 'stroke-linejoin="round"/><path d="%s" fill="none" '
                 'stroke="%s" stroke-width="%g" stroke-linecap="round" '
                 'stroke-linejoin="round"/>'
                 % (d, INK, 4.5 * k + 2 * OUTLINE, d, PROP, 4.5 * k))]
    return make


def accent_path(d, width=3.0, layer=L_TOP, fill="none"):
    if fill == "none":
        return (layer, '<path d="%s" fill="none" stroke="%s" '
                'stroke-width="%g" stroke-linecap="round"/>'
                % (d, ACCENT, width))
    return (layer, '<path d="%s" fill="%s"/>' % (d, fill))


# --------------------------------------------------------------------------
# Reusable body parts
# --------------------------------------------------------------------------
def head_at(fig, angle_deg, face, dist=HEAD_D):
    """Head centre along `angle_deg` (x/y plane) from the shoulder."""
    c = go(fig.shoulder, angle_deg, dist)
    fig.head(c, face)
    return c


def supine_head(fig, left=True):
    """Head resting on the mat behind the shoulders, face up."""
    s = fig.shoulder
    dy = HEAD_R - s[1]                      # centre at HEAD_R above floor
    dxx = math.sqrt(HEAD_D ** 2 - dy ** 2)
    c = v(s[0] - dxx if left else s[0] + dxx, HEAD_R, 0)
    fig.head(c, v(0.15 if left else -0.15, 1, 0))
    return c


def straight_leg_on_floor(fig, hip, z, near, direction=1, toes="up"):
    """Leg lying straight along the mat from `hip` (x direction +1/-1)."""
    r = R_NEAR if near else R_FAR
    h = v(hip[0], hip[1], z)
    k = v(hip[0] + direction * THIGH, r, z)
    a = v(hip[0] + direction * LEG, r, z)
    if toes == "up":            # supine, feet relaxed: toes up, a bit out
        t = add(a, mul(unit(v(direction * 0.25, 1, 0.35 if z > 0 else -0.35)),
                       FOOT))
    else:                       # prone: top of foot on the mat
        t = v(a[0] + direction * FOOT, r, z)
    fig.leg([h, k, a, t], near)
    return h, k, a, t


def flat_foot(ankle, forward):
    """Toe point for a foot flat on the floor, pointing +x (1) or -x (-1)."""
    dxx = math.sqrt(FOOT ** 2 - (ANKLE_H - R_NEAR) ** 2)
    return v(ankle[0] + forward * dxx, R_NEAR, ankle[2])


# --------------------------------------------------------------------------
# Poses
# --------------------------------------------------------------------------
POSES = {}


def pose(pid):
    def deco(fn):
        POSES[pid] = fn
        return fn
    return deco


@pose("prone-back-extension")
def prone_back_extension():
    # sphinx: forearms flat on the mat, elbows under the shoulders
    fig = Fig()
    hip = v(0, R_NEAR)
    shy = R_NEAR + UPPER_ARM
    sh = v(math.sqrt(TORSO ** 2 - (shy - R_NEAR) ** 2), shy)
    fig.torso(hip, sh, ctrl=v(TORSO * 0.5, R_NEAR + 2))   # belly stays down
    head_at(fig, 62, v(1, -0.1, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near, direction=-1, toes="back")
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        e = v(sh[0], r, z)
        fig.arm([s, e, v(e[0] + FOREARM, r, z)], near)
    return fig


@pose("tadasana")
def tadasana():
    # three-quarter view, so the raised heels and the hip-width stance both
    # show: on tiptoe, arms straight up, the fingers interlocked above the
    # head with the palms turned up to the ceiling
    fig = Fig(tilt=12, yaw=45, wide=1.2, mat=(30, 34))
    ball = d2(-70)                              # ankle to the ball of the foot
    ankle_y = R_NEAR - FOOT * 0.8 * ball[1]
    hip = v(0, ankle_y + LEG)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        a = v(0, ankle_y, z * 1.3)              # feet hip-width apart
        b = go(a, ball, FOOT * 0.8)
        fig.leg([h, lerp(h, a, THIGH / LEG), a, b], near)
        # the toes flat on the mat
        fig.limb([b, add(b, v(FOOT * 0.4, 0, 0))], near,
                 radii=(FOOT_R[1], FOOT_R[1]))
    # rising onto the toes: a short arrow up behind the heels
    fig.extra.append(arrow(v(-12, 4, 24), v(-12, 14, 24), v(-12, 32, 24)))
    sh = go(hip, 90, TORSO)
    fig.torso(hip, sh)
    head_at(fig, 90, v(1, 0, 0))
    top = sh[1] + ARM - 2
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(0, sh[1] - 2, z)
        w = v(0, top - 2, z * 0.55)
        fig.arm([s, lerp(s, w, UPPER_ARM / ARM), w,
                 v(0, top, -z * 0.15)], near)
    return fig


@pose("parsvakonasana")
def parsvakonasana():
    # front view: the side bend happens in the frontal plane.  Front knee
    # bent over the ankle, back leg straight with the foot flat and turned
    # a little in; back heel, hip, shoulder and top hand on one line.
    # Mirrored, so that facing us it is the right knee that bends, as in
    # the text
    fig = Fig(tilt=8, mirror=True)
    knee = v(44, ANKLE_H + SHIN)
    a_front = v(knee[0], ANKLE_H, 0)
    hip = go(knee, 180 + 4, THIGH)                    # front thigh ~level
    dy = hip[1] - ANKLE_H
    a_back = v(hip[0] - math.sqrt(LEG ** 2 - dy ** 2), ANKLE_H, 0)
    k_back = lerp(hip, a_back, THIGH / LEG)
    # back foot flat: the heel down under the ankle, the toes forward
    # (towards us) and turned a little in
    fig.leg([hip, k_back, a_back,
             v(a_back[0] + FOOT * 0.5, R_NEAR, FOOT * 0.7)])
    fig.limb([a_back, v(a_back[0] - 2, R_NEAR, -3)],
             radii=(FOOT_R[0] + 0.6, FOOT_R[0] + 0.6))
    fig.leg([hip, knee, a_front, flat_foot(a_front, 1)])
    lean = math.degrees(math.atan2(dy, hip[0] - a_back[0]))
    sh = go(hip, lean, TORSO)
    fig.torso(hip, sh)
    perp = d2(lean + 90)
    fig.head(go(sh, lean + 6, HEAD_D), v(0.2, 0.3, 1))
    # lower arm: forearm resting on the front thigh
    s_low = add(sh, mul(perp, -SHOULDER_HALF * 0.8))
    e = go(s_low, sub(v(knee[0] - 4, knee[1] + W_NEAR, 0), s_low),
           UPPER_ARM)
    hand = go(e, 180 + 4, FOREARM - 5)
    fig.arm([s_low, e, hand], layer=L_NEAR_ARM)
    # top arm over the ear, continuing the line of the back leg
    s_top = add(sh, mul(perp, SHOULDER_HALF * 0.8))
    e2 = go(s_top, lean, UPPER_ARM)
    h2 = go(e2, lean, FOREARM)
    fig.arm([s_top, e2, h2], layer=L_NEAR_ARM)
    fig.bar(s_low, s_top)
    return fig


@pose("makarasana")
def makarasana():
    # from the side like the sphinx and the cobra, but completely flat:
    # lying on the belly with the hips and chest down, the forehead resting
    # on the folded forearms (stacked in front of the shoulders, elbows out
    # to the sides); legs apart, toes turned out, so the heels turn in and
    # up.  Seen a little more from above, so the legs apart show
    fig = Fig(tilt=24, yaw=-22, mat=(46, 50))
    hip = v(0, R_NEAR)
    sh = v(TORSO, R_NEAR + 3)
    fig.torso(hip, sh, ctrl=v(TORSO * 0.5, R_NEAR + 1))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        h = side_z(hip, z)
        a = v(-LEG * 0.97, r, sgn * (HIP_HALF + 18))
        k = lerp(h, a, THIGH / LEG)
        # toes turned out along the mat, the heel turned up
        t = v(a[0] - FOOT * 0.45, r - 1, a[2] + sgn * FOOT * 0.8)
        heel = add(a, v(2, 10, -sgn * 3))
        fig.leg([h, k, a, t], near)
        fig.limb([a, heel], near, layer=L_NEAR_LEG if near else L_FAR_LEG,
                 radii=(FOOT_R[0], FOOT_R[0] - 0.6))
    # forearms folded and stacked in front of the shoulders, elbows out,
    # each hand on the other arm; the far one on top
    ex = sh[0] + UPPER_ARM * 0.55
    ez = SHOULDER_HALF + UPPER_ARM * 0.8
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        s = side_z(sh, z)
        y = R_NEAR if near else R_NEAR + 2 * ARM_R[1] + 1
        e = v(ex, R_NEAR, sgn * ez)
        hd = v(ex + 6, y, -sgn * (ez - 14))
        fig.arm([s, e, hd, add(hd, v(2, 0, -sgn * HAND))], near,
                layer=L_NEAR_ARM if near else L_HEAD)
    # the forehead down on the forearms, the face towards the mat
    c = v(ex + 8, R_NEAR + 3 * ARM_R[1] + HEAD_R * 0.3, -4)
    fig.head(c, v(0.55, -1, 0), neck_from=sh, layer=L_TOP)
    return fig


@pose("yastikasana")
def yastikasana():
    # lying on the back, one long line from the fingertips to the toes:
    # arms overhead along the mat beside the ears, legs together, toes
    # pointed.  Seen from above and towards the feet, so the
    # long figure lies across the square and fills it
    fig = Fig(tilt=36, yaw=60, wide=1.3,
              mat=(-TORSO - ARM - 14, LEG + FOOT + 10, -28, 28))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    fig.head(v(-TORSO - HEAD_D, HEAD_R), v(0, 1, 0), layer=L_FAR_ARM)
    for z in (-HIP_HALF * 0.6, HIP_HALF * 0.6):
        h = v(0, R_NEAR, z)
        a = v(LEG, R_NEAR + 1, z * 0.6)
        t = go(a, v(1, 0.25, 0), FOOT)              # toes pointed away
        fig.leg([h, lerp(h, a, THIGH / LEG), a, t])
    for z in (-SHOULDER_HALF, SHOULDER_HALF):
        s = v(-TORSO, R_NEAR, z)
        hand = v(-TORSO - ARM, R_NEAR, z * 0.75)
        fig.arm([s, lerp(s, hand, UPPER_ARM / ARM), hand,
                 add(hand, v(-HAND, 0, 0))], layer=L_FAR_LEG)
    return fig


@pose("matsyasana")
def matsyasana():
    # the supported fish: a rolled blanket across the mat under the
    # shoulder blades, the head resting on the floor behind it, the chest
    # gently open; knees bent (easier on the low back, and the figure is
    # shorter, so larger), arms by the sides with the palms up
    fig = Fig(tilt=20, mat=(30, 44))
    roll_r = 9.0
    blanket = v(-TORSO * 0.78, roll_r)
    # its near end is in front of the back, so it is drawn over the torso
    fig.items.append((L_HEAD, "prop",
                      chain([side_z(blanket, -SHOULDER_HALF * 1.3),
                             side_z(blanket, SHOULDER_HALF * 1.3)],
                            [roll_r, roll_r])))
    hip = v(0, R_NEAR)
    sh = v(-TORSO, 2 * roll_r + 3)
    # the back rises from the hips over the blanket: highest at the chest
    fig.torso(hip, sh, ctrl=(v(-TORSO * 0.35, R_NEAR + 4),
                             v(-TORSO * 0.75, 2 * roll_r + 12)))
    supine_head(fig)
    hook_lying_legs(fig, hip)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        hd = v(s[0] + math.sqrt(ARM ** 2 - (s[1] - r) ** 2) - 4, r, z * 2.2)
        e = lerp(s, hd, UPPER_ARM / ARM)
        e = v(e[0], max(e[1], r), e[2])
        fig.arm([s, e, hd, add(hd, v(6, 2, 0))], near)
    return fig


@pose("adho-mukha-svanasana")
def adho_mukha_svanasana():
    # the easier form the text asks for: knees bent and heels off the
    # floor, so the back stays long and straight in line with the arms
    fig = Fig()
    hand = v(0, R_NEAR)
    up = 180 - 41                                  # arms + back line
    sh = go(hand, up, ARM)
    hip = go(sh, up, TORSO)
    fig.torso(hip, sh)
    # on the balls of the feet, heels lifted; the ankle a little nearer the
    # hip than a straight leg reaches
    toes = d2(-58)
    ay = R_NEAR - FOOT * toes[1]
    ankle = v(hip[0] - math.sqrt((LEG * 0.8) ** 2 - (hip[1] - ay) ** 2), ay)
    ball = go(ankle, toes, FOOT)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        a = side_z(ankle, z)
        k, a = ik(h, a, THIGH, SHIN, v(1, 0.2, 0))
        fig.leg([h, k, a, side_z(ball, z)], near)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = side_z(sh, z)
        hd = side_z(hand, z)
        fig.arm([s, lerp(s, hd, UPPER_ARM / ARM), hd, add(hd, v(6, 0, 0))],
                near)
    fig.head(go(sh, up + 180 - 28, HEAD_D - 1), v(-0.4, -1, 0))
    return fig


@pose("balasana")
def balasana():
    fig = Fig()
    knee = v(0, R_NEAR)
    hip = go(knee, 180 - 28, THIGH)               # sitting back on the heels
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        r = R_NEAR if near else R_FAR
        fig.leg([side_z(hip, z), v(0, r, z), v(-SHIN, r, z),
                 v(-SHIN - FOOT, r, z)], near)
    sh = v(14, 22)
    fig.torso(hip, sh, bulge=v(2, 13, 0))          # back rounded over thighs
    dy = HEAD_R - sh[1]
    c = v(sh[0] + math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R)
    fig.head(c, v(0.3, -1, 0))                    # forehead on the mat
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        hd = v(sh[0] + math.sqrt(ARM ** 2 - (sh[1] - r) ** 2), r, z)
        fig.arm([s, lerp(s, hd, UPPER_ARM / ARM), hd], near,
                layer=L_FAR_ARM)                  # beside / under the head
    return fig


@pose("wall-plank")
def wall_plank():
    fig = Fig()
    ankle = v(0, ANKLE_H)
    lean = 66
    hip = go(ankle, lean, LEG)
    sh = go(hip, lean, TORSO)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        a = side_z(ankle, z)
        h = side_z(hip, z)
        fig.leg([h, lerp(h, a, THIGH / LEG), a, flat_foot(a, 1)], near)
    fig.torso(hip, sh)
    head_at(fig, lean + 2, d2(lean - 90))          # in line with the spine
    wall_x = sh[0] + ARM - 3
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = side_z(sh, z)
        hd = v(wall_x - R_NEAR - 1, sh[1] + 1, z)
        fig.arm([s, lerp(s, hd, UPPER_ARM / ARM), hd, add(hd, v(0, 8, 0))],
                near)
    fig.wall = wall_x
    return fig


@pose("shavasana")
def shavasana():
    fig = Fig(tilt=16, mat=(36, 40))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z)
        dirn = v(1, 0, sgn * 0.1)
        k = go(h, dirn, THIGH)
        a = go(k, dirn, SHIN)
        t = go(a, v(0.3, 0.8, sgn * 0.6), FOOT)      # feet fall outwards
        fig.leg([h, v(k[0], r, k[2]), v(a[0], r, a[2]), t], near)
    # arms a little away from the body, palms up and relaxed
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR, z)
        e = go(s, v(1, 0, sgn * 0.3), UPPER_ARM)
        hand = go(e, v(1, 0, sgn * 0.35), FOREARM)
        fig.arm([s, v(e[0], r, e[2]), v(hand[0], r, hand[2]),
                 v(hand[0] + 6, r + 2, hand[2])], near)
    return fig


SEATED_VIEW = dict(tilt=10, yaw=90, mat=(30, 40))


@pose("anulom-vilom")
def anulom_vilom():
    fig = Fig(**SEATED_VIEW)
    hip = v(0, 12)
    sh, sw, knees = seated_body(fig, hip)
    c = fig.head_c
    # right hand up at the nose, the elbow low and close in front of the
    # chest: the palm in front of the mouth, the thumb by the right nostril
    # and the ring finger by the left
    s = add(sh, v(0, -2, sw))
    e = v(16, sh[1] - UPPER_ARM * 0.92, sw * 0.8)
    nose = v(c[0] + HEAD_R, c[1] - HEAD_R * 0.25, 0)
    # the palm low, in front of the mouth and chin, so the nose shows
    # between the thumb and the ring finger
    palm = add(nose, v(1, -HEAD_R * 0.6, 0))
    wrist = add(palm, v(1, -HEAD_R * 0.75, 1))
    fig.arm([s, e, wrist, palm], False, layer=L_TOP)
    for z in (1, -1):                               # thumb, ring finger
        base = add(palm, v(0, 1, z * 3.5))
        fig.limb([base, add(nose, v(1, 0.5, z * 5.2))],
                 radii=(2.3, 1.8), layer=L_TOP, style="far")
    # left hand resting on the left knee, the arm hanging relaxed
    s2 = add(sh, v(0, -2, -sw))
    e2, hd2 = ik(s2, add(knees[False], v(4, 8, -2)), UPPER_ARM, FOREARM,
                 v(-1, -0.2, -0.3))
    fig.arm([s2, e2, hd2], True)

    def airflow(P, k=1):
        # breath through the open (left) nostril: lines curving out of it
        x, y = P(add(nose, v(0, 0, -5)))
        return [accent_path("M%s,%s q9,1 15,8" % (n(x + 6), n(y + 2))),
                accent_path("M%s,%s q12,-2 19,4" % (n(x + 9), n(y - 4))),
                accent_path("M%s,%s q7,3 10,10" % (n(x + 5), n(y + 8)))]
    fig.extra.append(airflow)
    return fig


@pose("deep-breathing")
def deep_breathing():
    # seated cross-legged, turned part way, so both hands show and the
    # front of the belly is seen in profile: one hand on the belly, one on
    # the chest, the elbows down by the sides; arcs in front of the belly
    # for the breath filling it
    fig = Fig(tilt=10, yaw=50, mat=(30, 40))
    hip = v(0, 12)
    sh, sw, knees = seated_body(fig, hip)
    belly = v(15, hip[1] + TORSO * 0.32, 3)
    chest = v(15, hip[1] + TORSO * 0.72, 4)
    # right (near) hand flat on the upper chest, its elbow down by the
    # side; left (far) hand flat on the belly, its elbow by the far side:
    # the forearms meet the body from the two sides and do not cross.  The
    # arms are pale, like all arms drawn over the body in the seated poses
    s = add(sh, v(0, -2, sw))
    e = v(-2, hip[1] + TORSO * 0.3, sw * 1.1)
    fig.arm([s, e, chest, add(chest, v(1, 1, -HAND))], False, layer=L_TOP)
    s2 = add(sh, v(0, -2, -sw))
    e2 = v(6, hip[1] + TORSO * 0.28, -sw * 1.15)
    fig.limb([s2, e2], near=False, radii=ARM_R, layer=L_FAR_ARM)
    fig.limb([e2, belly, add(belly, v(1, 0, HAND))], near=False,
             radii=ARM_R[1:], end_r=HAND_R, layer=L_TOP)

    def breath(P, k=1):
        x, y = P(add(belly, v(0, 0, -HAND * 0.5)))
        return [accent_path("M%s,%s q%s,%s 0,%s" % (
            n(x + 14 + 7 * i), n(y - 7 - 3 * i), n(5 + i), n(7 + 3 * i),
            n(14 + 6 * i))) for i in range(3)]
    fig.extra.append(breath)
    return fig


@pose("bridge")
def bridge():
    fig = Fig()
    sh = v(-TORSO, 6)
    # a straight line from the shoulders to the knees, lifted just so far
    # that the shins stand upright with the feet under the knees
    lift = math.degrees(math.asin((ANKLE_H + SHIN - sh[1]) / (TORSO + THIGH)))
    hip = go(sh, lift, TORSO)
    fig.torso(hip, sh)
    supine_head(fig)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        k = go(h, lift, THIGH)
        a = v(k[0], ANKLE_H, z)
        fig.leg([h, k, a, flat_foot(a, 1)], near)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        e = v(sh[0] + math.sqrt(UPPER_ARM ** 2 - (sh[1] - r) ** 2), r, z)
        fig.arm([s, e, v(e[0] + FOREARM, r, z)], near)
    return fig


def seated_body(fig, hip):
    """Front view, cross-legged (sukhasana): knees out to the sides, feet
    tucked under the opposite knees; upright torso of normal width."""
    knees = {}
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        h = side_z(hip, z)
        k = v(14, R_NEAR + 8, sgn * (HIP_HALF + THIGH * 0.93))
        a = v(24, R_NEAR + 2, -sgn * 10)
        fig.leg([h, k, a, v(22, R_NEAR, -sgn * 30)], True)
        knees[near] = k
    sh, sw = front_torso(fig, hip)
    return sh, sw, knees


def front_torso(fig, hip):
    """Front view: an upright torso at full width with the head on top.
    Returns the shoulder centre and half width."""
    sh = go(hip, 90, TORSO)
    fig.wide = 1.45
    fig.torso(hip, sh)
    sw = SHOULDER_HALF * 1.25
    head_at(fig, 90, v(1, 0, 0))
    return sh, sw


def supine_start(fig, hip=None, arms=True):
    """Lying on the back, head on the mat; arms by the sides."""
    hip = hip or v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR + 2))
    supine_head(fig)
    if arms:
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            s = v(-TORSO, R_NEAR + 2, z)
            e = v(s[0] + UPPER_ARM, R_NEAR, z * 1.3)
            fig.arm([s, e, v(e[0] + FOREARM - 6, R_NEAR, z * 1.5)], near)
    return hip


def hook_leg(fig, hip, z, near, thigh_deg=52, style=None):
    """Knee bent, foot flat on the mat."""
    h = side_z(hip, z)
    k = go(h, thigh_deg, THIGH)
    dy = k[1] - ANKLE_H
    a = v(k[0] + math.sqrt(SHIN ** 2 - dy ** 2), ANKLE_H, z)
    fig.leg([h, k, a, flat_foot(a, 1)], near, style=style)
    return k


def hook_lying_legs(fig, hip, thigh_deg=52):
    """Supine with knees bent and feet flat on the mat."""
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        hook_leg(fig, hip, z, near, thigh_deg)


def behind_thigh(h, k, t=0.72, out=7):
    """Where hands hold the back of a raised thigh."""
    d = unit(sub(k, h))
    back = unit(v(d[1], -d[0], 0))          # away from the chest
    return add(lerp(h, k, t), mul(back, out))


def hold_with_both_hands(fig, grip, z_grip):
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR + 2, z)
        e, hand = ik(s, side_z(grip, z_grip + z * 0.3), UPPER_ARM,
                     FOREARM - 4, v(0.3, -1, z * 0.05))
        fig.arm([s, e, hand], near, layer=L_TOP if near else L_FAR_ARM)


@pose("knee-to-chest")
def knee_to_chest():
    start = Fig(tilt=12)
    hip = supine_start(start)
    hook_lying_legs(start, hip)
    end = Fig(tilt=12)
    supine_start(end, arms=False)
    hook_leg(end, hip, -HIP_HALF, False)
    # near knee drawn towards the chest, both hands behind the thigh; the
    # knee bent and the shin and foot hanging relaxed
    h = v(0, R_NEAR, HIP_HALF)
    k = go(h, 122, THIGH)
    a = go(k, 8, SHIN)
    end.leg([h, k, a, go(a, -30, FOOT)], style="accent")
    hold_with_both_hands(end, behind_thigh(h, k, 0.55, 13), HIP_HALF)
    end.extra.append(arrow(go(h, 66, THIGH + 18), go(h, 92, THIGH + 30),
                           go(h, 118, THIGH + 24)))
    return Panels(start, end)


@pose("hamstring-stretch")
def hamstring_stretch():
    fig = Fig(tilt=12)
    hip = supine_start(fig, arms=False)
    hook_leg(fig, hip, -HIP_HALF, False)
    # raised leg with the knee a little bent and the foot relaxed, a strap
    # looped under the sole and both ends in the hands
    h = v(0, R_NEAR, HIP_HALF)
    k = go(h, 84, THIGH)
    a = go(k, 72, SHIN)
    toe = go(a, 138, FOOT)
    fig.leg([h, k, a, toe], style="accent")
    hands = v(-12, THIGH + 2, HIP_HALF * 0.4)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR + 2, z)
        e, hd = ik(s, side_z(hands, z * 0.4), UPPER_ARM, FOREARM - 4,
                   v(-0.5, 0.2, 0))
        fig.arm([s, e, hd], near, layer=L_TOP if near else L_FAR_ARM)
    # the loop: up from the hands to the ball of the foot, round the sole
    # and back down from under the heel
    sole = unit(v(toe[1] - a[1], a[0] - toe[0], 0))      # away from the shin
    out = FOOT_R[0] + 2
    ball = add(lerp(a, toe, 0.8), mul(sole, out))
    heel = add(lerp(a, toe, 0.3), mul(sole, out))
    fig.extra.append(strap([hands, ball, heel, hands], layer=L_NEAR_ARM))
    return fig


@pose("trunk-rotation")
def trunk_rotation():
    # from above, towards the feet and the near side: lying on the back,
    # arms out to the sides on the mat, knees bent and together; then both
    # knees lowered to the far side, where the bent legs are seen from
    # above, while the shoulders and arms stay flat
    def lying(drop):
        fig = Fig(tilt=32, yaw=35, wide=1.2,
                  mat=(-TORSO - HEAD_D - 24, THIGH + 26, -30, 30))
        hip = v(0, R_NEAR)
        fig.torso(hip, v(-TORSO, R_NEAR), layer=L_FAR_ARM)
        # the head is the farthest part: under the torso
        fig.head(v(-TORSO - HEAD_D, HEAD_R), v(0, 1, 0), layer=L_FAR_LEG)
        for z in (SHOULDER_HALF, -SHOULDER_HALF):
            s = v(-TORSO, R_NEAR, z)
            out = v(0, 0, z)
            e = go(s, out, UPPER_ARM)
            hd = go(e, out, FOREARM)
            fig.arm([s, e, hd, go(hd, out, 6)], True,
                    layer=L_FAR_LEG)
        th = math.radians(drop)
        for z in (-HIP_HALF * 0.6, HIP_HALF * 0.6):       # far leg first
            h = v(0, R_NEAR, z)
            k = go(h, 60, THIGH)
            k = v(k[0], k[1], z * 0.5)                 # knees together
            a = v(k[0] + math.sqrt(SHIN ** 2 - (k[1] - ANKLE_H) ** 2),
                  ANKLE_H, z * 0.7)
            pts = [h, k, a, flat_foot(a, 1)]
            pts = [roll(p, th, hip) for p in pts]
            fig.leg(pts, True, style="accent" if drop else None)
        return fig, k
    start, knee = lying(0)
    end, _k = lying(-85)
    # the knees' path, sideways and down
    r = knee[1] + 14
    pts = [roll(v(knee[0], R_NEAR + r, 0), math.radians(t), v(0, R_NEAR))
           for t in (12, -38, -76)]
    end.extra.append(arrow(*pts))
    return Panels(start, end)


def roll(p, th, pivot):
    """Turn p about the x axis through `pivot`, y towards +z, by th."""
    y, z = p[1] - pivot[1], p[2] - pivot[2]
    return v(p[0], pivot[1] + y * math.cos(th) - z * math.sin(th),
             pivot[2] + y * math.sin(th) + z * math.cos(th))


@pose("bhujangasana")
def bhujangasana():
    # a gentle cobra: hips and legs on the mat, hands under the shoulders,
    # the arms doing the lifting with the elbows a little bent and close to
    # the body; higher than the sphinx, whose forearms lie on the mat
    fig = Fig()
    hip = v(0, R_NEAR + 3)
    sh = v(TORSO - 18, 58)
    fig.torso(hip, sh, ctrl=v(TORSO * 0.45, R_NEAR + 4))
    head_at(fig, 70, v(1, 0.15, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near, direction=-1, toes="back")
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        wrist = v(sh[0] + 4, r, z)
        e, wrist = ik(s, wrist, UPPER_ARM, FOREARM - 4, v(-1, 0, 0))
        fig.arm([s, e, wrist, v(wrist[0] + HAND, r - 1.5, z)], near)
    top = fig.torso_point(0.45)
    fig.extra.append(arrow(add(top, v(-10, 16, 0)), add(top, v(-12, 28, 0)),
                           add(top, v(-2, 40, 0))))
    return fig


def all_fours(fig, back_ctrl, head, face):
    """Hands and knees: knees under the hips, straight arms under the
    shoulders; `back_ctrl` shapes the back (two control offsets)."""
    knee = v(0, R_NEAR)
    hip = v(0, R_NEAR + THIGH)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        fig.leg([side_z(hip, z), v(0, R_NEAR, z), v(-SHIN, R_NEAR, z),
                 v(-SHIN - FOOT, R_NEAR - 1, z)], near)
    sh = v(TORSO, hip[1] + 4)
    fig.torso(hip, sh, ctrl=(add(hip, back_ctrl[0]), add(sh, back_ctrl[1])))
    fig.head(add(sh, head), face)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = side_z(sh, z)
        wrist = v(sh[0], 4.5, z)
        fig.arm([s, lerp(s, wrist, 0.48), wrist, v(sh[0] + HAND, 3.5, z)],
                near, layer=L_NEAR_ARM if near else L_FAR_LEG)
    return knee, hip, sh


@pose("cat-cow")
def cat_cow():
    cow = Fig(tilt=8)
    _k, hip, sh = all_fours(cow, (v(16, -16, 0), v(-16, -14, 0)),
                            v(HEAD_D * 0.92, HEAD_D * 0.42, 0), v(1, 0.1, 0))
    mid = lerp(hip, sh, 0.5)
    cow.extra.append(arrow(add(mid, v(0, 12, 0)), add(mid, v(2, 2, 0)),
                           add(mid, v(0, -14, 0))))
    cat = Fig(tilt=8)
    all_fours(cat, (v(12, 28, 0), v(-14, 26, 0)),
              v(HEAD_D * 0.45, -HEAD_D * 0.85, 0), v(0.35, -1, 0))
    cat.extra.append(arrow(add(mid, v(0, 24, 0)), add(mid, v(2, 34, 0)),
                           add(mid, v(0, 46, 0))))
    return Panels(cow, cat)


@pose("pelvic-tilt")
def pelvic_tilt():
    # seen a little more from above than the other lying poses, with the
    # arms a little away from the sides, so the floor under the waist shows
    def lying(flat):
        fig = Fig(tilt=24, mat=(24, 40))
        hip = v(0, R_NEAR)
        sh = v(-TORSO, R_NEAR + 2)
        # the natural curve leaves a gap under the low back
        fig.torso(hip, sh, gap=0 if flat else 20)
        supine_head(fig)
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            s = v(-TORSO, R_NEAR + 2, z)
            e = v(s[0] + UPPER_ARM * 0.9, R_NEAR, z * 2.4)
            fig.arm([s, e, v(e[0] + FOREARM - 6, R_NEAR, z * 3.2)], near)
        hook_lying_legs(fig, hip)
        return fig
    start = lying(False)
    end = lying(True)
    # the pelvis rocks back: a curved arrow round the hips, and the waist
    # pressed down
    end.extra.append(arrow(v(10, 6, 0), v(14, 30, 0), v(-8, 30, 0)))
    end.extra.append(arrow(v(-TORSO * 0.45, 46, 0), v(-TORSO * 0.45, 38, 0),
                           v(-TORSO * 0.45, 24, 0)))
    return Panels(start, end)


def figure_four(pull):
    """Lying on the back, seen from above and behind the head, a little to
    the right, the way the figure "4" faces: the left leg bent with the
    foot on the mat, the right leg crossing it with the ankle resting on
    the left knee and the knee turned out to the side; `pull` draws the
    left thigh towards the chest with both hands behind it."""
    fig = Fig(tilt=20, yaw=-32, wide=1.2,
              mat=(-TORSO - HEAD_D - 12, THIGH + 40, -26, 26))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    fig.head(v(-TORSO - HEAD_D, HEAD_R), v(0, 1, 0), layer=L_HEAD)
    if not pull:
        for z in (SHOULDER_HALF, -SHOULDER_HALF):
            s = v(-TORSO, R_NEAR + 2, z)
            e = v(s[0] + UPPER_ARM, R_NEAR, z * 1.3)
            fig.arm([s, e, v(e[0] + FOREARM - 6, R_NEAR, z * 1.5)],
                    layer=L_NEAR_ARM if z > 0 else L_FAR_LEG)
    # left leg (far): bent, the foot on the mat, or drawn to the chest
    hl = v(0, R_NEAR, -HIP_HALF)
    if pull:
        kl = go(hl, 108, THIGH)
        al = go(kl, 8, SHIN)
        fig.leg([hl, kl, al, go(al, -25, FOOT)], layer=L_FAR_ARM)
    else:
        kl = go(hl, 62, THIGH)
        al = v(kl[0] + math.sqrt(SHIN ** 2 - (kl[1] - ANKLE_H) ** 2),
               ANKLE_H, -HIP_HALF)
        fig.leg([hl, kl, al, flat_foot(al, 1)], layer=L_FAR_LEG)
    if pull:
        # hands behind the thigh: the right one through the "4", the left
        # round the outside; the thigh hides where they meet
        for z in (1, -1):
            s = v(-TORSO, R_NEAR + 2, z * SHOULDER_HALF)
            grip = add(lerp(hl, kl, 0.75), v(4, 0, z * 5))
            e, hd = ik(s, grip, UPPER_ARM, FOREARM - 4, v(0, -0.5, z))
            fig.arm([s, e, hd], layer=L_FAR_LEG)
    # right leg (near, the side stretched): ankle on the front of the left
    # knee, the foot past it, the knee turned out to the right
    hr = v(0, R_NEAR, HIP_HALF)
    ank = add(kl, v(3, LEG_R[1] + LEG_R[2] - 2, 2))
    kr, ank = ik(hr, ank, THIGH, SHIN, v(0.2, -0.5, 1))
    fig.leg([hr, kr, ank, go(ank, v(0.2, 0.3, -1), FOOT * 0.85)],
            style="accent", layer=L_FAR_ARM)
    return fig, kl


@pose("piriformis-stretch")
def piriformis_stretch():
    start, kl = figure_four(False)
    end, kl2 = figure_four(True)
    end.extra.append(arrow(add(kl, v(8, 18, 0)), add(kl, v(-6, 32, 0)),
                           add(kl2, v(-10, 20, 0))))
    return Panels(start, end)


@pose("saithalyasana")
def saithalyasana():
    # from the right side, a little above: sitting on the mat, the right
    # (near) leg bent in front with the knee forward under the chest and
    # the foot against the inside of the left thigh; the left (far, pale)
    # leg bent back, its foot beside the left hip; folded forward over the
    # front knee, the forehead on a folded blanket, forearms on the mat
    fig = Fig(tilt=25, yaw=10, mat=(50, 34))
    hip = v(0, 12)
    # back leg (far): thigh out to the left and a little forward, shin
    # back, the foot beside the hip
    hf = side_z(hip, -HIP_HALF)
    kf = go(hf, v(0.6, 0, -1), THIGH)
    kf = v(kf[0], R_FAR, kf[2])
    af = go(kf, sub(v(-16, R_FAR, -HIP_HALF - 14), kf), SHIN)
    fig.leg([hf, kf, af, go(af, v(-1, 0, 0.1), FOOT * 0.9)], False)
    # front leg (near, the side worked): knee forward and a little out,
    # shin back across in front of the pelvis, the sole against the inside
    # of the left thigh
    hn = side_z(hip, HIP_HALF)
    kn = go(hn, v(1, 0, 0.35), THIGH)
    kn = v(kn[0], R_NEAR + 1, kn[2])
    an = go(kn, sub(v(16, R_NEAR, -HIP_HALF - 6), kn), SHIN)
    fig.leg([hn, kn, an, go(an, v(-0.3, 0, -1), FOOT * 0.8)],
            style="accent")
    # torso folded forward over the front thigh, the back rounded
    sh = go(hip, 32, TORSO)
    fig.torso(hip, sh, bulge=v(-3, 8, 0))
    c = go(sh, -38, HEAD_D)
    fig.head(c, v(0.5, -1, 0))
    # a folded blanket under the forehead
    top = c[1] - HEAD_R
    fig.items.append((L_TORSO, "prop",
                      chain([v(c[0] - 6, top / 2, 0), v(c[0] + 8, top / 2, 0)],
                            [top / 2, top / 2])))
    # arms forward: elbows down beside the blanket, forearms and hands flat
    # on the mat
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        e = v(c[0] - 8, r, z * 1.2)
        e = go(s, sub(e, s), UPPER_ARM)
        e = v(e[0], max(e[1], r), e[2])
        hd = v(e[0] + FOREARM, r, z)
        fig.arm([s, e, hd, add(hd, v(HAND, -1, 0))], near)
    return fig


# --------------------------------------------------------------------------
def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(os.path.dirname(here), "assets", "poses")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ids", nargs="*", help="pose ids (default: all)")
    ap.add_argument("-o", "--out", default=default_out,
                    help="output directory (default: assets/poses)")
    ap.add_argument("--check", action="store_true",
                    help="print floor contact / size per pose")
    ap.add_argument("--list", action="store_true", help="list pose ids")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(POSES))
        return 0
    ids = args.ids or list(POSES)
    bad = [i for i in ids if i not in POSES]
    if bad:
        print("unknown pose id(s): %s" % ", ".join(bad), file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    for pid in ids:
        fig = POSES[pid]()
        svg = render(fig)
        path = os.path.join(args.out, pid + ".svg")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(svg)
        if args.check:
            print("%-22s lowest=%+5.1f  %4d bytes"
                  % (pid, fig.lowest(), len(svg.encode())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
