#!/usr/bin/env python3
"""poses-ftl.py - write assets/i18n/en/poses.ftl from assets/catalogue.json
and the bundled routines.

The catalogue and the routine files stay the English originals; this file
is what translators translate (same ids in assets/i18n/<language>/poses.ftl),
and a test checks that it says exactly what the catalogue says. Run it after
changing the catalogue's text:

    python3 tools/poses-ftl.py

Standard library only.
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROUTINES = ["back-spasm-relief", "gentle-back-yoga", "breathing-reset"]


def ftl_text(text):
    if "\n" in text or text != text.strip():
        sys.exit("poses-ftl: a text has a line break or edge spaces: %r" % text)
    text = text.replace("{side}", "\0")
    for ch in "{}":
        text = text.replace(ch, '{"%s"}' % ch)
    return text.replace("\0", "{ $side }")


def main():
    with open(os.path.join(ROOT, "assets", "catalogue.json"), encoding="utf-8") as fh:
        catalogue = json.load(fh)
    out = [
        "# Posewise: the pose catalogue and the bundled routines, in English.",
        "#",
        "# Written by tools/poses-ftl.py from assets/catalogue.json and routines/:",
        "# change those, not this file. Each other language has a poses.ftl with",
        "# the same ids. In a hold cue, { $side } is \"left\" or \"right\"; a",
        "# translation may choose its words by side:",
        "#   { $side ->",
        "#       [left] …",
        "#      *[right] …",
        "#   }",
        "",
        "## Warning signs",
        "",
    ]
    flags = catalogue["red_flags"]
    for level, key in (("emergency", "emergency"), ("same-day", "same_day")):
        for n, text in enumerate(flags[key], 1):
            out.append("red-flag-%s-%d = %s" % (level, n, ftl_text(text)))
    for pose in catalogue["poses"]:
        pid = pose["id"]
        out += ["", "## %s" % pid, ""]
        out.append("pose-%s-name = %s" % (pid, ftl_text(pose["name"])))
        out.append("pose-%s-english = %s" % (pid, ftl_text(pose["english"])))
        if pose.get("sanskrit"):
            out.append("pose-%s-sanskrit = %s" % (pid, ftl_text(pose["sanskrit"])))
        for field, key in (("step", "instructions"), ("caution", "cautions"),
                           ("avoid", "avoid_if")):
            for n, text in enumerate(pose[key], 1):
                out.append("pose-%s-%s-%d = %s" % (pid, field, n, ftl_text(text)))
        out.append("pose-%s-hold-cue = %s" % (pid, ftl_text(pose["hold_cue"])))
        out.append("pose-%s-helps = %s" % (pid, ftl_text(pose["helps"])))
        out.append("pose-%s-breathing = %s" % (pid, ftl_text(pose["breathing"])))
    out += ["", "## The routines that come with Posewise", ""]
    for rid in ROUTINES:
        path = os.path.join(ROOT, "routines", rid + ".posewise.json")
        with open(path, encoding="utf-8") as fh:
            routine = json.load(fh)
        out.append("routine-%s-title = %s" % (rid, ftl_text(routine["title"])))
        if routine.get("notes"):
            out.append("routine-%s-notes = %s" % (rid, ftl_text(routine["notes"])))
    path = os.path.join(ROOT, "assets", "i18n", "en", "poses.ftl")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
