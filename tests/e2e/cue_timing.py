"""Compare a captured recording with a plan: align the first sound with the
first cue, then every cue must start a sound within the tolerance.
Usage: cue_timing.py capture.wav plan.json TOLERANCE_MS
Prints a summary; exits 1 when a cue is missing, early/late, or extra."""
import array, json, sys, wave


def loudness_per_ms(path):
    with wave.open(path, "rb") as w:
        channels, rate, width = w.getnchannels(), w.getframerate(), w.getsampwidth()
        assert width == 2, "expects 16-bit PCM"
        data = array.array("h", w.readframes(w.getnframes()))
    per = rate // 1000 * channels
    return [max(abs(v) for v in data[i:i + per]) / 32768.0 for i in range(0, len(data) - per + 1, per)]


def onsets(loudness, threshold=0.01):
    return [i for i in range(len(loudness))
            if loudness[i] > threshold and all(v <= threshold for v in loudness[max(0, i - 5):i])]


def main(wav, plan_path, tolerance):
    plan = json.load(open(plan_path))
    found = onsets(loudness_per_ms(wav))
    if not found:
        print("no sound captured")
        return 1
    shift = found[0] - plan["cues"][0]["at_ms"]
    errors, missing, used = [], [], set()
    for cue in plan["cues"]:
        near = [o for o in found if abs(o - shift - cue["at_ms"]) <= tolerance]
        if near:
            best = min(near, key=lambda o: abs(o - shift - cue["at_ms"]))
            used.add(best)
            errors.append(best - shift - cue["at_ms"])
        else:
            missing.append(f"{cue['kind']}@{cue['at_ms']}")
    extra = [o - shift for o in found if o not in used]
    worst = max((abs(e) for e in errors), default=None)
    print(json.dumps({"cues": len(plan["cues"]), "matched": len(errors), "missing": missing,
                      "extra_onsets_ms": extra[:8], "max_error_ms": worst,
                      "errors_ms": errors, "first_sound_at_ms_in_capture": found[0]}))
    return 0 if not missing and not extra else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
