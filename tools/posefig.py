#!/usr/bin/env python3
"""posefig.py - generate the Posewise pose illustrations.

Every pose is a stick figure built from 3-D joint positions (x along the
mat, y up from the floor, z towards the viewer), computed from segment
lengths and joint angles (forward kinematics) or from contact points
(two-bone inverse kinematics).  Each figure is projected with a slightly
raised side view (tilt about the x axis), so near and far limbs separate a
little; a few poses use other views where a side view hides the pose
(from above: trunk-rotation, makarasana; from the front: parsvakonasana and
the seated breathing poses; three-quarter: tadasana).  Far-side limbs are
drawn thinner and lighter.  Output is a small, plain SVG 1.1 file per pose:

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
INK = "#2f3e46"        # torso, head, near-side limbs
FAR = "#52796f"        # far-side limbs
MAT = "#d8e8e2"
WALL = "#b7c9c3"
ACCENT = "#e07a5f"
W_NEAR = 9.0
W_FAR = 7.0
R_NEAR = W_NEAR / 2
R_FAR = W_FAR / 2
HEAD_R = 12.5
NOSE_R = 3.2
MAT_X0, MAT_X1 = 10.0, 246.0
MAT_THICK = 4.0        # visible front edge of the mat, px
MAT_BOTTOM = 242.0     # screen y of the mat's lower edge

# --------------------------------------------------------------------------
# Body proportions (px).  Hip joint to shoulder joint is the "torso".
# --------------------------------------------------------------------------
TORSO = 50.0
THIGH = 40.0
SHIN = 39.0
FOOT = 15.0            # ankle to toes
UPPER_ARM = 30.0
FOREARM = 33.0         # elbow to middle of the hand
NECK = 8.0             # drawn neck stroke
HEAD_D = 21.0          # shoulder centre to head centre
HIP_HALF = 8.0         # half hip width (z offset of each leg)
SHOULDER_HALF = 11.0   # half shoulder width
ANKLE_H = 9.0          # ankle centre above floor with the foot flat
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


class Fig:
    def __init__(self, tilt=12.0, mat=(14.0, 30.0), floor_y=None, yaw=0.0,
                 scale=1.0):
        self.scale = scale              # >1 for compact poses (seated...)
        self.tilt = math.radians(tilt)
        self.yaw = math.radians(yaw)    # >0 turns the figure's +x to us
        self.mat = mat                  # (depth behind z=0, depth in front)
        self.floor_y = floor_y          # screen y of floor at z=0 (auto)
        self.items = []                 # (layer, kind, data)
        self.extra = []                 # callables(proj) -> [(layer, svg)]
        self.wall = None                # world x of wall face, or None

    # -- building -------------------------------------------------------
    def torso(self, hip, shoulder, bulge=None, ctrl=None, layer=L_TORSO):
        """Torso from hip centre to shoulder centre.  `bulge` (world
        vector) bends it into a curve whose control point is offset from
        the midpoint by it; `ctrl` gives the control point directly (one
        point: quadratic curve, a pair: cubic)."""
        if bulge is not None:
            ctrl = add(lerp(hip, shoulder, 0.5), bulge)
        self.items.append((layer, "torso", (hip, ctrl, shoulder)))
        self.hip, self.shoulder, self.ctrl = hip, shoulder, ctrl

    def head(self, centre, face, neck_from=None, layer=L_HEAD):
        """Head circle at `centre`; `face` = direction the face points
        (a small nose is drawn there); the neck runs from the shoulder."""
        s = neck_from or self.shoulder
        self.items.append((layer, "head", (s, centre, unit(face))))
        self.head_c = centre

    def limb(self, pts, near=True, layer=None):
        if layer is None:
            layer = L_NEAR_LEG if near else L_FAR_LEG
        self.items.append((layer, "limb", (list(pts), near)))

    def leg(self, pts, near=True, layer=None):
        self.limb(pts, near, layer if layer is not None else
                  (L_NEAR_LEG if near else L_FAR_LEG))

    def arm(self, pts, near=True, layer=None):
        self.limb(pts, near, layer if layer is not None else
                  (L_NEAR_ARM if near else L_FAR_ARM))

    def bar(self, a, b, layer=L_TORSO):
        """Short ink stroke (shoulder or pelvis girdle in top-ish views)."""
        self.items.append((layer, "bar", (a, b)))

    def torso_point(self, t):
        """Point at fraction t along the (possibly curved) torso."""
        return curve_point(self.hip, self.ctrl, self.shoulder, t)

    # -- projection -----------------------------------------------------
    def project(self, p):
        """(screen x, screen-up) of world point p, before placement."""
        cy, sy = math.cos(self.yaw), math.sin(self.yaw)
        # scale about the floor contact line so contacts stay on the floor
        k = self.scale
        p = (p[0] * k, (p[1] - R_NEAR) * k + R_NEAR, p[2] * k)
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
        for _layer, kind, data in self.items:
            if kind == "limb":
                pts, near = data
                r = R_NEAR if near else R_FAR
                lo += [p[1] - r for p in pts]
            elif kind == "torso":
                h, c, s = data
                lo += [curve_point(h, c, s, i / 20)[1] - R_NEAR
                       for i in range(21)]
            elif kind == "head":
                lo.append(data[1][1] - HEAD_R)
            elif kind == "bar":
                lo += [p[1] - R_NEAR for p in data]
        return min(lo)

    def render(self):
        st = math.sin(self.tilt)
        zb, zf = self.mat
        floor_y = self.floor_y
        if floor_y is None:
            floor_y = MAT_BOTTOM - MAT_THICK - zf * st
        mat_top = floor_y - zb * st
        mat_h = MAT_BOTTOM - mat_top

        # horizontal centring on the bounding box of everything drawn
        pr = self.project
        xs = []
        for _layer, kind, data in self.items:
            if kind == "limb":
                xs += [pr(p)[0] for p in data[0]]
            elif kind == "torso":
                xs += [pr(data[0])[0], pr(data[2])[0]]
            elif kind == "head":
                hr = HEAD_R * self.scale
                xs += [pr(data[1])[0] - hr, pr(data[1])[0] + hr]
            elif kind == "bar":
                xs += [pr(data[0])[0], pr(data[1])[0]]
        x0, x1 = min(xs) - R_NEAR, max(xs) + R_NEAR
        if self.wall is not None:
            x1 = max(x1, pr(v(self.wall, 0))[0] + 14)
        dx = SIZE / 2 - (x0 + x1) / 2

        def P(p):
            x, u = pr(p)
            return (x + dx, floor_y - u)

        out = []
        for layer, kind, data in self.items:
            if kind == "limb":
                pts, near = data
                q = " ".join(f(P(p)) for p in pts)
                if near:
                    out.append((layer, '<polyline points="%s"/>' % q))
                else:
                    out.append((layer,
                                '<polyline points="%s" stroke="%s" '
                                'stroke-width="%g"/>' % (q, FAR, W_FAR)))
            elif kind == "bar":
                a, b = (P(p) for p in data)
                out.append((layer, '<line x1="%s" y1="%s" x2="%s" y2="%s"/>'
                            % (n(a[0]), n(a[1]), n(b[0]), n(b[1]))))
            elif kind == "torso":
                h, c, s = data
                if c is None:
                    d = "M%s L%s" % (f(P(h)), f(P(s)))
                elif is_point(c):
                    d = "M%s Q%s %s" % (f(P(h)), f(P(c)), f(P(s)))
                else:
                    d = "M%s C%s %s %s" % (f(P(h)), f(P(c[0])), f(P(c[1])),
                                           f(P(s)))
                out.append((layer, '<path d="%s"/>' % d))
            elif kind == "head":
                s, c, face = data
                neck_dir = unit(sub(c, s))
                a, b = P(s), P(go(s, neck_dir, NECK + 2))
                out.append((layer, '<line x1="%s" y1="%s" x2="%s" y2="%s"/>'
                            % (n(a[0]), n(a[1]), n(b[0]), n(b[1]))))
                cc = P(c)
                # nose: a small bump where the face points; left out when
                # the face points (nearly) at or away from the viewer
                nz = P(add(c, mul(face, HEAD_R)))
                g = ('<g fill="%s" stroke="none"><circle cx="%s" cy="%s" '
                     'r="%s"/>' % (INK, n(cc[0]), n(cc[1]),
                                   n(HEAD_R * self.scale)))
                if (math.hypot(nz[0] - cc[0], nz[1] - cc[1]) > 6
                        and self.depth(face) > -0.35):
                    g += '<circle cx="%s" cy="%s" r="%g"/>' % (
                        n(nz[0]), n(nz[1]), NOSE_R)
                out.append((layer, g + "</g>"))
        for fn in self.extra:
            out += fn(P)
        out.sort(key=lambda t: t[0])    # stable: keeps insertion order

        svg = ['<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
               'width="256" height="256" viewBox="0 0 256 256">']
        mx1 = MAT_X1
        if self.wall is not None:               # the mat stops at the wall
            wx = P(v(self.wall, 0))[0]
            mx1 = wx + 2
        svg.append('<rect x="%s" y="%s" width="%s" height="%s" rx="6" '
                   'fill="%s"/>' % (n(MAT_X0), n(mat_top), n(mx1 - MAT_X0),
                                    n(mat_h), MAT))
        if self.wall is not None:
            svg.append('<rect x="%s" y="8" width="14" height="%s" rx="2" '
                       'fill="%s"/>' % (n(wx), n(floor_y - 8 + 1), WALL))
        svg.append('<g fill="none" stroke="%s" stroke-width="%g" '
                   'stroke-linecap="round" stroke-linejoin="round">'
                   % (INK, W_NEAR))
        svg += [s for _l, s in out]
        svg.append("</g></svg>")
        return "\n".join(svg) + "\n"


def n(x):
    s = "%.1f" % x
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def f(p):
    return "%s,%s" % (n(p[0]), n(p[1]))


def accent_path(d, width=3.0, layer=L_TOP, fill="none"):
    if fill == "none":
        return (layer, '<path d="%s" stroke="%s" stroke-width="%g"/>'
                % (d, ACCENT, width))
    return (layer, '<path d="%s" fill="%s" stroke="none"/>' % (d, fill))


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


@pose("knee-to-chest")
def knee_to_chest():
    fig = Fig()
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    straight_leg_on_floor(fig, hip, -HIP_HALF, near=False)
    # near knee hugged in to the chest: hip and knee fully bent
    h = v(0, R_NEAR, HIP_HALF)
    thigh, shin = 130, -4
    k = go(h, thigh, THIGH)
    a = go(k, shin, SHIN)
    fig.leg([h, k, a, go(a, shin + 75, FOOT)])
    # both hands clasp the front of the shin just below the knee
    grip = add(go(k, shin, 9), mul(d2(shin + 90), 6))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR, z)
        e, hand = ik(s, side_z(grip, z * 0.3), UPPER_ARM, FOREARM,
                     v(0.1, -0.6, z))
        fig.arm([s, e, hand], near)
    return fig


@pose("prone-back-extension")
def prone_back_extension():
    fig = Fig()
    hip = v(0, R_NEAR)
    sh = go(hip, sub(v(40, R_NEAR + UPPER_ARM - 1), hip), TORSO)
    fig.torso(hip, sh, ctrl=v(24, R_NEAR + 1))     # belly stays down
    head_at(fig, 52, v(1, -0.3, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near, direction=-1, toes="back")
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        dyy = min(sh[1] - r, UPPER_ARM)
        e = v(sh[0] + math.sqrt(UPPER_ARM ** 2 - dyy ** 2), r, z)
        hand = v(e[0] + FOREARM, r, z)
        fig.arm([s, e, hand], near)
    return fig


@pose("trunk-rotation")
def trunk_rotation():
    # seen from above: arms out along the mat, bent knees dropped to the
    # far side, head turned the other way
    fig = Fig(tilt=72, mat=(86, 84))
    hip = v(0, R_NEAR)
    sh = v(-TORSO, R_NEAR)
    fig.torso(hip, sh)
    fig.bar(v(0, R_NEAR, -HIP_HALF), v(0, R_NEAR, HIP_HALF))
    fig.bar(v(-TORSO, R_NEAR, -SHOULDER_HALF),
            v(-TORSO, R_NEAR, SHOULDER_HALF))
    fig.head(v(-TORSO - HEAD_D, HEAD_R, 3), v(-0.1, 0.5, 1))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR, z)
        e = go(s, v(0.08, 0, sgn), UPPER_ARM)
        hand = go(e, v(0.08, 0, sgn), FOREARM)
        fig.arm([s, v(e[0], r, e[2]), v(hand[0], r, hand[2])], near)
    # lower (far) leg on the mat, upper (near) leg stacked on top of it
    hf = v(0, R_NEAR, -HIP_HALF)
    kf = go(hf, v(0.12, 0, -1), THIGH)
    kf = v(kf[0], R_FAR, kf[2])
    af = v(kf[0] + SHIN, R_FAR, kf[2] + 3)
    tf = go(af, v(0.3, 0.3, -1), FOOT)
    fig.leg([hf, kf, af, tf], near=False)
    hn = v(0, R_NEAR + 2, HIP_HALF)
    kn = go(hn, sub(add(kf, v(6, 9, 4)), hn), THIGH)
    an = go(kn, sub(add(af, v(6, 9, 4)), kn), SHIN)
    tn = go(an, v(0.3, 0.3, -1), FOOT)
    fig.leg([hn, kn, an, tn], near=True)
    return fig


@pose("hamstring-stretch")
def hamstring_stretch():
    fig = Fig()
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    straight_leg_on_floor(fig, hip, -HIP_HALF, near=False)
    h = v(0, R_NEAR, HIP_HALF)
    up = 82
    k = go(h, up, THIGH)
    a = go(k, up, SHIN)
    t = go(a, up + 95, FOOT)                     # foot flexed towards face
    fig.leg([h, k, a, t])
    grip = add(go(h, up, 34), mul(d2(up + 90), 6))   # behind the thigh
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR, z)
        e, hand = ik(s, side_z(grip, z * 0.5), UPPER_ARM, FOREARM,
                     v(0.2, -1, 0))
        fig.arm([s, e, hand], near)
    return fig


@pose("tadasana")
def tadasana():
    # side/three-quarter view: heels lifted, both arms up past the ears
    fig = Fig(tilt=6, yaw=32)
    sw = SHOULDER_HALF + 7                 # arms clear the (large) head
    fdir = 180 - 62                        # foot from toes up to the ankle
    ankle = go(v(0, R_NEAR), fdir, FOOT)
    for z, near in ((HIP_HALF * 0.6, True), (-HIP_HALF * 0.6, False)):
        a = v(ankle[0], ankle[1], z * 0.5)
        h = v(ankle[0], ankle[1] + LEG, z)
        fig.leg([h, lerp(a, h, SHIN / LEG), a, v(0, R_NEAR, z * 0.5)], near)
        fig.leg([a, add(go(a, fdir, 4), v(-1, -2.5, 0))], near)    # heel
    hip = v(ankle[0], ankle[1] + LEG)
    sh = go(hip, 90, TORSO)
    fig.torso(hip, sh)
    fig.bar(v(sh[0], sh[1], -sw), v(sh[0], sh[1], sw))
    head_at(fig, 82, v(1, 0.1, 0))
    clasp = v(sh[0] - 4, sh[1] + math.sqrt(ARM ** 2 - sw ** 2 - 16), 0)
    for z, near in ((sw, True), (-sw, False)):
        s = v(sh[0], sh[1], z)
        hand = add(clasp, v(0, 0, z * 0.08))
        fig.arm([s, lerp(s, hand, UPPER_ARM / ARM), hand], near)
    fig.limb([add(clasp, v(-6, 2, 0)), add(clasp, v(6, 2, 0))],
             layer=L_TOP)                 # palms turned up, interlocked
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
    # seen from above (like trunk-rotation) so the folded arms show
    fig = Fig(tilt=66, mat=(50, 50))
    hip = v(0, R_NEAR)
    sh = v(TORSO, R_NEAR + 3)
    fig.torso(hip, sh)
    fig.bar(v(0, R_NEAR, -HIP_HALF), v(0, R_NEAR, HIP_HALF))
    fig.bar(side_z(sh, -SHOULDER_HALF), side_z(sh, SHOULDER_HALF))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z)
        dirn = v(-1, 0, sgn * 0.11)                   # legs slightly apart
        k = go(h, dirn, THIGH)
        a = go(k, dirn, SHIN)
        t = go(a, v(-1, 0, sgn * 0.6), FOOT * 0.8)     # feet turned out
        fig.leg([h, v(k[0], r, k[2]), v(a[0], r, a[2]), v(t[0], r, t[2])],
                near)
    # forearms crossed in front of the face, elbows out: a pillow
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        dz = 25 - SHOULDER_HALF
        e = v(sh[0] + math.sqrt(UPPER_ARM ** 2 - dz ** 2 - (s[1] - r) ** 2),
              r, sgn * 25)
        hand = go(e, v(0.12, 0.1 if near else 0, -sgn), FOREARM)
        fig.arm([s, e, hand], near, layer=L_FAR_ARM)   # under the head
    fig.head(v(sh[0] + 13, R_NEAR + 15, 0), v(0.4, -1, 0))
    return fig


@pose("yastikasana")
def yastikasana():
    fig = Fig(tilt=14)
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    for z, near in ((HIP_HALF * 0.5, True), (-HIP_HALF * 0.5, False)):
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z)
        a = v(LEG, r, z)
        t = go(a, 28, FOOT)                      # toes pointed
        fig.leg([h, v(THIGH, r, z), a, t], near)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR, z)
        e = v(-TORSO - UPPER_ARM, r, z * 0.9)
        hand = v(-TORSO - ARM, r, z * 0.8)
        fig.arm([s, e, hand], near)
    return fig


@pose("matsyasana")
def matsyasana():
    fig = Fig()
    hip = v(0, R_NEAR)
    sh = go(hip, sub(v(-37, 31), hip), TORSO - 6)
    fig.torso(hip, sh, ctrl=(v(-12, 16), v(-24, 62)))   # chest arched up
    dy = HEAD_R - sh[1]                            # crown on the mat
    c = v(sh[0] - math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R)
    fig.head(c, v(-1, 0.35, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near)
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
    hip = go(knee, 180 - 32, THIGH)               # sitting back on the heels
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        r = R_NEAR if near else R_FAR
        fig.leg([side_z(hip, z), v(0, r, z), v(-SHIN, r, z),
                 v(-SHIN - FOOT, r, z)], near)
    sh = go(hip, sub(v(12, 14), hip), TORSO)
    fig.torso(hip, sh, bulge=v(-3, 15, 0))         # rounded back
    dy = HEAD_R - sh[1]
    c = v(sh[0] + math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R)
    fig.head(c, v(0.5, -1, 0))                    # forehead on the mat
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        e = v(sh[0] + math.sqrt(UPPER_ARM ** 2 - (sh[1] - r) ** 2), r, z)
        fig.arm([s, e, v(e[0] + FOREARM, r, z)], near)
    return fig


@pose("bhujangasana")
def bhujangasana():
    fig = Fig()
    hip = v(0, R_NEAR)
    sh = go(hip, 55, TORSO)
    fig.torso(hip, sh, ctrl=v(15, R_NEAR + 2))     # lower back arched
    head_at(fig, 70, v(1, 0.35, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near, direction=-1, toes="back")
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        e, hd = ik(s, v(sh[0] + 34, r, z), UPPER_ARM, FOREARM, v(-1, 0, 0))
        fig.arm([s, e, hd, add(hd, v(7, 0, 0))], near)
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
    fig = Fig(tilt=26, mat=(24, 46))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        h = v(0, R_NEAR, z)
        dirn = v(1, 0, sgn * 0.14)
        k = go(h, dirn, THIGH)
        a = go(k, dirn, SHIN)
        t = go(a, v(0.3, 0.75, sgn * 0.7), FOOT)      # feet fall outwards
        fig.leg([h, v(k[0], r, k[2]), v(a[0], r, a[2]), t], near)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR, z)
        e = go(s, v(1, 0, sgn * 0.5), UPPER_ARM)
        hand = go(e, v(1, 0, sgn * 0.5), FOREARM)
        fig.arm([s, v(e[0], r, e[2]), v(hand[0], r, hand[2])], near)
    return fig


@pose("saithalyasana")
def saithalyasana():
    # raised side view from the front-leg side: the back leg shows behind
    fig = Fig(tilt=30, mat=(62, 30), scale=1.05)
    hip = v(0, 8)
    # front leg (near): thigh forward, shin folded back, heel at the groin
    hn = v(0, 8, HIP_HALF)
    kn = go(hn, v(1, -0.1, 0.3), THIGH)
    kn = v(kn[0], R_NEAR, kn[2])
    an = go(kn, v(-0.85, 0, -0.55), SHIN)
    an = v(an[0], R_NEAR, an[2])
    fig.leg([hn, kn, an, go(an, v(-0.3, 0.2, -1), FOOT * 0.6)])
    # back leg (far): thigh out to the side, shin folded back, foot back
    hf = v(0, 8, -HIP_HALF)
    kf = go(hf, v(-0.55, -0.1, -0.8), THIGH)
    kf = v(kf[0], R_FAR, kf[2])
    af = go(kf, v(-1, 0, 0.35), SHIN)
    af = v(af[0], R_FAR, af[2])
    fig.leg([hf, kf, af, v(af[0] - FOOT, R_FAR, af[2])], near=False)
    # torso folded forward over the front knee, head down towards the mat,
    # arms stretched forward to the mat
    sh = go(hip, 28, TORSO)
    fig.torso(hip, sh, bulge=v(-2, 5, 0))
    fig.head(go(sh, -52, HEAD_D), v(0.7, -1, 0))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        hd = v(sh[0] + math.sqrt(ARM ** 2 - (sh[1] - r) ** 2), r, z)
        fig.arm([s, lerp(s, hd, UPPER_ARM / ARM), hd], near)
    return fig


SEATED_VIEW = dict(tilt=14, yaw=78, mat=(34, 56), scale=1.3)


def cross_legged(fig, hip):
    """Sukhasana legs: knees out to the sides, shins crossed in front."""
    knees = {}
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        sgn = 1 if near else -1
        r = R_NEAR if near else R_FAR
        h = side_z(hip, z)
        k = go(h, v(0.75, 0, sgn * 0.66), THIGH)
        k = v(k[0], r + 9, k[2])
        a = go(k, v(-0.2, -0.25, -sgn), SHIN)
        a = v(a[0], r, a[2])
        t = go(a, v(0.1, 0, -sgn), FOOT * 0.7)
        fig.leg([h, k, a, t], near)
        knees[near] = k
    return knees


@pose("anulom-vilom")
def anulom_vilom():
    fig = Fig(**SEATED_VIEW)
    hip = v(0, 10)
    knees = cross_legged(fig, hip)
    sh = go(hip, 90, TORSO)
    fig.torso(hip, sh)
    fig.bar(add(sh, v(0, 0, -SHOULDER_HALF)), add(sh, v(0, 0, SHOULDER_HALF)))
    c = head_at(fig, 90, v(1, 0, 0))
    # right hand (near side: the figure faces +x) raised to the nose
    s = add(sh, v(0, 0, SHOULDER_HALF))
    hd = add(c, v(HEAD_R + 1, -1, 2))
    e, hd = ik(s, hd, UPPER_ARM, FOREARM, v(0, -0.8, 1))
    fig.arm([s, e, hd], True)
    # left hand resting on the left (far) knee
    s2 = add(sh, v(0, 0, -SHOULDER_HALF))
    e2, hd2 = ik(s2, add(knees[False], v(0, 7, 0)), UPPER_ARM, FOREARM,
                 v(-0.3, 0, -1))
    fig.arm([s2, e2, hd2], False)

    def airflow(P):
        # breath through the open (left) nostril: lines curving out of it
        x, y = P(c)
        x += HEAD_R * fig.scale * 0.45
        y += 3
        return [accent_path("M%s,%s q9,1 15,8" % (n(x), n(y))),
                accent_path("M%s,%s q12,-2 19,4" % (n(x + 3), n(y - 5))),
                accent_path("M%s,%s q7,3 10,10" % (n(x - 1), n(y + 5)))]
    fig.extra.append(airflow)
    return fig


@pose("deep-breathing")
def deep_breathing():
    fig = Fig(**SEATED_VIEW)
    hip = v(0, 10)
    cross_legged(fig, hip)
    sh = go(hip, 90, TORSO)
    fig.torso(hip, sh)
    fig.bar(add(sh, v(0, 0, -SHOULDER_HALF)), add(sh, v(0, 0, SHOULDER_HALF)))
    head_at(fig, 90, v(1, 0, 0))
    belly = add(fig.torso_point(0.3), v(R_NEAR + 4, 0, 3))
    chest = add(fig.torso_point(0.78), v(R_NEAR + 4, 0, -2))
    s = add(sh, v(0, 0, SHOULDER_HALF))
    e, hd = ik(s, belly, UPPER_ARM, FOREARM, v(0.1, -0.3, 1))
    fig.arm([s, e, hd], True)
    s2 = add(sh, v(0, 0, -SHOULDER_HALF))
    e2, hd2 = ik(s2, chest, UPPER_ARM, FOREARM, v(0.1, -1, -0.6))
    fig.arm([s2, e2, hd2], False, layer=L_NEAR_ARM)

    def breath(P):
        x, y = P(add(belly, v(9, 2, 0)))
        return [accent_path("M%s,%s q5,7 0,14" % (n(x + 2), n(y - 7))),
                accent_path("M%s,%s q8,10 0,22" % (n(x + 8), n(y - 11))),
                accent_path("M%s,%s q10,13 0,30" % (n(x + 14), n(y - 15)))]
    fig.extra.append(breath)
    return fig


@pose("cat-cow")
def cat_cow():
    fig = Fig()
    knee = v(0, R_NEAR)
    hip = go(knee, 90, THIGH)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        r = R_NEAR if near else R_FAR
        fig.leg([side_z(hip, z), v(0, r, z), v(-SHIN, r, z),
                 v(-SHIN - FOOT, r, z)], near)
    shy = R_NEAR + ARM - 2
    dy = shy - hip[1]
    sh = v(math.sqrt(TORSO ** 2 - dy ** 2), shy)
    fig.torso(hip, sh, bulge=mul(d2(90 + math.degrees(math.atan2(dy, sh[0]))),
                                 25))
    fig.head(go(sh, -62, HEAD_D - 1), v(0.1, -1, 0))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        e, hd = ik(s, v(sh[0] + 1, r, z), UPPER_ARM, FOREARM, v(1, 0, 0))
        fig.arm([s, e, hd, add(hd, v(7, 0, 0))], near)
    return fig


def hook_lying_legs(fig, hip, thigh_deg=52):
    """Supine with knees bent and feet flat on the mat."""
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        h = side_z(hip, z)
        k = go(h, thigh_deg, THIGH)
        dy = k[1] - ANKLE_H
        a = v(k[0] + math.sqrt(SHIN ** 2 - dy ** 2), ANKLE_H, z)
        fig.leg([h, k, a, flat_foot(a, 1)], near)


@pose("pelvic-tilt")
def pelvic_tilt():
    fig = Fig(tilt=14)
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    hook_lying_legs(fig, hip)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = v(-TORSO, R_NEAR, z)
        fig.arm([s, v(s[0] + UPPER_ARM, r, z * 1.5),
                 v(s[0] + ARM - 2, r, z * 1.9)], near)

    def arrow(P):
        x, y = P(v(-16, 12, 0))
        return [accent_path("M%s,%s v-16" % (n(x), n(y - 6))),
                accent_path("M%s,%s l-5,-7 h10 z" % (n(x), n(y)),
                            fill=ACCENT)]
    fig.extra.append(arrow)
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


@pose("piriformis-stretch")
def piriformis_stretch():
    fig = Fig(tilt=28, mat=(24, 44))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    # supporting (far) leg: thigh pulled towards the chest, shin level
    hf = v(0, R_NEAR, -HIP_HALF)
    thigh = 110
    kf = go(hf, thigh, THIGH)
    af = go(kf, 0, SHIN)
    fig.leg([hf, kf, af, go(af, 80, FOOT)], near=False)
    # crossing (near) leg: knee turned out, ankle across the far thigh
    hn = v(0, R_NEAR, HIP_HALF)
    ank = add(go(hf, thigh, THIGH - 6), v(8, 1, 6))
    kn, ank = ik(hn, ank, THIGH, SHIN, v(0.6, -0.3, 1))
    fig.leg([hn, kn, ank, go(ank, v(-0.25, 0.1, -1), FOOT * 0.8)])
    # hands pull the back of the supporting thigh
    grip = add(go(hf, thigh, THIGH - 14), v(-6, 0, 0))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR, z)
        e, hd = ik(s, side_z(grip, -HIP_HALF + z * 0.5), UPPER_ARM, FOREARM,
                   v(0, 0.1, z))
        fig.arm([s, e, hd], near)
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
        svg = fig.render()
        path = os.path.join(args.out, pid + ".svg")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(svg)
        if args.check:
            print("%-22s lowest=%+5.1f  %4d bytes"
                  % (pid, fig.lowest(), len(svg.encode())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
