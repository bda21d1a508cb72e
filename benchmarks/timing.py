"""The timing helpers the benchmarks share, so they all report the same kind of median and growth."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``fn`` in milliseconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


#: The script sizes every benchmark runs at unless told otherwise.
SIZES = (100, 1000, 5000)


def shot_counts(text: str) -> list[int]:
    """``--shots 100,1000,5000`` as numbers."""
    return [int(part) for part in text.split(",") if part.strip()]


def growth(results: dict[int, dict[str, float]], labels: dict[str, str], unit: str = "ms") -> None:
    """Print how each figure grows with the script: its value at each size and the factor from the smallest."""
    sizes = sorted(results)
    if len(sizes) < 2:
        return
    print(
        f"\nhow cost grows with the script ({', '.join(f'{n:,}' for n in sizes)} shots; x = times the smallest):"
    )
    for key, label in labels.items():
        base = results[sizes[0]][key]
        cells = "  ".join(
            f"{results[n][key]:9.2f} {unit} ({results[n][key] / max(base, 1e-9):5.1f}x)" for n in sizes
        )
        print(f"  {label:<34} {cells}")
