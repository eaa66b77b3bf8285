#!/usr/bin/env python3
"""posefig.py - generate the Posewise pose illustrations.

Every pose is built from 3-D joint positions (x along the mat, y up from
the floor, z towards the viewer), computed from segment lengths and joint
angles (forward kinematics) or from contact points (two-bone inverse
kinematics).  The body is drawn as outlined shapes: tapered limbs (a
capsule per bone, merged into one outlined part), hands and feet, a torso
with pelvis, waist and chest, and a head with a nose and an eye on the
side the face points to.  Views: lying, kneeling and standing poses from
the side, facing right, slightly raised; seated breathing poses and
tadasana from the front; trunk rotation from above.  Far-side limbs are
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
                 max_k=1.45):
        self.tilt = math.radians(tilt)
        self.yaw = math.radians(yaw)    # >0 turns the figure's +x to us
        self.mat = mat                  # (depth behind z=0, depth in front)
        self.wide = wide                # torso width factor (front views)
        self.max_k = max_k              # largest zoom when fitting
        self.items = []                 # (layer, style, shapes-maker)
        self.extra = []                 # callables(P, k) -> [(layer, svg)]
        self.wall = None                # world x of wall face, or None
        self.cushion = None             # (world centre, length, height)

    # -- building -------------------------------------------------------
    def torso(self, hip, shoulder, bulge=None, ctrl=None, layer=L_TORSO,
              style="body"):
        """Torso from hip centre to shoulder centre, drawn with a pelvis, a
        waist and a chest.  `bulge` bends it (control point offset from
        the midpoint), `ctrl` gives the control point(s) directly."""
        if bulge is not None:
            ctrl = add(lerp(hip, shoulder, 0.5), bulge)
        self.hip, self.shoulder, self.ctrl = hip, shoulder, ctrl
        pts = [curve_point(hip, ctrl, shoulder, i / 8) for i in range(9)]
        radii = [torso_radius(i / 8) * self.wide for i in range(9)]
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
        return x, p[1] * math.cos(self.tilt) - z * math.sin(self.tilt)

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
        st = math.sin(self.tilt)
        us.append(-self.mat[1] * st - MAT_THICK)
        us.append(self.mat[0] * st)
        return min(xs), max(xs), max(us), min(us)

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
    """A nose on the face side and an eye, when the face is side-on."""
    cc = P(c)
    tip = P(add(c, mul(face, HEAD_R)))
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


def strap(a, b, layer=L_TOP):
    """A towel or strap between two world points."""
    def make(P, k):
        return [(layer, '<path d="M%s L%s" stroke="%s" stroke-width="%g" '
                 'stroke-linecap="round"/><path d="M%s L%s" stroke="%s" '
                 'stroke-width="%g" stroke-linecap="round"/>'
                 % (f(P(a)), f(P(b)), INK, 5.5 * k + 2 * OUTLINE, f(P(a)),
                    f(P(b)), PROP, 5.5 * k))]
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
    # front view, facing us: standing tall on tiptoe, both arms stretched
    # straight up with the fingers interlocked above the head (palm tree)
    fig = Fig(**SEATED_VIEW)
    hip = v(0, LEG + FOOT * 0.55)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        h = side_z(hip, z)
        ankle = v(0, FOOT * 0.55, sgn * (HIP_HALF - 1))
        # on tiptoe: from the front the foot shows as a short upright piece
        # standing on the ball
        fig.leg([h, lerp(h, ankle, THIGH / LEG), ankle,
                 v(2, R_NEAR, sgn * (HIP_HALF - 1))], True)
    sh, sw = front_torso(fig, hip)
    # arms straight up beside the ears, hands meeting above the head
    clasp = v(0, sh[1] + ARM * 0.95, 0)
    for z, near in ((sw, True), (-sw, False)):
        s = add(sh, v(0, -2, z))
        elbow = v(0, sh[1] + UPPER_ARM * 0.95, z * 1.3)
        wrist = v(0, sh[1] + ARM * 0.88, z * 0.8)
        fig.arm([s, elbow, wrist, clasp], True)

    def knot(P, k=1):                            # interlocked fingers
        x, y = P(clasp)
        return [(L_TOP, '<circle cx="%s" cy="%s" r="7" fill="%s" '
                 'stroke="none"/>' % (n(x), n(y), INK))]
    fig.extra.append(knot)
    return fig


@pose("parsvakonasana")
def parsvakonasana():
    # front view: the side bend happens in the frontal plane
    fig = Fig(tilt=8)
    knee = v(44, R_NEAR + SHIN + 2)
    a_front = go(knee, sub(v(knee[0] + 1, ANKLE_H, 0), knee), SHIN)
    hip = go(knee, 180 + 4, THIGH)                    # front thigh ~level
    dy = hip[1] - ANKLE_H
    a_back = v(hip[0] - math.sqrt(LEG ** 2 - dy ** 2), ANKLE_H, 0)
    k_back = lerp(hip, a_back, THIGH / LEG)
    fig.leg([hip, k_back, a_back, v(a_back[0] - 6, R_NEAR, 8)])
    fig.leg([hip, knee, a_front, flat_foot(a_front, 1)])
    lean = 46
    sh = go(hip, lean, TORSO)
    fig.torso(hip, sh)
    perp = d2(lean + 90)
    fig.head(go(sh, lean - 4, HEAD_D), v(0.2, 0.25, 1))
    # lower arm: forearm resting on the front thigh
    s_low = add(sh, mul(perp, -SHOULDER_HALF * 0.8))
    e = go(s_low, sub(v(knee[0] - 5, knee[1] + W_NEAR, 0), s_low),
           UPPER_ARM)
    hand = go(e, 180 + 6, FOREARM - 5)
    fig.arm([s_low, e, hand], layer=L_NEAR_ARM)
    # top arm over the ear, continuing the line of the back leg
    s_top = add(sh, mul(perp, SHOULDER_HALF * 0.8))
    e2 = go(s_top, lean - 3, UPPER_ARM)
    h2 = go(e2, lean - 6, FOREARM)
    fig.arm([s_top, e2, h2], layer=L_NEAR_ARM)
    fig.bar(s_low, s_top)
    return fig


@pose("makarasana")
def makarasana():
    # side view, face down: legs straight and a little apart along the mat;
    # forearms stacked (crossed) in front of the shoulders as a pillow,
    # the head resting on them; chest only slightly raised
    fig = Fig(tilt=16, mat=(40, 44))
    hip = v(0, R_NEAR)
    sh = v(math.sqrt(TORSO ** 2 - 14 ** 2), R_NEAR + 14)
    fig.torso(hip, sh, ctrl=v(TORSO * 0.55, R_NEAR + 2))
    for z, near in ((HIP_HALF * 1.6, True), (-HIP_HALF * 1.6, False)):
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z * 0.5)
        a = v(-LEG, r, z)
        fig.leg([h, lerp(h, a, THIGH / LEG), a, v(-LEG - FOOT, r, z)],
                near)
    # elbows out wide on the mat in front of the shoulders; each forearm
    # runs across under the head to the other elbow; near one on top
    ex = sh[0] + 26
    for z, near in ((-1, False), (1, True)):
        r = R_NEAR if near else R_FAR
        lift = W_NEAR - 2 if near else 0
        s = side_z(sh, z * SHOULDER_HALF)
        e = v(ex - z * 4, r, z * 32)
        e = go(s, sub(e, s), UPPER_ARM)
        e = v(e[0], r, e[2])
        hand = v(e[0] + 10, r + lift, -z * 24)
        fig.arm([s, e], near, layer=L_FAR_ARM if not near else L_TORSO)
        fig.arm([e, hand], near, layer=L_FAR_ARM if not near else L_TOP)
    c = v(ex + 8, R_NEAR + W_NEAR * 1.6 + HEAD_R, 0)
    fig.head(c, v(0.5, -1, 0))
    return fig


@pose("yastikasana")
def yastikasana():
    # lying on the back, one long line: arms stretched overhead along the
    # mat past the head (the near arm a little raised), toes pointed away
    fig = Fig(tilt=16, mat=(36, 40))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    for z, near in ((HIP_HALF * 0.6, True), (-HIP_HALF * 0.6, False)):
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z)
        a = v(LEG, r + 2, z)
        t = go(a, -12, FOOT * 0.95)             # toes pointed away
        t = v(t[0], max(t[1], r), z)
        fig.leg([h, v(THIGH, r, z), a, t], near)
    # far arm flat on the mat; near arm a little raised off it, so the two
    # read apart
    for z, near, rise in ((-SHOULDER_HALF, False, 0), (SHOULDER_HALF, True, 4)):
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR, z)
        hand = go(s, v(-math.cos(math.radians(rise)),
                       math.sin(math.radians(rise)), z * 0.017), ARM)
        hand = v(hand[0], max(hand[1], r), hand[2])
        fig.arm([s, lerp(s, hand, UPPER_ARM / ARM), hand,
                 add(hand, v(-7, 3, 0))], near, layer=L_FAR_ARM)
    return fig


@pose("matsyasana")
def matsyasana():
    fig = Fig()
    hip = v(0, R_NEAR)
    sh = v(-66, 38)
    # chest lifted: the highest point of the back is at the chest
    fig.torso(hip, sh, ctrl=(v(-22, 20), v(-42, 60)))
    dy = HEAD_R - sh[1]                            # crown on the mat
    c = v(sh[0] - math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R)
    fig.head(c, v(-0.7, 0.7, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near)
    # elbows and forearms on the mat under the back, hands by the hips
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        dyy = sh[1] - r
        e = v(sh[0] + math.sqrt(UPPER_ARM ** 2 - dyy ** 2), r, z)
        hand = v(e[0] + FOREARM, r, z * 0.7)
        fig.arm([s, e, hand], near)
    return fig


@pose("adho-mukha-svanasana")
def adho_mukha_svanasana():
    fig = Fig()
    hand = v(0, R_NEAR)
    up = 180 - 43                                  # arms + back line
    sh = go(hand, up, ARM)
    hip = go(sh, up, TORSO)
    fig.torso(hip, sh)
    dy = hip[1] - ANKLE_H
    ankle = v(hip[0] - math.sqrt(LEG ** 2 - dy ** 2), ANKLE_H)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        a = side_z(ankle, z)
        fig.leg([h, lerp(h, a, THIGH / LEG), a, flat_foot(a, 1)], near)
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
    head_at(fig, lean, v(1, -0.2, 0))
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
    # right hand raised to the nose
    s = add(sh, v(0, -2, sw))
    hd = add(c, v(4, -3, 3))
    e, hd = ik(s, hd, UPPER_ARM, FOREARM, v(0.3, -1, 0.7))
    fig.arm([s, e, hd], False, layer=L_TOP)
    # left hand resting on the left knee
    s2 = add(sh, v(0, -2, -sw))
    e2, hd2 = ik(s2, add(knees[False], v(0, 9, 4)), UPPER_ARM, FOREARM,
                 v(0, 0, -1))
    fig.arm([s2, e2, hd2], True)

    def airflow(P, k=1):
        # breath through the open (left) nostril: lines curving out of it
        x, y = P(c)
        x += HEAD_R * k * 0.55
        y += 4
        return [accent_path("M%s,%s q9,1 15,8" % (n(x), n(y))),
                accent_path("M%s,%s q12,-2 19,4" % (n(x + 3), n(y - 5))),
                accent_path("M%s,%s q7,3 10,10" % (n(x - 1), n(y + 5)))]
    fig.extra.append(airflow)
    return fig


@pose("deep-breathing")
def deep_breathing():
    fig = Fig(**SEATED_VIEW)
    hip = v(0, 12)
    sh, sw, knees = seated_body(fig, hip)
    belly = v(8, hip[1] + TORSO * 0.3, 4)
    chest = v(8, hip[1] + TORSO * 0.75, -4)
    s = add(sh, v(0, -2, sw))
    e, hd = ik(s, belly, UPPER_ARM, FOREARM, v(0.3, -0.3, 1))
    fig.arm([s, e, hd], False, layer=L_TOP)
    s2 = add(sh, v(0, -2, -sw))
    e2, hd2 = ik(s2, chest, UPPER_ARM, FOREARM, v(0.3, -1, -0.8))
    fig.arm([s2, e2, hd2], False, layer=L_TOP)

    def breath(P, k=1):
        x, y = P(v(0, hip[1] + TORSO * 0.45, -sw))
        x += 10
        return [accent_path("M%s,%s q5,7 0,14" % (n(x + 2), n(y - 7))),
                accent_path("M%s,%s q8,10 0,22" % (n(x + 8), n(y - 11))),
                accent_path("M%s,%s q10,13 0,30" % (n(x + 14), n(y - 15)))]
    fig.extra.append(breath)
    return fig


@pose("bridge")
def bridge():
    fig = Fig()
    sh = v(-TORSO, 6)
    lift = 26
    hip = go(sh, lift, TORSO)
    fig.torso(hip, sh)
    supine_head(fig)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        k = go(h, lift, THIGH)
        dy = k[1] - ANKLE_H
        a = v(k[0] + math.sqrt(SHIN ** 2 - dy ** 2), ANKLE_H, z)
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


def behind_thigh(h, k, t=0.72):
    """Where hands hold the back of a raised thigh."""
    d = unit(sub(k, h))
    back = unit(v(d[1], -d[0], 0))          # away from the chest
    return add(lerp(h, k, t), mul(back, 7))


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
    # near knee drawn towards the chest, hands behind the thigh
    h = v(0, R_NEAR, HIP_HALF)
    k = go(h, 118, THIGH)
    a = go(k, 20, SHIN)
    end.leg([h, k, a, go(a, 95, FOOT)], style="accent")
    hold_with_both_hands(end, behind_thigh(h, k), HIP_HALF)
    end.extra.append(arrow(go(h, 62, THIGH + 16), go(h, 92, THIGH + 30),
                           go(h, 126, THIGH + 22)))
    return Panels(start, end)


@pose("hamstring-stretch")
def hamstring_stretch():
    fig = Fig(tilt=12)
    hip = supine_start(fig, arms=False)
    hook_leg(fig, hip, -HIP_HALF, False)
    # raised leg with the knee a little bent, towel round the foot
    h = v(0, R_NEAR, HIP_HALF)
    k = go(h, 84, THIGH)
    a = go(k, 70, SHIN)
    toe = go(a, 165, FOOT)
    fig.leg([h, k, a, toe], style="accent")
    sole = add(lerp(a, toe, 0.6), v(0, 5, 0))
    hands = v(-14, THIGH + 8, HIP_HALF * 0.4)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR + 2, z)
        e, hd = ik(s, side_z(hands, z * 0.4), UPPER_ARM, FOREARM - 4,
                   v(-0.5, 0.2, 0))
        fig.arm([s, e, hd], near, layer=L_TOP if near else L_FAR_ARM)
    fig.extra.append(strap(hands, sole, layer=L_NEAR_ARM))
    return fig


@pose("trunk-rotation")
def trunk_rotation():
    # from above and a little to the side: knees bent together, then both
    # dropped to the far side (seen face-on from above) with both shoulders
    # on the mat; the arms lie out to the sides at about 45 degrees, so the
    # body, not the arm span, sets the height of each panel
    def lying(drop):
        fig = Fig(tilt=55, mat=(34, 34))
        hip = v(0, R_NEAR)
        fig.torso(hip, v(-TORSO, R_NEAR), layer=L_TORSO)
        fig.head(v(-TORSO - HEAD_D, HEAD_R), v(-0.2, 1, 0))
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            sgn = 1 if near else -1
            s = v(-TORSO, R_NEAR, z)
            e = go(s, v(1, 0, sgn), UPPER_ARM)
            fig.arm([s, e, go(e, v(1.1, 0, sgn), FOREARM - 6)],
                    near, layer=L_FAR_ARM)
        th = math.radians(drop)
        for z, near in ((-HIP_HALF * 0.5, False), (HIP_HALF * 0.5, True)):
            h = v(0, R_NEAR, z)
            k = go(h, 58, THIGH)
            a = v(k[0] + SHIN * 0.7, ANKLE_H, z)
            pts = [h, k, a, flat_foot(a, 1)]
            pts = [roll(p, th, hip) for p in pts]
            fig.leg(pts, near, style="accent" if drop else None)
        return fig
    end = lying(-62)                    # knees over to the far side
    # curved arrow past the feet: from knees-up over to the far side
    end.extra.append(arrow(v(LEG * 0.85, 24, 14),
                           v(LEG * 1.05, 40, -16),
                           v(LEG * 0.88, 12, -THIGH - 4)))
    return Panels(lying(0), end)


def roll(p, th, pivot):
    """Turn p about the x axis through `pivot`, y towards +z, by th."""
    y, z = p[1] - pivot[1], p[2] - pivot[2]
    return v(p[0], pivot[1] + y * math.cos(th) - z * math.sin(th),
             pivot[2] + y * math.sin(th) + z * math.cos(th))


@pose("bhujangasana")
def bhujangasana():
    # a gentle cobra: hips and legs on the mat, hands under the shoulders,
    # elbows bent close to the body, chest only a little lifted
    fig = Fig()
    hip = v(0, R_NEAR + 3)
    sh = v(TORSO - 10, 40)
    fig.torso(hip, sh, ctrl=v(TORSO * 0.5, R_NEAR + 5))
    head_at(fig, 40, v(1, 0.1, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near, direction=-1, toes="back")
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = side_z(sh, z)
        wrist = v(sh[0] + 6, 5, z)
        e, wrist = ik(s, wrist, UPPER_ARM * 0.6, FOREARM * 0.55,
                      v(-1, 0, 0))
        fig.arm([s, e, wrist, v(wrist[0] + HAND, 3.5, z)], near)
    top = fig.torso_point(0.6)
    fig.extra.append(arrow(add(top, v(-4, 16, 0)), add(top, v(-8, 28, 0)),
                           add(top, v(2, 38, 0))))
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
                            v(HEAD_D * 0.7, HEAD_D * 0.75, 0), v(1, 0.5, 0))
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
    def lying(flat):
        fig = Fig(tilt=12)
        hip = v(0, R_NEAR)
        # the natural curve leaves a gap under the lower back
        ctrl = None if flat else v(-TORSO * 0.3, R_NEAR + 30)
        fig.torso(hip, v(-TORSO, R_NEAR + 2), ctrl=ctrl)
        supine_head(fig)
        for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
            s = v(-TORSO, R_NEAR + 2, z)
            e = v(s[0] + UPPER_ARM, R_NEAR, z * 1.3)
            fig.arm([s, e, v(e[0] + FOREARM - 6, R_NEAR, z * 1.5)], near)
        hook_lying_legs(fig, hip)
        return fig
    end = lying(True)
    end.extra.append(arrow(v(-TORSO * 0.35, 52, 0), v(-TORSO * 0.35, 40, 0),
                           v(-TORSO * 0.35, 20, 0)))
    return Panels(lying(False), end)


def figure_four(pull):
    """Lying on the back, seen from a little above and towards the feet:
    the near leg is bent with the foot on the mat, the far leg crosses it
    with its ankle resting on the near knee and its knee out to the side,
    the shin level across the near knee (a "4"); `pull` draws the near
    thigh towards the chest with both hands behind it."""
    fig = Fig(tilt=28, mat=(40, 44), yaw=-30)
    hip = supine_start(fig, arms=not pull)
    hn = v(0, R_NEAR, HIP_HALF)
    if pull:
        kn = go(hn, 108, THIGH)
        an = go(kn, 10, SHIN)
        fig.leg([hn, kn, an, go(an, 95, FOOT)])
    else:
        kn = hook_leg(fig, hip, HIP_HALF, True, thigh_deg=62)
    # crossing (far) leg: ankle on top of the near knee, the foot past it
    # towards us, the knee out to the far side
    hf = v(0, R_NEAR, -HIP_HALF)
    ank = add(kn, v(2, LEG_R[1] + LEG_R[2] - 1, 1))
    kf, ank = ik(hf, ank, THIGH, SHIN, v(-0.6, 0.3, -1))
    # the thigh is behind the near leg, the shin lies on top of the knee
    fig.limb([hf, kf], radii=LEG_R[:2], layer=L_FAR_LEG, style="accent")
    fig.limb([kf, ank, go(ank, v(0.15, 0.35, 1), FOOT * 0.85)],
             radii=(LEG_R[1], LEG_R[2], FOOT_R[1]), layer=L_TOP,
             style="accent")
    if pull:
        hold_with_both_hands(fig, behind_thigh(hn, kn, 0.55), HIP_HALF)
    return fig, kn


@pose("piriformis-stretch")
def piriformis_stretch():
    start, kn = figure_four(False)
    end, kn2 = figure_four(True)
    end.extra.append(arrow(add(kn, v(8, 18, 0)), add(kn, v(-6, 32, 0)),
                           add(kn2, v(-10, 20, 0))))
    return Panels(start, end)


@pose("saithalyasana")
def saithalyasana():
    # seen from above, behind and to the right, facing away to the right:
    # seated, the right (near) leg bent in front on the mat with the knee
    # out to the side and the sole against the inside of the left thigh;
    # the left (far, pale) leg bent back, the foot beside the left hip;
    # folded forward over the front knee, hands and forehead on a cushion
    fig = Fig(tilt=40, mat=(30, 24), yaw=-40, max_k=1.6)
    hip = v(0, 12)
    hn, hf = side_z(hip, HIP_HALF), side_z(hip, -HIP_HALF)
    # front leg (near, worked side)
    kn = go(hn, v(0.85, -0.1, 0.75), THIGH)
    kn = v(kn[0], R_NEAR + 1, kn[2])
    an = go(kn, sub(v(THIGH * 0.5, R_NEAR, -HIP_HALF), kn), SHIN)
    fig.leg([hn, kn, an, go(an, v(0.2, 0, -1), FOOT * 0.8)])
    # back leg (far): thigh out to the left, shin back, foot by the hip
    kf = go(hf, v(0.75, -0.14, -0.9), THIGH)
    kf = v(kf[0], R_NEAR, kf[2])
    af = go(kf, sub(v(-10, R_NEAR, -HIP_HALF - 16), kf), SHIN)
    fig.leg([hf, kf, af, go(af, v(-1, 0, 0.15), FOOT * 0.85)], False)
    # torso folded forward, turned a little towards the front knee
    fwd = unit(v(1, 0, 0.25))
    sh = add(add(hip, mul(fwd, TORSO * 0.93)), v(0, 12, 0))
    fig.torso(hip, sh, bulge=v(0, 14, 0))
    cush = add(sh, add(mul(fwd, HEAD_D + 8), v(0, 0, 0)))
    cush = v(cush[0], 8, cush[2])
    fig.items.append((L_FAR_LEG, "prop",
                      chain([add(cush, mul(fwd, -14)), add(cush, mul(fwd, 18))],
                            [11, 11])))
    fig.head(add(cush, v(-2, 8 + HEAD_R - 4, 0)), v(0.5, -1, 0.1))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = add(sh, mul(unit(v(-fwd[2], 0, fwd[0])), z))
        side = unit(v(-fwd[2], 0, fwd[0]))
        hd = add(add(cush, mul(fwd, 20)), add(mul(side, z * 1.3), v(0, 11, 0)))
        e, hd = ik(s, hd, UPPER_ARM, FOREARM, add(mul(side, z), v(0, -1, 0)))
        fig.arm([s, e, hd], near, layer=L_NEAR_ARM if near else L_FAR_LEG)
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
