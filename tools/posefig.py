#!/usr/bin/env python3
"""posefig.py - generate the Posewise pose illustrations.

Every pose is built from 3-D joint positions (x along the mat, y up from
the floor, z towards the viewer), computed from segment lengths and joint
angles (forward kinematics) or from contact points (two-bone inverse
kinematics).  The body is drawn as outlined shapes: tapered limbs (a
capsule per bone, merged into one outlined part), hands and feet, a torso
with pelvis, waist and chest, and a head with a nose and an eye on the
side the face points to (two eyes when it looks at us).  Views: lying,
kneeling and standing poses from the side, facing right, slightly raised
(yastikasana too, stretched long); anulom-vilom, parsvakonasana and deep
breathing from the front; tadasana from the side in two frames side by
side (start, then up on the toes); saithalyasana from the front-left and
above, in two panels of their own heights, to show the folded legs;
piriformis from the side, head to the right, so that the right ankle
crosses the near left knee; poses whose legs move across the body (trunk
rotation) or that lie flat and spread out (makarasana, shavasana) from
above and at an angle, on a mat of their own size.  Far-side limbs are
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


def arrow_head(pc, pb, hl=11, hw=6.5):
    """Where an arrow's line ends (the base of its head) and the head's
    path, for an arrow coming to picture point pb from pc."""
    dx, dy = pb[0] - pc[0], pb[1] - pc[1]
    ln = math.hypot(dx, dy) or 1
    ux, uy = dx / ln, dy / ln
    base = (pb[0] - ux * hl, pb[1] - uy * hl)
    head = "M%s L%s L%s z" % (
        f(pb), f((base[0] - uy * hw, base[1] + ux * hw)),
        f((base[0] + uy * hw, base[1] - ux * hw)))
    return base, head


def arrow(a, c, b, layer=L_TOP):
    """An accent arrow from world point a to b, bent through c."""
    def make(P, k):
        pa, pc, pb = P(a), P(c), P(b)
        base, head = arrow_head(pc, pb)
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
    # palm tree pose, start and end side by side (a standing figure is tall
    # and narrow, so two fit across the box at full height).  Seen from the
    # side and a little in front, so the heels and the gap between the
    # feet (hip-width apart) both show.  Start: standing tall, feet flat,
    # arms by the sides.  End: fingers interlocked above the head with the
    # palms turned up, arms straight, up on the toes with the heels well
    # off the floor: the near foot in the accent colour, with an arrow for
    # the heels rising
    start = a_palm_tree(False)
    end = a_palm_tree(True)
    return a_SidePanels(start, end)


def a_palm_tree(up):
    """One frame of the palm tree pose: flat with the arms down, or on the
    toes with the arms overhead (`up`)."""
    fig = Fig(tilt=14, yaw=40, mat=(26, 30))
    heel, ball, ankle = a_foot(up)
    hip = v(0, ankle[1] + LEG)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        zz = z * 1.05                               # feet under the hips
        a_leg_foot(fig, side_z(hip, z), side_z(ankle, zz), side_z(heel, zz),
                   side_z(ball, zz), near, accent=up and near)
    sh = go(hip, 90, TORSO)
    fig.torso(hip, sh)
    head_at(fig, 90, v(1, 0, 0))
    if up:
        # arms straight up beside the ears, the wrists together; the
        # interlocked hands a flat plate on top, palms to the ceiling
        top = sh[1] - 2 + ARM
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            s = v(-3, sh[1] - 2, z)
            w = v(-5, top, z * 0.3)
            fig.arm([s, lerp(s, w, UPPER_ARM / ARM), w], near, hand=False)
        fig.limb([v(-12, top + 4, 0), v(3, top + 4, 0)],
                 layer=L_NEAR_ARM, radii=(HAND_R[0], HAND_R[0]))
        # the heels rise
        x = heel[0] - 15
        fig.extra.append(arrow(v(x, 4, HIP_HALF), v(x, 12, HIP_HALF),
                               v(x, heel[1] + 12, HIP_HALF)))
    else:
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            s = v(0, sh[1] - 2, z)
            e = go(s, -87, UPPER_ARM)
            fig.arm([s, e, go(e, -86, FOREARM - 4)], near)
    return fig


def a_foot(tiptoe):
    """Side view of a foot pointing +x under an ankle at x = 0: (heel,
    ball, ankle).  Flat on the floor, or up on the toes with the ball on
    the floor and the heel high."""
    rise = 64 if tiptoe else 0                      # sole angle, degrees
    down = d2(-rise)                                # heel towards the ball
    up = d2(90 - rise)                              # off the sole
    heel_to_ball = FOOT * (1.05 if tiptoe else 0.95)
    ball = v(0, R_NEAR)
    heel = sub(ball, mul(down, heel_to_ball))
    ankle = add(add(heel, mul(down, 5.5)), mul(up, ANKLE_H - R_NEAR + 1))
    shift = v(-ankle[0], 0)
    return add(heel, shift), add(ball, shift), add(ankle, shift)


def a_leg_foot(fig, hip, ankle, heel, ball, near, accent=False):
    """A straight leg and its foot (heel, ball, toes flat forward); the
    foot in the accent colour if `accent`, else leg and foot as one
    outlined part."""
    knee = lerp(hip, ankle, THIGH / LEG)
    toes = add(ball, v(FOOT * 0.4, -0.3, 0))
    layer = L_NEAR_LEG if near else L_FAR_LEG
    style = "body" if near else "far"
    leg = chain([hip, knee, ankle], LEG_R)
    foot = chain([ankle, heel], (LEG_R[2], FOOT_R[0] + 0.4))
    foot += chain([heel, ball, toes], (FOOT_R[0] + 0.4, FOOT_R[0] - 0.6,
                                       FOOT_R[1]))
    if accent:
        fig.items.append((layer, style, leg))
        fig.items.append((layer, "accent", foot))
    else:
        fig.items.append((layer, style, leg + foot))


class a_SidePanels(Panels):
    """Two figures side by side, start on the left and end on the right,
    sharing one zoom and one floor line; a dashed line between them."""

    def svg_body(self):
        mid = SIZE / 2
        boxes = [(MARGIN, MARGIN, mid - GAP / 2, SIZE - MARGIN),
                 (mid + GAP / 2, MARGIN, SIZE - MARGIN, SIZE - MARGIN)]
        ext = [fg.extent() for fg in self.figs]
        bw = boxes[0][2] - boxes[0][0] - 2 * PAD
        bh = boxes[0][3] - boxes[0][1] - 2 * PAD
        top = max(e[2] for e in ext)
        bottom = min(e[3] for e in ext)
        k = min([bw / (e[1] - e[0]) for e in ext] + [bh / (top - bottom)]
                + [fg.max_k for fg in self.figs])
        floor_y = SIZE / 2 + (top + bottom) / 2 * k
        out = []
        for fig, e, box in zip(self.figs, ext, boxes):
            dx = (box[0] + box[2]) / 2 - (e[0] + e[1]) / 2 * k
            out += fig.draw(k, dx, floor_y, box)
        out.append('<path d="M%s,%sV%s" stroke="%s" stroke-width="1.5" '
                   'stroke-dasharray="4 4"/>' % (n(mid), n(MARGIN + 20),
                                                 n(SIZE - MARGIN - 20),
                                                 FAR_LINE))
        return out


@pose("parsvakonasana")
def parsvakonasana():
    # straight from the front, the figure facing us, so that the side bend
    # shows in the plane of the picture: feet wide apart, the right foot
    # (on the left of the picture) turned out, the right knee bent over the
    # ankle, the thigh near level (the side worked, accent); the left leg
    # straight with the foot flat, turned a little in, its heel on the
    # floor.  The trunk, chest to us, bends sideways over the right thigh,
    # the right forearm resting on it; the left arm reaches on over the
    # left ear, so that the left heel, hip, shoulder and fingertips make
    # one long straight line.  The face looks at us
    fig = Fig(tilt=14, wide=1.45, mat=(26, 34))
    knee = v(0, ANKLE_H + SHIN)
    a_front = v(0, ANKLE_H, 0)
    hip_r = go(knee, 12, THIGH)                  # front thigh near level
    hip_l = go(hip_r, 24, 2 * HIP_HALF)          # the pelvis a little tilted
    dy = hip_l[1] - ANKLE_H
    rise = math.degrees(math.asin(dy / LEG))     # the long line's slope
    a_back = go(hip_l, -rise, LEG)
    line = 180 - rise                            # heel -> fingertips
    up = d2(line - 90)                           # off the line, to the sky
    # the legs: the front one bent, its foot turned out (pointing left);
    # the back one straight, its foot flat, heel down, turned in a little
    g_flat_foot_leg(fig, hip_r, knee, a_front, v(-1, 0, 0.12), "accent")
    g_flat_foot_leg(fig, hip_l, lerp(hip_l, a_back, THIGH / LEG), a_back,
                    v(-0.55, 0, 0.83), "body")
    # the trunk: its upper (left) side along the line, bowed a little to
    # the sky, the under (right) side short over the front thigh
    hip_c = lerp(hip_r, hip_l, 0.5)
    sw = SHOULDER_HALF * 1.1
    s_top = go(hip_l, line, TORSO + 2)
    axis = d2(line)
    sh = add(sub(s_top, mul(up, sw)), mul(axis, 4))   # top of the trunk
    # the pelvis drawn from a little above the hip joints, so that it
    # does not hang below the thighs
    fig.torso(go(hip_c, sub(sh, hip_c), 11), sh, bulge=mul(up, 4))
    s_low = sub(sub(sh, mul(up, sw * 0.8)), mul(axis, 7))
    # the head in line with the spine, facing us, just under the top arm,
    # which passes over the ear and not across the face
    axis = unit(sub(sh, hip_c))
    c = go(sh, axis, HEAD_D)
    off = dot(sub(c, s_top), up) + HEAD_R + 2.5
    c = sub(c, mul(up, off))
    fig.head(c, v(0, 0, 1), layer=L_TORSO - 0.5)      # the neck under
    fig.items = [it for it in fig.items if it[1] != "nose"]
    fig.extra.append(g_face(c, sub(c, sh), eyes_only=False))
    # under arm: the elbow on the front thigh near the knee, the upper arm
    # coming a little towards us, the forearm resting along the thigh
    th = unit(sub(hip_r, knee))
    e = add(add(knee, mul(th, 14)), v(0, LEG_R[1] + ARM_R[1] - 1, 0))
    flat = norm(sub(e, s_low))
    e = add(e, v(0, 0, math.sqrt(max(UPPER_ARM ** 2 - flat ** 2, 0.0))))
    wr = add(add(e, mul(th, FOREARM - 6)), v(0, 1, -6))
    fig.arm([s_low, e, wr, go(wr, add(th, v(0, -0.3, 0)), HAND)],
            layer=L_TOP)
    # top arm: from the left shoulder on along the line, past the ear
    e2 = go(s_top, line, UPPER_ARM)
    h2 = go(e2, line, FOREARM)
    fig.arm([s_top, e2, h2, go(h2, line, HAND)], layer=L_NEAR_ARM)
    return fig


def g_flat_foot_leg(fig, hip, knee, ankle, toes_dir, style,
                    layer=L_NEAR_LEG):
    """A leg standing on a flat foot: hip, knee, ankle, then the heel on
    the floor under and behind the ankle and the sole flat along the floor
    towards `toes_dir` (x/z), as one outlined part in `style`."""
    d = unit(v(toes_dir[0], 0, toes_dir[2]))
    heel = add(v(ankle[0], R_NEAR, ankle[2]), mul(d, -3.5))
    ball = add(heel, mul(d, FOOT * 0.85))
    toes = add(ball, add(mul(d, FOOT * 0.35), v(0, -0.4, 0)))
    shapes = chain([hip, knee, ankle], LEG_R)
    shapes += chain([ankle, heel], (LEG_R[2], FOOT_R[0] + 0.6))
    shapes += chain([heel, ball, toes], (FOOT_R[0] + 0.6, FOOT_R[0] - 0.4,
                                        FOOT_R[1]))
    fig.items.append((layer, style, shapes))
    return heel, toes


def g_face(centre, up, eyes_only=True, layer=L_HEAD + 0.5):
    """A face looking at us, turned in the picture with the head: `up`
    (world) is the head's up.  Two eyes, and unless `eyes_only` the small
    round nose between and below them (as on the other full faces)."""
    def make(P, k):
        c = P(centre)
        t = P(add(centre, mul(unit(up), HEAD_R)))
        ux, uy = (t[0] - c[0]) / (HEAD_R * k), (t[1] - c[1]) / (HEAD_R * k)
        rx, ry = -uy, ux                       # picture "right" of the face
        r = HEAD_R * k

        def at(a, b):
            return (c[0] + rx * a * r + ux * b * r,
                    c[1] + ry * a * r + uy * b * r)
        out = ""
        for sgn in (1, -1):
            ex, ey = at(sgn * 0.36, 0.12)
            out += '<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                n(ex), n(ey), n(1.9 * k), INK)
        if not eyes_only:
            nx, ny = at(0, -0.2)
            ang = math.degrees(math.atan2(-ux, uy))
            out += ('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s" '
                    'stroke="%s" stroke-width="%g" transform="rotate(%s %s '
                    '%s)"/>' % (n(nx), n(ny), n(2.3 * k), n(3.2 * k),
                                FILLS["body"], INK, OUTLINE, n(ang), n(nx),
                                n(ny)))
        return [(layer, out)]
    return make


def j_ink_curves(curves, layer, width=1.3):
    """Thin ink lines drawn on the body (creases, the shoulder blades):
    each curve is (a, c, b) world points, a quadratic from a to b bent
    through c, or (a, None, b) straight."""
    def make(P, k):
        d = ""
        for a, c, b in curves:
            if c is None:
                d += "M%s L%s" % (f(P(a)), f(P(b)))
            else:
                d += "M%s Q%s %s" % (f(P(a)), f(P(c)), f(P(b)))
        return [(layer, '<path d="%s" fill="none" stroke="%s" '
                 'stroke-width="%g" stroke-linecap="round" '
                 'stroke-linejoin="round"/>' % (d, INK, width * k + 0.4))]
    return make


def j_on_back(fig, t, dz, wide):
    """Point on the upper surface of the torso (lying face down) at
    fraction t from the hips to the shoulders, `dz` to the side."""
    p = fig.torso_point(t)
    r = torso_radius(min(max(t, 0.0), 1.0)) * wide
    return v(p[0], p[1] + math.sqrt(max(r * r - dz * dz, 0.0)) * 0.98,
             p[2] + dz)


@pose("makarasana")
def makarasana():
    # seen from above and at an angle, from beside the head end, on a mat
    # of its own: lying flat on the belly (the back of the body up: the
    # buttocks, the shoulder blades, the heels), the legs comfortably
    # apart with the heels in and the toes turned out; the forearms folded
    # into a stacked pad in front of the shoulders (the near one, on top,
    # in the body colour; the far one under it, pale), each hand by the
    # other elbow, and the forehead resting on the top forearm with the
    # face turned down to it (eye and nose towards the arms)
    wide = 1.15
    fig = Fig(tilt=55, yaw=30, wide=wide,
              mat=(-LEG - FOOT - 6, TORSO + UPPER_ARM + 12, -46, 46))
    hip = v(0, R_NEAR)
    sh = v(TORSO, R_NEAR + 3)
    fig.torso(hip, sh, ctrl=v(TORSO * 0.5, R_NEAR))
    # legs on the mat, apart; the feet on their inner edges, toes out and
    # heels in.  Drawn under the torso, so the buttocks round over them
    spread = math.radians(7)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        h = v(0, R_NEAR, z)
        a = v(-LEG * math.cos(spread), R_NEAR + 1,
              z + sgn * LEG * math.sin(spread))
        t = add(a, mul(unit(v(-0.8, -0.1, sgn * 0.55)), FOOT))
        heel = add(a, v(0.5, 2.5, -sgn * 1.5))
        shapes = (chain([h, lerp(h, a, THIGH / LEG), a], LEG_R)
                  + chain([a, t], FOOT_R) + chain([a, heel], [LEG_R[2], 3.4]))
        fig.items.append((L_FAR_ARM + 0.5 if near else L_FAR_LEG,
                          "body" if near else "far", shapes))
    # elbows out in front of the shoulders; the far forearm on the mat,
    # the near one on top of it, each across to the other elbow
    ez = SHOULDER_HALF + 16
    ex = TORSO + math.sqrt(UPPER_ARM ** 2 - (ez - SHOULDER_HALF) ** 2)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        s = v(TORSO, R_NEAR + 3, z)
        y = R_NEAR + (2 * ARM_R[1] if near else 0)
        e = v(ex + (-3 if near else 3), y, sgn * ez)
        hd = go(e, v(0, 0, -sgn), FOREARM)
        fig.arm([s, e, hd, go(hd, v(0, 0, -sgn), HAND)], near)
    # the forehead on the top forearm, the face down towards it
    top = R_NEAR + 3 * ARM_R[1]
    fd = unit(v(0.8, -1, 0))
    c = add(v(ex - 3, top, 0), mul(fd, -HEAD_R))
    fig.head(c, fd, neck_from=sh, layer=L_TOP)
    # back of the body: the shoulder blades and the cleft of the buttocks
    curves = []
    for sgn in (1, -1):
        curves.append((j_on_back(fig, 0.93, sgn * 4, wide),
                       j_on_back(fig, 0.74, sgn * 3, wide),
                       j_on_back(fig, 0.70, sgn * 10, wide)))
    curves.append((j_on_back(fig, 0.16, 0, wide), None,
                   j_on_back(fig, -0.12, 0, wide)))
    fig.extra.append(j_ink_curves(curves, L_TORSO + 0.5))
    return fig


@pose("yastikasana")
def yastikasana():
    # from the side like shavasana: lying flat on the back on the mat, one
    # long line from the fingertips to the pointed toes; the arms overhead
    # along the floor beside the ears, the head on the mat between them;
    # legs straight and together.  Accent arrows: the hands reach one way,
    # the toes the other
    fig = Fig(tilt=30, mat=(40, 44))
    hip = v(0, R_NEAR)
    sh = v(-TORSO, R_NEAR)
    fig.torso(hip, sh)
    supine_head(fig)
    for z, near in ((HIP_HALF * 0.55, True), (-HIP_HALF * 0.55, False)):
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z)
        a = v(LEG, r + 3, z)
        t = v(LEG + FOOT * 0.95, r - 1.5, z)        # toes pointed away
        fig.leg([h, lerp(h, a, THIGH / LEG), a, t], near)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR + 2, z)
        hd = v(-TORSO - ARM, r, z * 0.7)
        e = lerp(s, hd, UPPER_ARM / ARM)
        fig.arm([s, v(e[0], r, e[2]), hd, add(hd, v(-HAND, 0, 0))], near)
    # reach: hands away over the head, toes away past the feet
    y = HEAD_R * 2 + 4
    xh = -TORSO - ARM - HAND
    fig.extra.append(arrow(v(xh + 44, y - 6, 0), v(xh + 22, y, 0),
                           v(xh - 2, y - 6, 0)))
    xt = LEG + FOOT
    fig.extra.append(arrow(v(xt - 44, y - 6, 0), v(xt - 22, y, 0),
                           v(xt + 2, y - 6, 0)))
    return fig


def e_blanket_roll(fig, centre, r, z0, z1):
    """A rolled blanket lying across the mat (along z), seen from the
    side: its body (drawn low, under the back and the arms) and its near
    end, a round face with the roll's spiral, drawn over the near arm."""
    fig.items.append((L_FAR_LEG + 0.5, "prop",
                      chain([side_z(centre, z0), side_z(centre, z1)],
                            [r, r])))
    end = side_z(centre, z1)

    def make(P, k):
        c = P(end)
        rr = r * k
        turns = 2.25
        pts = []
        for i in range(46):
            t = i / 45.0
            a = -math.pi / 2 + t * turns * 2 * math.pi
            q = rr * (0.12 + 0.72 * t)
            pts.append((c[0] + q * math.cos(a), c[1] + q * math.sin(a)))
        spiral = "M" + " L".join(f(p) for p in pts)
        return [(L_NEAR_ARM + 0.5,
                 '<path d="%s" fill="%s" stroke="%s" stroke-width="%g" '
                 'paint-order="stroke"/><path d="%s" fill="none" '
                 'stroke="%s" stroke-width="1.3" stroke-linecap="round" '
                 'stroke-linejoin="round" opacity="0.75"/>'
                 % (circle_d(c, rr), FILLS["prop"], INK, OUTLINE * 2,
                    spiral, INK))]
    fig.extra.append(make)


