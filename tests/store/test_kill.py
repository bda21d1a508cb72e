"""Killing Studio mid-edit loses at most the edit in flight; the file always opens."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from studio.models.serial import project_to_dict
from studio.store.document import ProjectFile

EDITOR = textwrap.dedent(
    """
    import hashlib, json, random, sys
    from studio.models import ops
    from studio.models.entities import Shot
    from studio.models.serial import project_to_dict
    from studio.store.document import ProjectFile

    def digest(project):
        data = project_to_dict(project)
        data["project"]["modified"] = ""
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    pf = ProjectFile.open(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    p = pf.project
    script = p.scripts[0]
    alts = [a for b in script.beats for a in b.alternatives]
    i = 0
    while True:
        i += 1
        with pf.batch():
            choice = rng.random()
            if choice < 0.5:
                shot = rng.choice([s for a in alts for s in a.shots])
                ops.set_field(p, shot, rng.choice(["notes", "voiceover", "visual"]), f"编辑 {i} ✂️")
            elif choice < 0.7:
                alt = rng.choice(alts)
                ops.insert_shot(p, alt, rng.randint(0, len(alt.shots)), Shot(duration_ds=rng.randint(5, 40)))
            elif choice < 0.85:
                shot = rng.choice([s for a in alts for s in a.shots])
                target = rng.choice(alts)
                ops.move_shot(p, shot, target, rng.randint(0, len(target.shots)))
            else:
                candidates = [a for a in alts if len(a.shots) > 1]
                if candidates:
                    alt = rng.choice(candidates)
                    ops.remove_shot(p, rng.choice(alt.shots))
            print("pending", digest(p), flush=True)
        print("done", digest(p), flush=True)
    """
)


def digest(pf: ProjectFile) -> str:
    data = project_to_dict(pf.project)
    data["project"]["modified"] = ""
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def test_sigkill_at_random_moments_keeps_last_committed_state(sample_path: Path) -> None:
    rng = random.Random(20261121)
    with ProjectFile.open(sample_path) as pf:
        committed = digest(pf)
    for round_no in range(50):
        proc = subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(sample_path), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        # Wait until the editor is running, then kill it after a random number of edits or time.
        first = proc.stdout.readline()
        assert first.startswith("pending"), proc.stderr.read() if proc.stderr else first
        pending = first.split()[1]
        edits = rng.randint(0, 40)
        lines = []
        for _ in range(edits):
            lines.append(proc.stdout.readline())
        time.sleep(rng.random() * 0.02)
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait(10)
        for line in [*lines, *rest.splitlines()]:
            parts = line.split()
            if len(parts) != 2:
                continue
            if parts[0] == "pending":
                pending = parts[1]
            elif parts[0] == "done":
                committed = parts[1]
        with ProjectFile.open(sample_path) as pf:
            state = digest(pf)
        assert state in (committed, pending), f"round {round_no}: lost a committed edit"
        committed = state
