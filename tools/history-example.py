#!/usr/bin/env python3
"""Writes three months of made-up sessions (twice a day prescribed, some
missed, pain easing, a painful exercise, a few notes, two worse sessions in
a row) as history.jsonl, for docs/report-example.png.

Usage: tools/history-example.py OUT.jsonl
"""
import datetime as dt
import json
import random
import sys

random.seed(7)
NAMES = ["Child's pose", "Knee-to-chest stretch", "Cat–cow", "Cobra pose",
         "Pelvic tilt", "Deep breathing"]
NOTES = {10: "Cobra felt sharp in the lower back; stopped early.",
         33: "Much easier today after a walk.",
         70: "Slept badly, stiff in the morning."}
START = dt.date(2026, 8, 24)


def record(day, slot, hour, pain):
    # Europe/Berlin: summer time ends on 2026-10-25.
    offset = "+02:00" if day < dt.date(2026, 10, 25) else "+01:00"
    start = dt.datetime.fromisoformat(
        f"{day}T{hour:02d}:{random.randint(0, 59):02d}:00{offset}")
    seconds = random.randint(600, 900)
    completed = random.random() > 0.08
    before = max(0, min(10, round(pain + random.uniform(-1, 1))))
    after = max(0, before - random.choice([0, 1, 1, 2]))
    rated = slot == 0 or random.random() < 0.5
    return {
        "format": "posewise-session", "version": 1,
        "id": start.strftime("%Y%m%dT%H%M%S.000%z") + "-8f3a1c2d",
        "routine_title": "Lower back, gentle", "routine_id": "8f3a1c2d4e5f6a7b",
        "started_at": start.isoformat(),
        "ended_at": (start + dt.timedelta(seconds=seconds + 60)).isoformat(),
        "completed": completed, "steps_done": 6 if completed else 3,
        "steps_total": 6, "active_seconds": seconds,
        "pain_before": before if rated else None,
        "pain_after": after if rated else None,
        "effort": random.choice(["easy", "right", "right", "hard"]),
        "note": None,
        "painful_steps": [3] if random.random() < 0.12 else [],
        "prescription": {"times_per_day": 2, "days_per_week": 7, "weeks": 12},
        "step_names": NAMES,
    }


def main():
    pain = 6.0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for d in range(95):
            day = START + dt.timedelta(days=d)
            for slot, hour in enumerate([8, 19]):
                if random.random() < 0.22 and (d, slot) not in ((40, 1), (41, 0)):
                    continue
                rec = record(day, slot, hour, pain)
                if (d, slot) in ((40, 1), (41, 0)):
                    rec["pain_before"] = 3
                    rec["pain_after"] = 5
                if d in NOTES and slot == 1:
                    rec["note"] = NOTES[d]
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            pain = max(1.5, pain - 0.045)


main()
