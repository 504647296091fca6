#!/usr/bin/env python3
"""Prints criterion's results as ratios to the RSA floor of the same group.

Every group of the workspace's benches (`cargo bench --bench client`, `cargo bench -p alipay-core --bench rsa`)
that holds a `floor/...` benchmark is printed as one table: each benchmark's time, and that time divided by the
floor's. Reads `<target dir>/criterion/**/new/{benchmark,estimates}.json`.

    python3 scripts/bench-report.py                    # $CARGO_TARGET_DIR, else ./target
    python3 scripts/bench-report.py --target-dir /work/target-bench --json
"""

import argparse
import json
import os
import sys
from pathlib import Path


def estimate(estimates):
    """The per-iteration time in ns: the slope of a linear sampling run, else the mean; with its 95% interval."""
    chosen = estimates.get("slope") or estimates["mean"]
    interval = chosen["confidence_interval"]
    return chosen["point_estimate"], interval["lower_bound"], interval["upper_bound"]


def load(root):
    groups = {}
    for benchmark_file in sorted(root.glob("**/new/benchmark.json")):
        estimates_file = benchmark_file.with_name("estimates.json")
        if not estimates_file.exists():
            continue
        benchmark = json.loads(benchmark_file.read_text())
        point, low, high = estimate(json.loads(estimates_file.read_text()))
        group = benchmark.get("group_id") or ""
        name = benchmark.get("function_id") or benchmark.get("full_id")
        groups.setdefault(group, []).append({"name": name, "ns": point, "low_ns": low, "high_ns": high})
    return groups


def format_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.3f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target-dir", type=Path, default=Path(os.environ.get("CARGO_TARGET_DIR", "target")))
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args()

    root = args.target_dir / "criterion"
    groups = load(root)
    if not groups:
        sys.exit(f"no criterion results under {root}: run `cargo bench` first (with the same CARGO_TARGET_DIR)")

    report = {}
    for group in sorted(groups):
        rows = groups[group]
        floors = [row for row in rows if row["name"].startswith("floor/")]
        if not floors:
            continue
        floor = floors[0]
        for row in rows:
            row["ratio_to_floor"] = row["ns"] / floor["ns"]
        rows.sort(key=lambda row: (not row["name"].startswith("floor/"), row["name"]))
        report[group] = {"floor": floor["name"], "benchmarks": rows}

    if args.json:
        print(json.dumps(report, indent=2))
        return
    for group, entry in report.items():
        print(f"{group}   (ratio = time / {entry['floor']})")
        for row in entry["benchmarks"]:
            interval = f"[{format_time(row['low_ns'])} .. {format_time(row['high_ns'])}]"
            print(f"  {row['name']:<28} {format_time(row['ns']):>11}  {interval:<27} x{row['ratio_to_floor']:.3f}")
        print()


if __name__ == "__main__":
    main()
