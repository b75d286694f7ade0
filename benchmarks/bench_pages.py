"""Graph page speed: time to build and write a page of 300, 1,000 and 3,000 actors, its size,
and how long headless Chromium takes to lay it out until the physics stops.

    python benchmarks/bench_pages.py [--sizes 300,1000,3000] [--no-browser]

Figures are printed, never asserted: these machines are shared, so read the ratios of one run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "e2e"))

from graph.pages import ViewOptions, build_page  # noqa: E402
from synthetic import synthetic_graph  # noqa: E402


def _time(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,1000,3000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true", help="Skip the headless Chromium timings.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        folder = Path(tmp)
        rows = []
        for n in sizes:
            G = synthetic_graph(n)
            opts = ViewOptions(max_nodes=n)
            build_s, html_text = _time(lambda: build_page(G, opts), args.repeat)
            path = folder / f"graph-{n}.html"
            write_s, _ = _time(lambda: path.write_text(html_text, encoding="utf-8"), args.repeat)
            rows.append({"n": n, "relations": G.number_of_edges(), "build_s": build_s, "write_s": write_s,
                         "mb": path.stat().st_size / 1e6, "path": path})

        if not args.no_browser:
            from chromium_driver import launch, open_page

            driver = launch(folder / "profile")
            try:
                for row in rows:
                    runs = []
                    for _ in range(2):
                        open_page(driver, row["path"], timeout=600)
                        start_ms, stable_ms = driver.execute_script(
                            "return [window.stategraphStartMs, window.stategraphStableMs]")
                        runs.append((start_ms, stable_ms))
                    row["script_start_s"] = statistics.median(r[0] for r in runs) / 1000
                    row["stable_s"] = statistics.median(r[1] for r in runs) / 1000
            finally:
                driver.quit()

        print(f"{'actors':>7} {'relations':>9} {'build s':>8} {'write s':>8} {'size MB':>8} "
              f"{'parsed s':>9} {'stable s':>9}")
        for row in rows:
            browser = (f"{row['script_start_s']:>9.2f} {row['stable_s']:>9.2f}" if "stable_s" in row
                       else f"{'-':>9} {'-':>9}")
            print(f"{row['n']:>7,} {row['relations']:>9,} {row['build_s']:>8.3f} {row['write_s']:>8.3f} "
                  f"{row['mb']:>8.2f} {browser}")
        print("build: snapshot -> HTML string (fold, select, render); write: to disk; parsed: navigation "
              "to page script start; stable: navigation to physics stopped (both in headless Chromium).")


if __name__ == "__main__":
    main()
