"""Records a PulseAudio source like `parec`, and notes the monotonic time
at which each piece of sound arrives, so that a capture can be judged in
real time and not only in the sound server's own sample clock (a null sink
may run some tens of ppm off the system clock).
Usage: timed_record.py SOURCE OUT.wav OUT_TIMES.csv   (stop it with SIGINT)
The CSV has one line per read: frames recorded so far, monotonic seconds."""
import os, signal, subprocess, sys, time, wave

RATE, CHANNELS, WIDTH = 48000, 2, 2


def main(source, wav_path, times_path):
    parec = subprocess.Popen(
        ["parec", "-d", source, "--latency-msec=10", "--raw", "--format=s16le",
         f"--rate={RATE}", f"--channels={CHANNELS}"], stdout=subprocess.PIPE)
    stop = []
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    frame_bytes = CHANNELS * WIDTH
    with wave.open(wav_path, "wb") as wav, open(times_path, "w") as times:
        wav.setnchannels(CHANNELS)
        wav.setsampwidth(WIDTH)
        wav.setframerate(RATE)
        pending, frames = b"", 0
        fd = parec.stdout.fileno()
        while not stop:
            try:
                data = os.read(fd, 1 << 14)
            except InterruptedError:
                continue
            now = time.monotonic()
            if not data:
                break
            pending += data
            whole = len(pending) - len(pending) % frame_bytes
            wav.writeframes(pending[:whole])
            pending = pending[whole:]
            frames += whole // frame_bytes
            times.write(f"{frames},{now:.6f}\n")
    parec.terminate()
    parec.wait()


if __name__ == "__main__":
    main(*sys.argv[1:4])