@pose("matsyasana")
def matsyasana():
    # the supported fish: a firm blanket roll lying across the mat under
    # the shoulder blades (its round end towards us, drawn whole), the
    # chest arching up over it from the hips, the shoulders and the long
    # neck dropping back beyond it to the head resting on the floor, face
    # up; knees bent with the feet flat, arms by the sides, palms up
    fig = Fig(tilt=20, mat=(30, 44))
    roll_r = 12.5
    roll = v(-TORSO * 0.72, roll_r)
    e_blanket_roll(fig, roll, roll_r, -30, 30)
    hip = v(0, R_NEAR + 1)
    sh = v(-TORSO, 2 * roll_r + 8)
    # the back rises from the hips over the blanket: highest at the chest
    fig.torso(hip, sh, ctrl=(v(-TORSO * 0.30, R_NEAR + 6),
                             v(-TORSO * 0.64, 2 * roll_r + 28)))
    supine_head(fig)
    hook_lying_legs(fig, hip)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        # the upper arm rests over the roll, the forearm on the floor
        e = v(roll[0] + roll_r + 2, roll_r + 4, z * 1.6)
        e = go(s, sub(e, s), UPPER_ARM)
        wr = v(e[0] + math.sqrt(max((FOREARM - 6) ** 2 - (e[1] - r) ** 2,
                                    1.0)), r, z * 2.1)
        fig.arm([s, e, wr, add(wr, v(7, 1, 0))], near)
    return fig


