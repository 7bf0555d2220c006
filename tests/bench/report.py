#!/usr/bin/env python3
"""Writes build/bench/report.md and a chart per measure from the RESULT lines
the benchmarks print (tests/bench/benchresult.h).

    report.py RESULTS OUTDIR "machine description"

A RESULT line:
    RESULT key portaldesk=… reference=… unit=ms better=lower goal=0.3 runs=5
           min=… max=… refmin=… refmax=… refname=LibreOffice | label
"""
import datetime
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def parse(path):
    results = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("RESULT "):
                continue
            head, _, label = line.rstrip("\n").partition(" | ")
            fields = head.split()
            result = {"key": fields[1], "label": label.strip()}
            for field in fields[2:]:
                name, _, value = field.partition("=")
                result[name] = value
            for name in ("portaldesk", "reference", "goal", "min", "max", "refmin", "refmax"):
                result[name] = float(result[name])
            result["runs"] = int(result["runs"])
            result["refname"] = result["refname"].replace("_", " ")
            result["ratio"] = result["portaldesk"] / result["reference"] if result["reference"] else float("nan")
            higher = result["better"] == "higher"
            goal = result["goal"]
            result["met"] = None if not goal else (result["ratio"] >= goal if higher else result["ratio"] <= goal)
            results.append(result)
    return results


def figure(value, unit):
    if unit == "ms" and value >= 10000:
        return f"{value / 1000:.1f} s"
    if value >= 100:
        return f"{value:,.0f} {unit}".strip()
    return f"{value:.3g} {unit}".strip()


def chart(result, path):
    fig, ax = plt.subplots(figsize=(7, 2.2), dpi=100)
    names = ["PortalDesk", result["refname"]]
    values = [result["portaldesk"], result["reference"]]
    low = [result["portaldesk"] - result["min"], result["reference"] - result["refmin"]]
    high = [result["max"] - result["portaldesk"], result["refmax"] - result["reference"]]
    colours = ["#2a6fb0", "#9a9a9a"]
    ax.barh(names, values, xerr=[low, high], color=colours, capsize=4)
    ax.invert_yaxis()
    ax.set_xlabel(result["unit"] + (" (more is better)" if result["better"] == "higher" else " (less is better)"))
    goal = result["goal"]
    title = f"{result['key']}: ratio {result['ratio']:.2f}"
    if goal:
        title += f" (goal {'≥' if result['better'] == 'higher' else '≤'} {goal:g})"
        ax.axvline(result["reference"] * goal, color="#c0392b", linestyle="--", linewidth=1)
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main():
    if len(sys.argv) != 4:
        print("usage: report.py RESULTS OUTDIR MACHINE", file=sys.stderr)
        return 2
    results = parse(sys.argv[1])
    outdir = sys.argv[2]
    os.makedirs(os.path.join(outdir, "charts"), exist_ok=True)
    rows = []
    for r in results:
        chart(r, os.path.join(outdir, "charts", r["key"] + ".png"))
        goal = "" if not r["goal"] else ("≥ " if r["better"] == "higher" else "≤ ") + f"{r['goal']:g}"
        met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
        rows.append(
            f"| {r['label']} | {figure(r['portaldesk'], r['unit'])} ({figure(r['min'], '')}–{figure(r['max'], '')}) "
            f"| {r['refname']}: {figure(r['reference'], r['unit'])} ({figure(r['refmin'], '')}–{figure(r['refmax'], '')}) "
            f"| {r['ratio']:.2f} | {goal} | {met} | [chart](charts/{r['key']}.png) |"
        )
    with open(os.path.join(outdir, "report.md"), "w", encoding="utf-8") as report:
        report.write(f"# PortalDesk benchmarks, {datetime.date.today().isoformat()}\n\n")
        report.write(f"{sys.argv[3]}\n\n")
        report.write("Medians of the runs, the spread (fastest–slowest) in brackets; "
                     "ratio = PortalDesk / reference.\n\n")
        report.write("| measure | PortalDesk | reference | ratio | goal | met | |\n")
        report.write("| --- | --- | --- | --- | --- | --- | --- |\n")
        report.write("\n".join(rows) + "\n")
    print(os.path.join(outdir, "report.md"))
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
