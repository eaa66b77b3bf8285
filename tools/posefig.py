#!/usr/bin/env python3
"""posefig.py - generate the Posewise pose illustrations.

Every pose is a stick figure built from 3-D joint positions (x along the
mat, y up from the floor, z towards the viewer), computed from segment
lengths and joint angles (forward kinematics) or from contact points
(two-bone inverse kinematics).  Each figure is projected with a slightly
raised side view (tilt about the x axis), so near and far limbs separate a
little; a few poses use other views where a side view hides the pose
(from the front: parsvakonasana and the seated breathing poses;
three-quarter: tadasana, saithalyasana).  Each figure is fitted to the
tile (about FIT_W px across at most) by Fig.render.  Far-side limbs are
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
HEAD_R = 12.5 * 1.35
NOSE_R = 3.2
MAT_X0, MAT_X1 = 10.0, 246.0
MAT_THICK = 4.0        # visible front edge of the mat, px
MAT_BOTTOM = 242.0     # screen y of the mat's lower edge
FIT_W = 224.0          # widest figure, px
FIT_TOP = 10.0         # highest figure top, px from the top edge

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


class Fig:
    def __init__(self, tilt=12.0, mat=(14.0, 30.0), floor_y=None, yaw=0.0,
                 scale=1.0):
        self.scale = scale              # >1 for compact poses (seated...)
        self.max_scale = 1.25           # limit for automatic growing
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

    def extent(self):
        """(left, right, top) of everything drawn, in projected px."""
        pr = self.project
        xs, us = [], []
        for _layer, kind, data in self.items:
            if kind == "limb":
                pts = data[0]
            elif kind == "torso":
                h, c, s = data
                pts = [curve_point(h, c, s, i / 10) for i in range(11)]
            elif kind == "head":
                hr = HEAD_R * self.scale
                c = pr(data[1])
                xs += [c[0] - hr, c[0] + hr]
                us.append(c[1] + hr)
                continue
            else:
                pts = data
            xs += [pr(p)[0] for p in pts]
            us += [pr(p)[1] for p in pts]
        x0, x1 = min(xs) - R_NEAR, max(xs) + R_NEAR
        if self.wall is not None:
            x1 = max(x1, pr(v(self.wall, 0))[0] + 14)
        return x0, x1, max(us) + R_NEAR

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

        # fit: shrink (or grow, up to max_scale) so the figure spans at
        # most FIT_W px and its top stays FIT_TOP px below the top edge
        x0, x1, top = self.extent()
        k = min(FIT_W / (x1 - x0), (floor_y - FIT_TOP) / top,
                self.max_scale / self.scale)
        if abs(k - 1) > 1e-3:
            self.scale *= k
            x0, x1, top = self.extent()
        pr = self.project
        # horizontal centring on the bounding box of everything drawn
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


@pose("trunk-rotation")
def trunk_rotation():
    # seen from above, as exercise sheets draw it: lying on the back with
    # the arms out in a T, both bent knees dropped together to one side
    reach = SHOULDER_HALF + ARM
    fig = Fig(tilt=90, mat=(reach + 12, reach + 12))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    fig.head(v(-TORSO - HEAD_D, HEAD_R), v(0, 1, 0))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        sgn = 1 if near else -1
        s = v(-TORSO, R_NEAR, z)
        # straight arms out at about 50 degrees, palms on the mat
        out = v(math.cos(math.radians(50)), 0, sgn * math.sin(math.radians(50)))
        e = go(s, out, UPPER_ARM)
        hand = go(e, out, FOREARM)
        fig.arm([s, e, hand, add(hand, v(6, 0, sgn * 1))], True)
    fig.bar(v(-TORSO, R_NEAR, SHOULDER_HALF), v(-TORSO, R_NEAR, -SHOULDER_HALF))
    fig.bar(v(0, R_NEAR, HIP_HALF), v(0, R_NEAR, -HIP_HALF))
    # thighs swing out to the +z side, shins fold back towards the feet
    for z0, dz, near in ((-HIP_HALF, 10, False), (HIP_HALF, 0, True)):
        h = v(0, R_NEAR, z0)
        knee = v(THIGH * 0.45, R_NEAR, HIP_HALF + THIGH * 0.8 + dz)
        ankle = v(THIGH * 0.45 + SHIN * 0.75, R_NEAR, HIP_HALF + THIGH * 0.8 + dz - SHIN * 0.55)
        toe = add(ankle, v(FOOT * 0.8, 0, -FOOT * 0.3))
        fig.leg([h, knee, ankle, toe], near)

    def arrow(P):
        x, y = P(v(THIGH * 0.2, R_NEAR, HIP_HALF + THIGH * 0.3))
        return [accent_path("M%s,%s q14,2 18,18" % (n(x - 4), n(y - 30))),
                accent_path("M%s,%s l-5,-8 h10 z" % (n(x + 14), n(y - 4)),
                            fill=ACCENT)]
    fig.extra.append(arrow)
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

    def knot(P):                            # interlocked fingers
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


@pose("bhujangasana")
def bhujangasana():
    fig = Fig()
    hip = v(0, R_NEAR)
    sh = go(hip, 60, TORSO)
    fig.torso(hip, sh, ctrl=v(18, R_NEAR + 2))     # lower back arched
    head_at(fig, 72, v(1, 0.35, 0))
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        straight_leg_on_floor(fig, hip, z, near, direction=-1, toes="back")
    # hands on the mat a little in front of the shoulders, arms nearly
    # straight (elbows soft, pointing back)
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        target = v(sh[0] + 38, r, z)
        e, hd = ik(s, target, UPPER_ARM, FOREARM, v(-1, 0, 0))
        fig.arm([s, e, hd, add(hd, v(9, 0, 0))], near)
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


@pose("saithalyasana")
def saithalyasana():
    # side view, facing right: seated, front (far) leg folded in front with
    # the shin across in front of the hips, back (near) leg folded behind
    # with the shin pointing back; torso folded forward over the front
    # knee, arms stretched forward on the mat, forehead near the mat
    fig = Fig(tilt=18, mat=(38, 54))
    hip = v(0, 12)
    hf = v(0, 12, -HIP_HALF)
    kf = v(THIGH * 0.85, R_FAR, -HIP_HALF - 26)
    kf = go(hf, sub(kf, hf), THIGH)
    kf = v(kf[0], R_FAR, kf[2])
    af = go(kf, v(-0.45, 0, 1), SHIN)
    fig.leg([hf, kf, af, go(af, v(-0.2, 0, 1), FOOT * 0.7)], near=False)
    hn = v(0, 12, HIP_HALF)
    kn = go(hn, v(-0.25, -0.2, 1), THIGH)
    kn = v(kn[0], R_NEAR, kn[2])
    an = go(kn, v(-1, 0, -0.25), SHIN)
    fig.leg([hn, kn, an, go(an, v(-1, 0, -0.1), FOOT * 0.8)])
    sh = go(hip, 22, TORSO)
    fig.torso(hip, sh, bulge=v(-2, 9, 0))
    dy = HEAD_R + 2 - sh[1]
    fig.head(v(sh[0] + math.sqrt(HEAD_D ** 2 - dy ** 2), HEAD_R + 2),
             v(0.5, -1, 0))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        zh = z * 2.4                    # hands a little apart
        hd = v(s[0] + math.sqrt(ARM ** 2 - (s[1] - r) ** 2 - (zh - z) ** 2),
               r, zh)
        fig.arm([s, lerp(s, hd, UPPER_ARM / ARM), hd], near,
                layer=L_NEAR_ARM if near else L_FAR_LEG)
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

    def airflow(P):
        # breath through the open (left) nostril: lines curving out of it
        x, y = P(c)
        x += HEAD_R * fig.scale * 0.55
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

    def breath(P):
        x, y = P(v(0, hip[1] + TORSO * 0.45, -sw))
        x += 10
        return [accent_path("M%s,%s q5,7 0,14" % (n(x + 2), n(y - 7))),
                accent_path("M%s,%s q8,10 0,22" % (n(x + 8), n(y - 11))),
                accent_path("M%s,%s q10,13 0,30" % (n(x + 14), n(y - 15)))]
    fig.extra.append(breath)
    return fig


@pose("cat-cow")
def cat_cow():
    fig = Fig(tilt=8)
    knee = v(0, R_NEAR)
    hip = go(knee, 90, THIGH)
    for z, near in ((HIP_HALF, True), (-HIP_HALF, False)):
        r = R_NEAR if near else R_FAR
        fig.leg([side_z(hip, z), v(0, r, z), v(-SHIN, r, z),
                 v(-SHIN - FOOT, r, z)], near)
    # Shoulders a little above the hips, hands under the shoulders; the
    # elbows stay soft, since these arms are longer than the thighs.
    sh = v(TORSO, hip[1] + 10)
    # back rounded up like a cat: a smooth, moderate hump
    fig.torso(hip, sh, ctrl=(add(hip, v(14, 26, 0)), add(sh, v(-16, 24, 0))))
    fig.head(go(sh, -62, HEAD_D + 2), v(0.2, -1, 0))    # head hangs down
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        r = R_NEAR if near else R_FAR
        s = side_z(sh, z)
        hd = v(sh[0] + 4, r, z)
        e, _ = ik(s, hd, UPPER_ARM, FOREARM, v(-1, 0, 0))
        fig.arm([s, e, hd, add(hd, v(8, 0, 0))],
                near, layer=L_NEAR_ARM if near else L_FAR_LEG)
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
    # figure four, lying on the back: supporting (far) leg bent with the
    # foot flat on the mat; the near ankle rests on the supporting knee,
    # its shin about level and its knee turned out towards the viewer;
    # both hands hold behind the supporting thigh
    fig = Fig(tilt=12, mat=(20, 40))
    hip = v(0, R_NEAR)
    fig.torso(hip, v(-TORSO, R_NEAR))
    supine_head(fig)
    hf = v(0, R_NEAR, -HIP_HALF)
    thigh = 64
    kf = go(hf, thigh, THIGH)
    dy = kf[1] - ANKLE_H
    af = v(kf[0] + math.sqrt(SHIN ** 2 - dy ** 2), ANKLE_H, kf[2])
    fig.leg([hf, kf, af, flat_foot(af, 1)], near=False)
    # crossing leg: ankle on top of the supporting knee, shin level,
    # knee out to the side and up
    hn = v(0, R_NEAR, HIP_HALF)
    ank = add(kf, v(1, W_NEAR - 3, 0))
    kz = ank[2]
    for _ in range(4):              # level on screen: lift the knee for z
        kn = v(ank[0] - SHIN * 0.6,
               ank[1] + (kz - ank[2]) * math.tan(fig.tilt) - 1, 0)
        flat = norm(sub(side_z(kn, 0), side_z(hn, 0)))
        kz = hn[2] + math.sqrt(max(THIGH ** 2 - flat ** 2, 0))
    kn = side_z(kn, kz)
    ank = go(kn, sub(ank, kn), SHIN)
    fig.leg([hn, kn, ank, go(ank, v(0.2, 0.5, -1), FOOT * 0.7)],
            layer=L_TOP)
    # hands hold behind the supporting thigh
    grip = add(go(hf, thigh, THIGH * 0.7), v(3, -5, 0))
    for z, near in ((SHOULDER_HALF, True), (-SHOULDER_HALF, False)):
        s = v(-TORSO, R_NEAR, z)
        e, hd = ik(s, side_z(grip, -HIP_HALF + z * 0.3), UPPER_ARM, FOREARM,
                   v(0, 1, z * 0.15))
        fig.arm([s, e, hd], near)
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
    """Front view: an upright torso of normal width (a filled panel) with
    the head on top. Returns the shoulder centre and half width."""
    sh = go(hip, 90, TORSO)
    fig.torso(hip, sh)
    sw = SHOULDER_HALF * 1.25

    def trunk(P):
        pts = [P(v(0, hip[1] + 2, -HIP_HALF - 2)),
               P(v(0, sh[1], -sw + 4)), P(v(0, sh[1], sw - 4)),
               P(v(0, hip[1] + 2, HIP_HALF + 2))]
        d = "M" + " L".join(f(p) for p in pts) + " Z"
        return [(L_TORSO, '<path d="%s" fill="%s"/>' % (d, INK))]
    fig.extra.append(trunk)
    head_at(fig, 90, v(1, 0, 0))
    return sh, sw


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