@pose("adho-mukha-svanasana")
def adho_mukha_svanasana():
    # an upside-down V, as the text asks: hands on the mat, the arms and
    # the back in one long straight line up to the hips, which are the
    # apex; the legs long with the knees a little soft and the heels
    # reaching towards the floor (just off it); the head hanging between
    # the arms, looking back at the feet.  An arrow: hips up and back
    fig = Fig(tilt=10)
    hand = v(0, R_NEAR)
    up = 180 - 40                                  # arms + back line
    sh = go(hand, up, ARM)
    hip = go(sh, up, TORSO)
    fig.torso(hip, sh)
    # on the balls of the feet, the heels a little lifted and reaching
    # down (the round end of the shin is the heel); the knees soft, so the
    # hip-to-ankle line is a little short of a straight leg
    foot = d2(-34)                                 # ankle to the ball
    ay = R_NEAR - FOOT * foot[1]
    reach = LEG * 0.96
    ankle = v(hip[0] - math.sqrt(reach ** 2 - (hip[1] - ay) ** 2), ay)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        k, a = ik(h, side_z(ankle, z), THIGH, SHIN, v(1, 0.3, 0))
        fig.leg([h, k, a, go(a, foot, FOOT)], near)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = side_z(sh, z)
        hd = side_z(hand, z)
        fig.arm([s, lerp(s, hd, UPPER_ARM / ARM), hd,
                 add(hd, v(HAND, -1, 0))], near)
    # the head hangs between the upper arms, in line with the spine, the
    # face towards the feet
    spine = up - 180
    fig.head(go(sh, spine - 22, HEAD_D * 0.9), d2(spine - 95))
    # hips pressed up and back, along the line of the arms and the back
    uu = d2(up)
    nn = d2(up - 90)                               # off the back
    fig.extra.append(arrow(add(lerp(sh, hip, 0.45), mul(nn, 24)),
                           add(lerp(sh, hip, 0.85), mul(nn, 26)),
                           add(add(hip, mul(uu, 10)), mul(nn, 22))))
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


def c_palm_up_hand(fig, wrist, along, out, layer, style="body"):
    """A relaxed hand lying palm up: the flat hand along `along`, the thumb
    turned out to the side (`out`), away from the body."""
    hd = go(wrist, along, HAND)
    thumb = go(go(wrist, along, 2.5), add(mul(unit(along), 0.45), unit(out)),
               6.5)
    fig.items.append((layer, style, chain([wrist, hd], list(HAND_R))
                      + chain([go(wrist, along, 1.5), thumb], [2.2, 1.6])))


def i_supine_face(fig, c, crown, layer=L_TOP):
    """A face looking straight up (lying on the back), seen from above:
    two closed-eye lines (lids curving towards the chin) and a nose.
    `c` is the head centre, `crown` the world direction (on the floor
    plane) from the face to the top of the head."""
    cr = unit(crown)
    across = v(-cr[2], 0, cr[0])
    top = add(c, v(0, HEAD_R * 0.95, 0))

    def at(a, b):
        return add(add(top, mul(cr, a * HEAD_R)), mul(across, b * HEAD_R))

    def make(P, k):
        out = []
        for sgn in (1, -1):
            a = P(at(0.14, sgn * 0.68))
            m = P(at(-0.16, sgn * 0.42))
            b = P(at(0.14, sgn * 0.16))
            out.append('<path d="M%s Q%s %s" fill="none" stroke="%s" '
                       'stroke-width="%g" stroke-linecap="round"/>'
                       % (f(a), f(m), f(b), INK, 2.0 * k + 0.5))
        # the nose: a small outlined oval along the face, below the eyes
        nz = P(at(-0.36, 0))
        tip = P(at(-0.56, 0))
        ang = math.degrees(math.atan2(tip[1] - nz[1], tip[0] - nz[0]))
        out.append('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" '
                   'transform="rotate(%s %s %s)" fill="%s" stroke="%s" '
                   'stroke-width="%g"/>'
                   % (n(nz[0]), n(nz[1]), n(3.8 * k), n(2.7 * k), n(ang),
                      n(nz[0]), n(nz[1]), FILLS["body"], INK, OUTLINE))
        return [(layer, "".join(out))]
    return make


