"""How cue timing holds up over a long capture: aligned on the first cue,
the error of every cue, the least-squares slope of the error (ms per
minute), and a table of the mean error every few minutes.
Usage: cue_drift.py capture.wav plan.json TOLERANCE_MS TABLE_MINUTES [TIMES.csv]
With TIMES.csv (from timed_record.py) sounds are placed in real, monotonic
time; without it, in the capture's own sample clock.
Exits 1 when a cue is missing, extra, or off by more than the tolerance."""
import json, sys
from cue_timing import loudness_per_ms, onsets

MATCH_MS = 200  # look this far for a cue's sound, to measure even bad errors
# A cue this long after the one before follows a silence through which the
# output stream rested (closed), so it is the first sound of a new stream.
AFTER_REST_MS = 6000


def line(points):
    """Least-squares slope and intercept of y over x."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0
    return slope, my - slope * mx


def real_time(found, times_path):
    """Maps capture milliseconds to monotonic milliseconds, by a line
    through the arrival times of the recorded frames."""
    rows = [l.split(",") for l in open(times_path) if l.strip()]
    points = [(int(f) / 48.0, float(t) * 1000.0) for f, t in rows]
    # Reads are late by a varying amount, never early: fit the line, then
    # shift it down to the earliest arrivals.
    slope, intercept = line(points)
    intercept += min(t - (intercept + slope * f) for f, t in points)
    print(f"capture clock: {(1 / slope - 1) * 1e6:+.1f} ppm against the monotonic clock")
    t0 = intercept + slope * found[0]
    return [round(intercept + slope * o - t0 + found[0], 1) for o in found]


def main(wav, plan_path, tolerance, table_minutes=3, times_path=None):
    cues = json.load(open(plan_path))["cues"]
    found = onsets(loudness_per_ms(wav))
    if found and times_path:
        found = real_time(found, times_path)
    if not found:
        print("no sound captured")
        return 1
    shift = found[0] - cues[0]["at_ms"]
    points, missing, used, after_rest, previous = [], [], set(), [], None
    for cue in cues:
        near = [o for o in found if abs(o - shift - cue["at_ms"]) <= MATCH_MS and o not in used]
        if not near:
            missing.append(f"{cue['kind']}@{cue['at_ms']}")
            continue
        best = min(near, key=lambda o: abs(o - shift - cue["at_ms"]))
        used.add(best)
        points.append((cue["at_ms"] / 60000.0, best - shift - cue["at_ms"]))
        if previous is not None and cue["at_ms"] - previous >= AFTER_REST_MS:
            after_rest.append(best - shift - cue["at_ms"])
        previous = cue["at_ms"]
    extra = [o - shift for o in found if o not in used]
    n = len(points)
    slope, _ = line(points)
    worst = max(abs(y) for _, y in points)
    table = []
    minute = 0
    while minute <= points[-1][0]:
        near = [y for x, y in points if abs(x - minute) <= 0.5]
        if near:
            table.append((minute, round(sum(near) / len(near), 1)))
        minute += table_minutes
    over = [(round(x, 2), y) for x, y in points if abs(y) > tolerance]
    if times_path:
        errors = sorted(abs(y) for _, y in points)
        median = errors[len(errors) // 2]
        span = round(points[-1][0])
        print(f"figure: cue onset error, median over {n} cues ({span} min capture) "
              f"| {median:.1f} | ms | ≤ 30")
        print(f"figure: cue onset error, worst of {n} cues | {worst:.1f} | ms | ≤ 30")
        if after_rest:
            rest_worst = max(abs(e) for e in after_rest)
            print(f"figure: first cue after a silence the stream rested through, worst of "
                  f"{len(after_rest)} | {rest_worst:.1f} | ms | ≤ 5")
    print("minute | " + " | ".join(str(m) for m, _ in table))
    print("ms     | " + " | ".join(str(e) for _, e in table))
    print(json.dumps({"cues": len(cues), "matched": n, "missing": missing[:8],
                      "extra_onsets_ms": extra[:8], "max_error_ms": round(worst, 1),
                      "slope_ms_per_minute": round(slope, 3),
                      "over_tolerance": over[:8]}))
    return 0 if not missing and not extra and not over else 1


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[0], args[1], float(args[2]), *(int(a) for a in args[3:4]), *args[4:5]))