@pose("shavasana")
def shavasana():
    # seen from straight above, the body lying diagonally down the
    # picture along the middle of a mat of its own: on the back, the face
    # up (closed eyes, nose), the body, arms and legs mirror images of
    # each other: the arms a little away from the sides with the palms up
    # (the thumbs turned out), the legs slightly apart, the feet falling
    # open (toes turned out), all in the body colour
    x0 = -TORSO - HEAD_D - HEAD_R - 8
    x1 = LEG + FOOT + 8
    fig = Fig(tilt=90, yaw=50, wide=1.1, mat=(x0, x1, -46, 46))
    hip = v(0, R_NEAR)
    sh = v(-TORSO, R_NEAR)
    fig.torso(hip, sh)
    dy = HEAD_R - sh[1]
    c = v(sh[0] - math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R, 0)
    fig.head(c, v(0, 1, 0), layer=L_HEAD)
    fig.extra.append(i_supine_face(fig, c, v(-1, 0, 0), layer=L_HEAD))
    for sgn in (1, -1):
        h = v(0, R_NEAR, sgn * HIP_HALF)
        out = v(1, 0, sgn * 0.13)                # legs slightly apart
        k = go(h, out, THIGH)
        a = go(k, out, SHIN)
        # the foot falls open: the toes turned out to the side
        fig.leg([h, k, a, go(a, v(0.42, 0.35, sgn * 0.84), FOOT)])
    for sgn in (1, -1):
        s = v(-TORSO + 3, R_NEAR, sgn * SHOULDER_HALF)
        e = go(s, v(1, 0, sgn * 0.36), UPPER_ARM)
        wr = go(e, v(1, 0, sgn * 0.36), FOREARM - HAND * 0.5)
        fig.arm([s, e, wr], layer=L_FAR_LEG, hand=False)
        c_palm_up_hand(fig, wr, v(1, 0, sgn * 0.3), v(0, 0.2, sgn),
                       L_FAR_LEG)
    return fig


SEATED_VIEW = dict(tilt=10, yaw=90, mat=(30, 40))


@pose("anulom-vilom")
def anulom_vilom():
    # seated cross-legged, straight from the front, in the first breath of
    # a round: the left hand resting on the left knee; the right hand up at
    # the face, its fingers folded beside the right cheek and the thumb
    # closing the right nostril (on the left of the picture).  The left
    # nostril is open, with an accent arrow curving up into it: breathing
    # in through the left.  Drawn a little larger than the other seated
    # figures (it fits the box), so that the hand at the nose can be read
    fig = Fig(max_k=1.72, **SEATED_VIEW)
    hip = v(0, 12)
    sh, sw, knees = seated_body(fig, hip)
    c = fig.head_c
    fig.items = [it for it in fig.items if it[1] != "nose"]
    R = HEAD_R

    def F(zr, yr, dx=2.0):
        # a point just in front of the face: zr to the figure's right (the
        # left of the picture) and yr up, in head radii from its centre
        return v(c[0] + R + dx, c[1] + yr * R, zr * R)
    nostrils = {1: F(0.17, -0.34), -1: F(-0.17, -0.34)}   # right, left
    fig.extra.append(g_nose_face(c, F(0, -0.17), nostrils))
    # right arm: the elbow low in front of the chest, the forearm up to
    # the wrist by the right of the jaw; the fingers folded (a small fist
    # beside the right cheek), the thumb reaching in to the right nostril
    # and pressing it shut, so that the rest of the nose stays clear
    s = add(sh, v(0, -2, sw))
    e = v(16, sh[1] - UPPER_ARM * 0.92, sw * 0.95)
    wrist = F(1.0, -1.45)
    fist_b, fist_a = F(0.95, -1.02), F(0.82, -0.78)
    thumb = [F(0.72, -0.62, 3), F(0.44, -0.42, 3), F(0.2, -0.35, 3)]
    fig.arm([s, e, wrist], False, layer=L_TOP, hand=False)
    fig.items.append((L_TOP, "far", chain([wrist, fist_b], [3.4, 5.2])
                      + chain([fist_b, fist_a], [5.2, 5.0])
                      + chain(thumb, [2.9, 2.6, 2.3])))
    # left hand resting on the left knee, the arm hanging relaxed
    s2 = add(sh, v(0, -2, -sw))
    e2, hd2 = ik(s2, add(knees[False], v(4, 8, -2)), UPPER_ARM, FOREARM,
                 v(-1, -0.2, -0.3))
    fig.arm([s2, e2, hd2], True)
    # breathing in through the open left nostril: an arrow curving up
    # into it from below and to the side
    fig.extra.append(g_small_arrow(F(-1.95, -0.35), F(-0.78, -1.25),
                                   F(-0.21, -0.5)))
    return fig


def g_nose_face(centre, nose, nostrils, layer=L_HEAD + 0.5):
    """A full face for a front view in which the nose matters: two eyes as
    on the other full faces, and a slightly larger nose (`nose`, world)
    with its two nostrils (`nostrils`, world points) as dark dots."""
    def make(P, k):
        c = P(centre)
        r = HEAD_R * k
        out = ""
        for sgn in (1, -1):
            out += '<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                n(c[0] + sgn * 0.36 * r), n(c[1] - 0.14 * r), n(1.9 * k),
                INK)
        nx, ny = P(nose)
        out += ('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s" '
                'stroke="%s" stroke-width="%g"/>'
                % (n(nx), n(ny), n(0.31 * r), n(0.3 * r), FILLS["body"],
                   INK, OUTLINE))
        for p in nostrils.values():
            x, y = P(p)
            out += '<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                n(x), n(y), n(1.8 * k), INK)
        return [(layer, out)]
    return make


def g_small_arrow(a, c, b, layer=L_TOP + 0.6, width=4.0):
    """An accent arrow (world a to b, bent through c) with a thin ink
    edge, for an arrow drawn over the body (e.g. the face), where the
    plain accent would not stand out."""
    def make(P, k):
        pa, pc, pb = P(a), P(c), P(b)
        base, head = arrow_head(pc, pb)
        line = "M%s Q%s %s" % (f(pa), f(pc), f(base))
        # a thin ink edge under it, as round the body parts, so that it
        # stands out on the face
        return [(layer, '<path d="%s" fill="none" stroke="%s" '
                 'stroke-width="%g" stroke-linecap="round"/>'
                 '<path d="%s" fill="%s" stroke="%s" stroke-width="%g" '
                 'stroke-linejoin="round"/>'
                 '<path d="%s" fill="none" stroke="%s" '
                 'stroke-width="%g" stroke-linecap="round"/>'
                 '<path d="%s" fill="%s"/>'
                 % (line, INK, width + 2 * OUTLINE, head, INK, INK,
                    2 * OUTLINE, line, ACCENT, width, head, ACCENT))]
    return make


@pose("deep-breathing")
def deep_breathing():
    # seated cross-legged, straight from the front, so the figure is
    # symmetric and calm with both shoulders level.  One hand flat on the
    # upper chest, the other flat on the belly, which is in the accent
    # colour (it rises and falls with the breath); each arm comes from its
    # own shoulder with the elbow resting by the side, and neither hand
    # reaches far past the middle, so the arms do not read as crossed.
    # Arcs either side of the belly for the breath filling it
    fig = Fig(**SEATED_VIEW)
    hip = v(0, 12)
    sh, sw, _knees = seated_body(fig, hip)
    front = 14.0                                   # front of the torso, x
    chest = v(front, hip[1] + TORSO * 0.80, 7)
    belly = v(front, hip[1] + TORSO * 0.30, -6)
    # the belly, in the accent colour: the part that moves
    fig.items.append((L_HEAD, "accent",
                      chain([v(front, belly[1], -6), v(front, belly[1], 6)],
                            [9, 9])))
    # right hand (on the left of the picture) on the chest, the elbow down
    # by the side, the fingers towards the breastbone
    s = add(sh, v(0, -2, sw))
    e = v(20, hip[1] + TORSO * 0.46, sw * 1.02)
    fig.arm([s, e, chest, add(chest, v(0, 2.5, -HAND))], False,
            layer=L_TOP)
    # left hand on the belly, the elbow down by the other side
    s2 = add(sh, v(0, -2, -sw))
    e2 = v(20, hip[1] + TORSO * 0.45, -sw * 1.02)
    fig.arm([s2, e2, belly, add(belly, v(0, -0.5, HAND))], False,
            layer=L_TOP)

    def breath(P, k=1):
        # arcs either side of the belly, bowing outwards
        out = []
        for sgn in (1, -1):
            for i in range(2):
                x, y = P(v(front, belly[1] - 2, sgn * (25 + 7 * i)))
                h = 7 + 3 * i
                out.append(accent_path("M%s,%s q%s,%s 0,%s" % (
                    n(x), n(y - h), n(-sgn * (5 + i) * k), n(h), n(2 * h))))
        return out
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



def d_hug_hands(fig, h, k, t=0.42, lift=0.3):
    """Both hands clasped round the back of a thigh drawn towards the
    chest (hip h, knee k), elbows out to the sides: the near arm crosses
    in front of the thigh, the far (pale) arm reaches round behind it, and
    the two hands show one beside the other at the back of the thigh."""
    d = unit(sub(k, h))
    back = unit(v(d[1], -d[0], 0))          # away from the chest
    c = lerp(h, k, t)
    for z, near in ((-SHOULDER_HALF, False), (SHOULDER_HALF, True)):
        s = v(-TORSO, R_NEAR + 2, z)
        g = add(c, add(mul(back, LEG_R[0] + (0.5 if near else 3.0)),
                       mul(d, -2.5 if near else 4.5)))
        g = side_z(g, h[2] + (3 if near else -3))
        e, hd = ik(s, g, UPPER_ARM, FOREARM - 4,
                   v(0, lift, 1 if near else -1))
        fig.arm([s, e, hd], near, layer=L_TOP if near else L_FAR_ARM)
    return c


@pose("knee-to-chest")
def knee_to_chest():
    # lying on the back, both knees bent and the feet flat on the mat; then
    # the near knee (accent) drawn towards the chest, held with both hands
    # behind the thigh, the knee bent deeply so the shin hangs back down
    # towards the buttock with the foot relaxed, well clear of the other
    # knee; the other foot stays flat on the mat
    legs = 40
    start = Fig(tilt=12)
    hip = supine_start(start)
    hook_lying_legs(start, hip, legs)
    end = Fig(tilt=12)
    supine_start(end, arms=False)
    hook_leg(end, hip, -HIP_HALF, False, legs)
    h = v(0, R_NEAR, HIP_HALF)
    k = go(h, 122, THIGH)
    a = go(k, -22, SHIN)
    end.leg([h, k, a, go(a, 62, FOOT)], style="accent")
    d_hug_hands(end, h, k)
    end.extra.append(arrow(go(h, 62, THIGH + 16), go(h, 92, THIGH + 28),
                           go(h, 118, THIGH + 22)))
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


def h_supine_eyes(c, eye_x=0.0):
    """Two eyes on a head lying face up (+y), seen from the feet end and
    above (no nose: the face is not full on, as in nose_svg).  An
    extra-drawing callable."""
    def make(P, k):
        out = ""
        for sgn in (1, -1):
            e = P(add(c, v(eye_x * HEAD_R, 0.8 * HEAD_R,
                           sgn * 0.38 * HEAD_R)))
            out += '<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                n(e[0]), n(e[1]), n(1.9 * k), INK)
        return [(L_FAR_ARM, out)]
    return make


def h_twist_figure(drop, tilt=32, yaw=122):
    """Lying on the back, seen from beyond the feet, a little to one side
    and above: arms straight out to the sides in a T, flat on the mat,
    knees bent and together, feet together.  `drop` = 0: knees up, feet
    flat.  `drop` > 0: both knees (accent) lowered to the figure's left
    (+z, towards us), resting stacked on the mat, the pelvis turned with
    them (the right hip lifted), the shoulders and arms still flat.
    Returns the figure, the upright knee point (start) or the lower
    resting knee (end), and the hip joints."""
    fig = Fig(tilt=tilt, yaw=yaw, wide=1.15,
              mat=(-TORSO - HEAD_D - HEAD_R - 5, THIGH + SHIN - 8,
                   -44, 72))
    sh = v(-TORSO, R_NEAR)
    h = HIP_HALF * 0.75
    if not drop:
        hips = [v(0, R_NEAR, -h), v(0, R_NEAR, h)]
        hip = v(0, R_NEAR)
        fig.torso(hip, sh, layer=L_TORSO)
    else:
        # the pelvis turned about its lower (left) edge: the right hip
        # lifts and the lower trunk twists a little with the knees
        th = math.radians(drop)
        piv = v(0, R_NEAR - 2, h)
        hips = [roll(v(0, R_NEAR, -h), th, piv),
                roll(v(0, R_NEAR, h), th, piv)]
        hip = lerp(hips[0], hips[1], 0.5)
        fig.torso(hip, sh, ctrl=v(-TORSO * 0.45, R_NEAR + 1, hip[2] * 0.4),
                  layer=L_TORSO)
    # the pelvis across the hips: level at the start, turned at the end
    fig.bar(add(hips[0], v(0, 0, -3)), add(hips[1], v(0, 0, 3)),
            layer=L_TORSO, r=HIP_HALF * 1.05)
    # the head, resting on the mat beyond the shoulders: the farthest part
    dy = HEAD_R - sh[1]
    hc = v(sh[0] - math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R, 0)
    fig.items.append((L_FAR_ARM, "body",
                      chain([sh, lerp(sh, hc, 0.8)], [NECK_R, NECK_R])
                      + [("circ", hc, HEAD_R)]))
    fig.extra.append(h_supine_eyes(hc))
    # arms straight out to the sides on the mat, palms down
    for sgn in (1, -1):
        s = side_z(sh, sgn * SHOULDER_HALF)
        out = v(0.06, 0, sgn)
        e = go(v(s[0], R_NEAR, s[2]), out, UPPER_ARM)
        wr = go(e, out, FOREARM)
        fig.arm([s, e, wr, go(wr, out, 6)], True, layer=L_FAR_LEG)
    if not drop:
        knee = None
        for z in (-h, h):
            hp = v(0, R_NEAR, z)
            k = go(hp, 60, THIGH)
            k = v(k[0], k[1], z * 0.45)              # knees together
            a = v(k[0] + math.sqrt(SHIN ** 2 - (k[1] - ANKLE_H) ** 2),
                  ANKLE_H, z * 0.55)
            fig.leg([hp, k, a, flat_foot(a, 1)], True, layer=L_NEAR_LEG)
            knee = k
        return fig, knee, hips
    # dropped: the left leg lying on its outer side on the mat, the right
    # leg on top of it, knees and feet stacked
    kb = v(THIGH * 0.5, R_NEAR + 0.5, hips[1][2] + THIGH * 0.86)
    ab = v(kb[0] + SHIN * 0.86, R_NEAR + 0.5, hips[1][2] + 8)
    stack = LEG_R[1] * 2 - 1.5
    for hp, lift in ((hips[1], 0.0), (hips[0], stack)):
        back = -2.0 if lift else 0.0
        k = go(hp, sub(add(kb, v(back, lift, back)), hp), THIGH)
        a = go(k, sub(add(ab, v(0, lift * 0.8, 0)), k), SHIN)
        toe = go(a, v(1, 0, -0.15), FOOT)
        fig.leg([hp, k, a, toe], True, layer=L_NEAR_LEG, style="accent")
    return fig, kb, hips


@pose("trunk-rotation")
def trunk_rotation():
    # seen from beyond the feet, a little to one side and above, on a mat
    # of its own: lying on the back, arms straight out to the sides in a
    # T, flat on the mat.  Start: knees bent and together, feet flat and
    # together.  End: both knees (accent) lowered to one side and resting
    # stacked on the mat, the pelvis turned with them, both shoulders and
    # arms still flat; an accent arrow from the knees' upright place
    # curving sideways and down to the mat
    start, knee, _h = h_twist_figure(0)
    end, kb, _h = h_twist_figure(70)
    # from above the knees' upright place, over sideways and down to the
    # knees resting on the mat
    end.extra.append(arrow(v(knee[0], knee[1] + 12, 0),
                           v(knee[0], knee[1] + 16, kb[2] * 0.9),
                           v(kb[0], kb[1] + 22, kb[2] + 4)))
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


def c_profile(pts):
    """Centres and radii of a body part lying along the mat, from
    (x, underside, top) in the side view."""
    return ([v(x, (lo + hi) / 2) for x, lo, hi in pts],
            [(hi - lo) / 2 for _x, lo, hi in pts])



def k_smooth_closed(pts):
    """SVG path of a smooth closed curve through screen points pts
    (Catmull-Rom turned into cubic Beziers)."""
    m = len(pts)
    d = "M" + f(pts[0])
    for i in range(m):
        p0, p1 = pts[i - 1], pts[i]
        p2, p3 = pts[(i + 1) % m], pts[(i + 2) % m]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += " C%s %s %s" % (f(c1), f(c2), f(p2))
    return d + "z"


def k_torso_part(prof, style, layer=L_TORSO):
    """A torso part lying along the mat, from (x, underside, top) samples
    (tail first), drawn as one smooth outlined shape with round ends (the
    look of a chain of capsules, but with a smooth underside, so that a
    lifted low back shows as a rounded arch over the mat)."""
    def make(P, k):
        cs, rs = c_profile(prof)
        cs = [P(c) for c in cs]
        rs = [r * k for r in rs]
        top = [(c[0], c[1] - r) for c, r in zip(cs, rs)]
        bot = [(c[0], c[1] + r) for c, r in zip(cs, rs)]
        sgn = 1 if cs[-1][0] < cs[0][0] else -1      # head end to the left
        # top from the tail to the shoulders, round the shoulder end,
        # underside back to the tail, round the tail end
        c, r = cs[-1], rs[-1]
        shoulder_end = [(c[0] - sgn * r * math.sin(math.radians(a)),
                         c[1] - r * math.cos(math.radians(a)))
                        for a in (45, 90, 135)]
        c, r = cs[0], rs[0]
        tail_end = [(c[0] + sgn * r * math.sin(math.radians(a)),
                     c[1] + r * math.cos(math.radians(a)))
                    for a in (45, 90, 135)]
        pts = top + shoulder_end + bot[::-1] + tail_end
        return [(layer, '<path d="%s" fill="%s" stroke="%s" '
                 'stroke-width="%g" paint-order="stroke"/>'
                 % (k_smooth_closed(pts), FILLS[style], INK, OUTLINE * 2))]
    return make


def k_tilt_body(fig, arched, lift=21.0, split=-30.0, style="accent"):
    """Lying on the back for the pelvic tilt: the ribs
    and shoulder blades rest on the mat in both panels.  Flat: the pelvis
    tilted back, the low back pressed on the mat, the hips still down.
    Arched (the natural curve): only the low back, between the buttocks
    and the lower ribs, lifted `lift` off the mat (most at the waist), the
    pelvis tipped a little forward.  The pelvis and low back (tail to
    `split`, in `style`) and the upper back as (x, underside, top),
    sampled finely so that the underside follows the curve.  Returns the
    hip joint, the shoulder centre and the pelvis centres (tail first)."""
    flat = [(15, -3, 6.5), (5, -5.5, 18), (-6, -6.5, 18.5), (-13, -7, 17),
            (-24, -7, 15), (-33, -7, 15), (-43, -7, 19), (-53, -6.5, 20.5),
            (-TORSO, -3, 17)]

    def at(x):
        for (x0, l0, t0), (x1, l1, t1) in zip(flat, flat[1:]):
            if x1 <= x <= x0:
                s = (x0 - x) / (x0 - x1)
                return l0 + (l1 - l0) * s, t0 + (t1 - t0) * s
        return flat[-1][1:]

    a, b = -2.0, -50.0                  # where the low back leaves the mat
    xs = [15.0, 10.0, 5.0] + [5.0 - 3.6 * i for i in range(1, 21)]
    xs[-1] = -TORSO
    prof = []
    for x in xs:
        lo, hi = at(x)
        if arched and b < x < a:
            s = (a - x) / (a - b)
            up = lift * math.sin(math.pi * s) ** 2
            lo, hi = lo + up, hi + up * 0.35
        prof.append((x, lo, hi))
    pelvis = [p for p in prof if p[0] >= split]
    back = [p for p in prof if p[0] <= split + 3.6]
    hip = v(0, R_NEAR)
    sh = v(-TORSO, R_NEAR + 2)
    fig.hip, fig.shoulder, fig.ctrl = hip, sh, None
    if style == "body":
        # one outlined part: no seam across the waist
        fig.extra.append(k_torso_part(prof, "body"))
    else:
        fig.extra.append(k_torso_part(back, "body"))
        fig.extra.append(k_torso_part(pelvis, style))
    return hip, sh, c_profile(pelvis)[0]


def k_floor_line(x0, x1, floor=-6.5, layer=L_FAR_LEG):
    """The floor under the back, a thin ink line along the mat from x0 to
    x1, drawn under the torso: where the back rests on the mat it is
    hidden, and under the lifted low back it shows below a clear gap of
    bare mat."""
    def make(P, k):
        d = "M%s L%s" % (f(P(v(x0, floor))), f(P(v(x1, floor))))
        return [(layer, '<path d="%s" stroke="%s" stroke-width="%g" '
                 'stroke-linecap="round"/>' % (d, INK, 2.2))]
    return make


@pose("pelvic-tilt")
def pelvic_tilt():
    # from the side and a little above.  Start: the natural curve - the
    # head, shoulder blades and ribs resting on the mat, the buttocks down,
    # and only the hollow of the low back lifted off the mat: a clear gap
    # of bare mat under it, above the floor line.  End: the pelvis and low
    # back (accent) tilted back, the low back pressed flat on the mat so
    # the gap is gone, with one accent arrow pressing the low back down;
    # the hips stay down and the knees and feet stay where they are.  The
    # near arm lies by the side, a little out on the mat in front; the far
    # arm is left out (it would lie behind the body)
    def lying(arched):
        fig = Fig(tilt=22, mat=(46, 50))
        hip, _sh, _pelvis = k_tilt_body(
            fig, arched, style="body" if arched else "accent")
        supine_head(fig)
        # the arm out on the mat, clear of the body, so that the mat
        # under the low back shows
        s = v(-TORSO, R_NEAR + 2, SHOULDER_HALF)
        e = v(s[0] + math.sqrt(UPPER_ARM ** 2 - (SHOULDER_HALF * 2.6) ** 2),
              R_NEAR, SHOULDER_HALF * 3.6)
        fig.arm([s, e, v(e[0] + FOREARM - 6, R_NEAR, SHOULDER_HALF * 4.1)])
        hook_lying_legs(fig, hip)
        fig.extra.append(k_floor_line(4, -54))
        return fig
    start = lying(True)
    end = lying(False)
    # the low back presses down flat on the mat (no hip lift)
    low_back = v(-24, 10)
    end.extra.append(arrow(add(low_back, v(0, 34, 0)),
                           add(low_back, v(0, 26, 0)),
                           add(low_back, v(0, 12, 0))))
    return Panels(start, end)



def d_figure_four(pull):
    """Lying on the back, plain side view from the person's LEFT (so the
    head is on the right of the picture): the left leg (near, body
    colour) bent with the foot flat on the mat, or (`pull`) its thigh drawn
    towards the chest with both hands clasped behind it; the right leg
    (far, the side stretched, in the accent colour) crossed over it, the
    right ankle resting on the left thigh just above the knee, the foot
    past it and the right knee turned out to the side.  The world is
    built with the left leg at +z and the picture flipped (mirror), which
    together give a true view of the left side.  Returns the figure and
    the left knee."""
    fig = Fig(tilt=12, mirror=True)
    hip = v(0, R_NEAR)
    sh = v(-TORSO, R_NEAR + 2)
    fig.torso(hip, sh)
    supine_head(fig)
    # left leg (near): foot on the mat, or thigh drawn towards the chest
    hl = side_z(hip, HIP_HALF)
    kl = go(hl, 95 if pull else 56, THIGH)
    if pull:
        al = go(kl, 5, SHIN)
        left = [hl, kl, al, go(al, 80, FOOT)]
    else:
        al = v(kl[0] + math.sqrt(SHIN ** 2 - (kl[1] - ANKLE_H) ** 2),
               ANKLE_H, HIP_HALF)
        left = [hl, kl, al, flat_foot(al, 1)]
    d = unit(sub(kl, hl))
    front = v(-d[1], d[0], 0)               # front of the left thigh
    if not pull:                            # arms by the sides on the mat
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            s = side_z(sh, z)
            e = v(s[0] + UPPER_ARM, R_NEAR, z * 1.3)
            fig.arm([s, e, v(e[0] + FOREARM - 6, R_NEAR, z * 1.5)], near)
    else:
        # both hands clasped behind the left thigh: the left (near) arm
        # round the outside of it, the right (far, pale) one through the
        # gap between the legs; the hands show at the back of the thigh
        c = lerp(hl, kl, 0.6)
        for z, near in ((-SHOULDER_HALF, False), (SHOULDER_HALF, True)):
            s = side_z(sh, z)
            g = add(c, add(mul(front, -(LEG_R[0] + (2 if near else 5))),
                           mul(d, -2.5 if near else 4.5)))
            g = side_z(g, HIP_HALF + (4 if near else -6))
            e, hd = ik(s, g, UPPER_ARM, FOREARM - 4,
                       v(0, 1.0, 1 if near else -1))
            fig.arm([s, e, hd], near, layer=L_TOP if near else L_FAR_ARM)
    fig.leg(left, True, layer=L_NEAR_LEG)
    # right leg (far, accent): the thigh behind the left leg, the shin and
    # foot lying over the left thigh just above the knee
    ank = add(lerp(hl, kl, 0.85), add(mul(front, LEG_R[1] + LEG_R[2]),
                                      v(0, 0, 4)))
    hr = side_z(hip, -HIP_HALF)
    kr, ank = ik(hr, ank, THIGH, SHIN,
                 v(0.7, -1, -1) if pull else v(1, -0.5, -1))
    toe = go(ank, v(-0.6, 0.6, 1) if pull else v(-0.3, 0.6, 1), FOOT)
    fig.items.append((L_FAR_LEG, "accent", chain([hr, kr], LEG_R[:2])))
    fig.items.append((L_NEAR_LEG, "accent",
                      chain([kr, ank], LEG_R[1:]) + chain([ank, toe],
                                                          FOOT_R)))
    return fig, kl


@pose("piriformis-stretch")
def piriformis_stretch():
    # seen from the left side: the right ankle crossed over the left knee
    # (figure four), the left foot on the mat; then the left thigh drawn
    # towards the chest with both hands behind it.  The arrow: the left
    # knee comes towards the chest
    start, kl = d_figure_four(False)
    end, kl2 = d_figure_four(True)
    end.extra.append(arrow(add(kl, v(-2, 24, 0)), add(kl2, v(14, 28, 0)),
                           add(kl2, v(-10, 16, 0))))
    return Panels(start, end)




def m_frame(turn):
    """Saithalyasana's own frame, turned `turn` degrees
    from a plain left side view.  Returns W(forward, up, left) -> world
    point."""
    t = math.radians(turn)
    fw = v(-math.cos(t), 0, math.sin(t))
    lf = v(fw[2], 0, -fw[0])                     # up x forward: its left

    def W(a, b, c):
        return add(add(mul(fw, a), v(0, b, 0)), mul(lf, c))
    return W


def m_floor_knee(hip, ankle, pole, y):
    """Knee of a leg whose hip and ankle are low on the floor (own frame:
    forward, up, left): two-bone IK in the floor plane towards `pole`
    (forward, left), the knee `y` above the floor."""
    kn, _ = ik(v(hip[0], 0, hip[2]), v(ankle[0], 0, ankle[2]), THIGH, SHIN,
               v(pole[0], 0, pole[1]))
    return (kn[0], y, kn[2])


def m_foot_r():
    """Feet for saithalyasana, a little fuller than FOOT_R so that they
    show at a small size."""
    return (5.4, 4.0)



def m_seat_shadow(W, centre, ra, rb, layer=L_FAR_LEG - 1):
    """A darker patch on the mat (own frame centre: forward, left; `ra`
    forward, `rb` across) where the seat rests on the floor."""
    pts = [W(centre[0] + ra * math.cos(math.radians(a)), 0,
             centre[1] + rb * math.sin(math.radians(a)))
           for a in range(0, 360, 15)]

    def make(P, k):
        d = "M" + " L".join(f(P(p)) for p in pts) + " z"
        return [(layer, '<path d="%s" fill="%s"/>' % (d, MAT_EDGE))]
    return make



class m_Panels(Panels):
    """Panels (start above, end below, one zoom and one horizontal
    placement, each panel as tall as its figure needs) with a little less
    padding round the figures, so that they are drawn larger."""

    def svg_body(self):
        pad = 2.0
        ext = [fg.extent() for fg in self.figs]
        x0 = min(e[0] for e in ext)
        x1 = max(e[1] for e in ext)
        hs = [e[2] - e[3] for e in ext]
        bw = SIZE - 2 * MARGIN - 2 * pad
        bh = SIZE - 2 * MARGIN - GAP - 4 * pad
        k = min([bw / (x1 - x0), bh / sum(hs)]
                + [fg.max_k for fg in self.figs])
        spare = (bh - k * sum(hs)) / 2
        dx = SIZE / 2 - (x0 + x1) / 2 * k
        y = MARGIN
        cut = SIZE / 2
        out = []
        for i, (fig, e) in enumerate(zip(self.figs, ext)):
            box = (MARGIN, y, SIZE - MARGIN, y + hs[i] * k + 2 * pad + spare)
            mid = (box[1] + box[3]) / 2
            floor_y = mid + (e[2] + e[3]) / 2 * k
            out += fig.draw(k, dx, floor_y, box)
            if i == 0:
                cut = box[3] + GAP / 2
            y = box[3] + GAP
        out.append('<path d="M%s,%sH%s" stroke="%s" stroke-width="1.5" '
                   'stroke-dasharray="4 4"/>' % (n(MARGIN + 20), n(cut),
                                                 n(SIZE - MARGIN - 20),
                                                 FAR_LINE))
        return out



def n_sai_legs(fig, W, hy, folded, lp=30.0, vee=32.0, along=0.42, toe=0.95,
               toe_in=0.5):
    """The legs of saithalyasana, sitting with the pelvis on the mat (own
    frame: forward, up, left; seen from in front and above).  The left
    leg (body colour) bent back: the thigh forward and `lp` degrees out to
    the left, the knee on the mat, the shin folded back from the knee at
    an angle of `vee` degrees to the thigh, so that the knee angle shows,
    and the foot on the mat beside the left hip, pointing back.  The
    right leg (the side worked, accent) bent in front: the knee forward
    and out to the right on the mat, the shin across the mat in front of
    the pelvis and the sole of the right foot against the inside of the
    left thigh (the heel `along` the thigh, the toes towards the knee).
    Returns the points by name (own frame)."""
    r = R_NEAR
    fr = m_foot_r()
    hl = (0.0, hy, HIP_HALF)
    a = math.radians(lp)
    kl = go(hl, (THIGH * math.cos(a), r + 1 - hy, THIGH * math.sin(a)),
              THIGH)
    b = math.radians(180.0 + lp - vee)           # the shin, back and out
    al = go(kl, (math.cos(b), 0.0, math.sin(b)), SHIN)
    al = (al[0], r, al[2])
    tl = go(al, (-1.0, 0.0, -toe_in), FOOT * 0.95)
    tl = (tl[0], r - 1, tl[2])
    # the right foot along the inside of the left thigh
    ld = unit(v(kl[0] - hl[0], 0, kl[2] - hl[2]))
    inner = (ld[2], 0.0, -ld[0])                 # towards the right leg
    heel = go(lerp(hl, kl, along), inner, LEG_R[0] * 0.75 + fr[0])
    heel = (heel[0], r, heel[2])
    ball = go(heel, ld, FOOT * toe)
    ball = (ball[0], r, ball[2])
    hr = (0.0, hy, -HIP_HALF)
    ar = go(heel, inner, 3.0)
    ar = (ar[0], r + 3, ar[2])
    kr = m_floor_knee(hr, ar, (0.45, -1.0), r + 1)
    lay = L_FAR_LEG if folded else L_NEAR_LEG
    fig.limb([W(*hl), W(*kl), W(*al), W(*tl)], True, lay, LEG_R,
             fr, style="body")
    fig.limb([W(*hr), W(*kr), W(*ar), W(*ball)], True, lay + 0.5,
             LEG_R, fr, style="accent")
    return dict(hl=hl, kl=kl, al=al, tl=tl, hr=hr, kr=kr, ar=ar,
                heel=heel, ball=ball)


def n_head(fig, centre, neck_from, layer=L_HEAD):
    """A head and neck without fig.head's nose (the face is drawn by
    n_face where it shows)."""
    shapes = chain([neck_from, lerp(neck_from, centre, 0.8)],
                   [NECK_R, NECK_R])
    shapes.append(("circ", centre, HEAD_R))
    fig.items.append((layer, "body", shapes))
    fig.head_c = centre


def n_face(fig, c, face, layer=L_HEAD + 0.5):
    """Two eyes and a small nose on the head at `c` looking along the
    horizontal direction `face`, placed on the sphere so that they stay
    right when the head is seen from above."""
    fc = unit(face)
    side = unit(v(-fc[2], 0, fc[0]))
    up = v(0, 1, 0)

    def on(a, s, u):
        return add(c, mul(unit(add(add(mul(fc, a), mul(side, s)),
                                   mul(up, u))), HEAD_R))

    eyes = [on(0.8, sg * 0.42, 0.3) for sg in (1, -1)]
    nose = on(0.9, 0.0, -0.05)

    def make(P, k):
        out = ""
        for e in eyes:
            if fig.depth(sub(e, c)) > 0:
                p = P(e)
                out += '<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
                    n(p[0]), n(p[1]), n(1.9 * k), INK)
        p = P(nose)
        out += ('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s" '
                'stroke="%s" stroke-width="%g"/>'
                % (n(p[0]), n(p[1]), n(2.3 * k), n(2.3 * k),
                   FILLS["body"], INK, OUTLINE))
        return [(layer, out)]
    return make


def n_blanket(centre, fd, length, width, height, layer=L_FAR_LEG + 0.7):
    """A folded blanket: a flat slab on the mat (world centre on the
    floor, `length` along the horizontal direction fd, `width` across,
    `height` thick) in the prop colour, its sides a shade darker, with
    the ink outline of the other props round it and the line of a fold
    along its sides."""
    fd = unit(fd)
    ac = v(-fd[2], 0, fd[0])
    hl, hw = length / 2, width / 2

    def pt(a, b, y):
        return add(add(centre, mul(fd, a * hl)),
                   add(mul(ac, b * hw), v(0, y, 0)))
    corners = ((-1, -1), (1, -1), (1, 1), (-1, 1))
    lo = [pt(a, b, 0) for a, b in corners]
    hi = [pt(a, b, height) for a, b in corners]
    mid = [pt(a, b, height * 0.5) for a, b in corners]

    def make(P, k):
        sides = [[lo[i], lo[(i + 1) % 4], hi[(i + 1) % 4], hi[i]]
                 for i in range(4)]

        def poly(q):
            return " ".join(f(P(p)) for p in q)
        out = "".join('<polygon points="%s" fill="none" stroke="%s" '
                      'stroke-width="%g" stroke-linejoin="round"/>'
                      % (poly(q), INK, OUTLINE * 2) for q in sides + [hi])
        out += "".join('<polygon points="%s" fill="%s"/>'
                       % (poly(q), "#cfae74") for q in sides)
        out += ('<polygon points="%s" fill="%s" stroke="%s" '
                'stroke-width="1.2" stroke-linejoin="round"/>'
                % (poly(hi), PROP, INK))
        out += ('<path d="M%s L%s L%s L%s z" fill="none" stroke="%s" '
                'stroke-width="1" opacity="0.6"/>'
                % (f(P(mid[0])), f(P(mid[1])), f(P(mid[2])), f(P(mid[3])),
                   INK))
        return [(layer, out)]
    return make


def n_fit_mat(figs, margin=8.0, behind=0.0):
    """A mat of its own size (x0, x1, z0, z1) for each of `figs`: as deep
    as that figure needs for everything it has on the floor, all of them
    as long as the longest (so that the panels match), `margin` beyond
    the figure and `behind` more at the back (away from the viewer)."""
    xs, zr = [], []
    for fig in figs:
        zs = []
        for _layer, style, shapes in fig.items:
            if style == "nose":
                continue
            for sh in shapes:
                for p, rr in shape_circles(sh):
                    if p[1] - rr < 3:
                        xs += [p[0] - rr, p[0] + rr]
                        zs += [p[2] - rr, p[2] + rr]
        zr.append((min(zs) - margin - behind, max(zs) + margin))
    for fig, (z0, z1) in zip(figs, zr):
        fig.mat = (min(xs) - margin, max(xs) + margin, z0, z1)


def n_sai_panel(folded, turn=55.0, tilt=58.0, el_deg=18.0, ef=0.1,
                fa_in=8.0, bw=36.0, **legs):
    """A saithalyasana panel seen from in front, a little to the figure's
    left, and steeply from above (`tilt`), so that both folded legs lie
    spread on the mat as clear shapes.  Both panels use the same view.
    Start: sitting up, the pelvis on the mat, the right leg bent in front
    with its sole against the inside of the left thigh, the left leg bent
    back with its foot beside the left hip, both arms straight up beside
    the ears, an arrow forward and down over the right knee.  End
    (`folded`): folded forward from the hips over the right knee, the
    forehead on a folded blanket, the forearms and hands on the mat."""
    fig = Fig(tilt=tilt, wide=1.1, mat=(0, 1, 0, 1))
    W = m_frame(turn)
    hy = 12.0
    hip = W(0, hy, 0)
    pt = n_sai_legs(fig, W, hy, folded, **legs)
    kr = pt["kr"]
    fd = unit(v(kr[0], 0, kr[2]))                # towards the right knee
    across = (-fd[2], 0.0, fd[0])                # to the left
    fig.extra.append(m_seat_shadow(W, (-4, 0), 22, 27))
    if not folded:
        top = hy + TORSO
        sh = W(-2, top, 0)
        fig.torso(hip, sh, layer=L_TORSO)
        c = W(-1, top + HEAD_D, 0)
        n_head(fig, c, sh, layer=L_HEAD)
        fig.extra.append(n_face(fig, c, W(1, 0, 0)))
        # the left arm (on the viewer's side) in the body colour, the
        # right one a little further away, pale
        for sgn in (-1, 1):
            near = sgn > 0
            s = W(-2, top - 3, sgn * SHOULDER_HALF)
            hd = W(-4, top + ARM - 4, sgn * (HEAD_R + ARM_R[2] + 5))
            e = lerp(s, hd, UPPER_ARM / ARM)
            fig.arm([s, e, hd, go(hd, sub(hd, s), HAND)], near,
                    layer=L_NEAR_ARM if near else L_FAR_ARM)
        # the arrow: from in front of the raised hands, forward and down
        # over the right knee
        fig.extra.append(arrow(
            W(10, top + ARM - 10, -18),
            W(kr[0] + fd[0] * 40, top + 10, kr[2] + fd[2] * 40 - 10),
            W(kr[0] + fd[0] * 14, 40, kr[2] + fd[2] * 14)))
        return fig
    el = math.radians(el_deg)
    shl = (fd[0] * TORSO * math.cos(el), hy + TORSO * math.sin(el),
           fd[2] * TORSO * math.cos(el))
    sh = W(*shl)
    fig.torso(hip, sh, bulge=W(fd[0] * 2, 12, fd[2] * 2), layer=L_TORSO)
    # the forehead on a folded blanket on the mat beyond the right knee
    ch = 9.0
    cl = go((shl[0], ch + HEAD_R - 2, shl[2]), fd, HEAD_D * 0.95)
    bc = go((cl[0], 0, cl[2]), fd, 4)
    fig.extra.append(n_blanket(W(*bc), W(*fd), 40, bw, ch))
    c = W(*cl)
    n_head(fig, c, sh, layer=L_HEAD)
    # the elbows on the mat out beside the head, the forearms and hands
    # forward on the mat on either side of the blanket; the left arm (on
    # the viewer's side) over the torso and under the head (which hides
    # its shoulder), the right one behind both, pale
    for sgn in (-1, 1):
        near = sgn > 0
        s = go(shl, across, sgn * SHOULDER_HALF)
        dy = s[1] - R_NEAR
        hz = math.sqrt(max(UPPER_ARM ** 2 - dy ** 2, 1.0))
        e = go(go((s[0], R_NEAR, s[2]), fd, hz * ef), across,
                 sgn * hz * math.sqrt(1 - ef ** 2))
        fa = go(fd, across, -sgn * math.tan(math.radians(fa_in)))
        hd = go(e, fa, FOREARM)
        fig.arm([W(*s), W(*e), W(*hd), W(*go(hd, fa, HAND))],
                near, layer=L_TORSO + 0.5 if near else L_FAR_ARM)
    return fig


@pose("saithalyasana")
def saithalyasana():
    # two stacked panels, both from the same view: steeply from above
    # (58 degrees) and in front, a little to the figure's left, each on a
    # mat of its own, so that the folded legs lie spread on the mat as
    # clear, large shapes.  Start: sitting with the pelvis on the mat (a
    # darker patch under the seat), the right leg (the side worked,
    # accent) bent in front, the knee out on the mat and the sole of the
    # foot against the inside of the left thigh; the left leg bent back,
    # the knee angle open, the foot beside the left hip pointing back;
    # both arms straight up beside the ears (the far right arm pale); an
    # arrow from the raised hands forward and down over the right knee.
    # End: folded forward from the hips over the right knee, the forehead
    # on a folded blanket, the elbows, forearms and hands on the mat on
    # either side of it
    start = n_sai_panel(False)
    end = n_sai_panel(True)
    n_fit_mat([start, end], 5, 6)
    return m_Panels(start, end)


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
