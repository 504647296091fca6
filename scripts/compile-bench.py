#!/usr/bin/env python3
"""Compile-time scaling of generated methods: the `#[alipay_api]` attribute against the same code written out.

For each N (default 10, 100, 500) it generates N synthetic specs shaped like the real ones (nested object
types, enumerations, arrays, business error codes, examples: `specs/alipay.marketing.card.query.toml` with a
new method name, a few extra fields, enumeration values and error codes that vary from spec to spec), and
two crates that depend on `alipay-apis`:

- `macro`: `#[alipay_apis::alipay_api(method = "...")] pub mod ... {}` once per spec, reading `specs/`;
- `expanded`: the same modules written out as source files (`alipay spec expand`, i.e. alipay-codegen's
  pretty expansion), without the attribute.

Dependencies are built first and not measured. Measured, with `/usr/bin/time -v cargo build -p <crate>` in
the debug profile: the crate's clean build, then a rebuild after editing one spec's description (the macro
crate; the expanded crate gets the equivalent edit of its written-out module). Reported: seconds, peak
memory (max RSS of the compiler), seconds per method, the macro/expanded ratios, the cost of each added
method between sizes, and the generated code size per method (lines of the formatted expansion).

    python3 scripts/compile-bench.py                        # N = 10, 100, 500
    python3 scripts/compile-bench.py --sizes 10,100 --work-dir /tmp/alipay-compile-bench --json results.json

Disk: the dependencies take 1-2 GB under `--work-dir`; each size's crates are cleaned after they are
measured (the N=500 crates alone leave several GB of artifacts and incremental caches while they build).

It needs `cargo`, and GNU time as `/usr/bin/time` (Debian: `apt-get install time`; the script runs that
itself when it is root and the file is missing). The `alipay` binary is built from this repository
(`cargo build --release -p alipay-cli`) unless `--alipay` names one.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATE_METHOD = "alipay.marketing.card.query"
GNU_TIME = Path("/usr/bin/time")


def log(message):
    print(message, file=sys.stderr, flush=True)


def ensure_gnu_time():
    """GNU time reports the compiler's peak memory; install it when missing and possible."""
    def is_gnu():
        if not GNU_TIME.exists():
            return False
        probe = subprocess.run([str(GNU_TIME), "-v", "true"], capture_output=True, text=True)
        return "Maximum resident set size" in probe.stderr

    if is_gnu():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("installing GNU time (apt-get install time) to measure peak memory")
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "time"], check=True)
        if is_gnu():
            return
    sys.exit("GNU time is needed at /usr/bin/time to measure peak memory: install it (Debian: apt-get install time)")


def method_name(index):
    # Method segments are lowercase letters and digits, starting with a letter.
    return f"alipay.bench.m{index:04d}.query"


def module_name(method):
    return method.removeprefix("alipay.").replace(".", "_")


def synthetic_spec(template, index):
    """The template spec under a new name, with 0-3 extra request fields, 0-2 extra enumeration values
    and 0-2 extra error codes, so that the specs are not all the same."""
    method = method_name(index)
    old_key = TEMPLATE_METHOD.replace(".", "_") + "_response"
    new_key = method.replace(".", "_") + "_response"
    text = template.replace(f'method = "{TEMPLATE_METHOD}"', f'method = "{method}"', 1).replace(old_key, new_key)
    text = text.replace('title = "会员卡查询"', f'title = "会员卡查询 {index}"', 1)
    extra = []
    for field in range(index % 4):
        extra.append(
            f'[request.extra_{field}]\ntype = "string"\nmax_length = {16 * (field + 1)}\n'
            f'description = "附加字段 {field}"\nexample = "x{field}"\n'
        )
    for value in range(index % 3):
        extra.append(f'[enums.CodeStatus]\nEXTRA_{value} = "附加状态 {value}"\n')
    for code in range((index // 3) % 3):
        extra.append(f'[errors.EXTRA_ERROR_{code}]\ndescription = "附加错误 {code}"\nsolution = "重试"\n')
    # Extra enumeration values go into the existing table: merge them by appending lines under its header.
    enum_lines = [block.split("\n", 1)[1] for block in extra if block.startswith("[enums.CodeStatus]")]
    tables = [block for block in extra if not block.startswith("[enums.CodeStatus]")]
    if enum_lines:
        marker = 'FAIL_NOT_RETRY = "本次发码失败,且无需支付宝重试(无需重新通知商户发码)"\n'
        if marker not in text:
            sys.exit("the template spec changed: cannot find the CodeStatus enumeration to extend")
        text = text.replace(marker, marker + "".join(enum_lines), 1)
    # Tables after [examples] are fine in TOML; the spec reader does not care about order.
    return method, text.rstrip("\n") + "\n\n" + "\n".join(tables)


def edit_description(text, round_number):
    """One spec edit: the method's description changes."""
    return re.sub(r'^description = "(.*)"$', rf'description = "\1 (edit {round_number})"', text, count=1, flags=re.M)


def build_alipay():
    """The repository's alipay tool, built in its usual target dir ($CARGO_TARGET_DIR, else target/)."""
    log("building the alipay tool (cargo build --release -p alipay-cli)")
    subprocess.run(["cargo", "build", "--release", "-p", "alipay-cli", "--quiet"], cwd=REPO, check=True)
    return Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "alipay"


def expand(alipay, spec_path, common_path):
    result = subprocess.run(
        [str(alipay), "spec", "expand", str(spec_path), "--common", str(common_path)], capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"alipay spec expand {spec_path} failed:\n{result.stderr}")
    return result.stdout


def write_crate(directory, package, modules, variant):
    """A crate depending on alipay-apis; `modules` is [(module, method, expanded code)]."""
    (directory / "src").mkdir(parents=True, exist_ok=True)
    (directory / "Cargo.toml").write_text(
        f'[package]\nname = "{package}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f'[lib]\ndoctest = false\n\n[dependencies]\nalipay-apis = {{ path = "{REPO}" }}\n'
    )
    lines = ["//! Generated by scripts/compile-bench.py.", "#![allow(missing_docs)]", ""]
    for module, method, code in modules:
        if variant == "macro":
            lines.append(f'#[alipay_apis::alipay_api(method = "{method}")]\npub mod {module} {{}}')
        else:
            (directory / "src" / f"{module}.rs").write_text(code)
            lines.append(f"pub mod {module};")
    (directory / "src" / "lib.rs").write_text("\n".join(lines) + "\n")


def timed_build(work_dir, package, env):
    """`cargo build -p package` under GNU time: (wall seconds, max RSS in MiB)."""
    command = [str(GNU_TIME), "-v", "cargo", "build", "-p", package, "--quiet"]
    started = time.monotonic()
    result = subprocess.run(command, cwd=work_dir, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"cargo build -p {package} failed:\n{result.stderr[-6000:]}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    max_rss_mib = int(match.group(1)) / 1024 if match else float("nan")
    return elapsed, max_rss_mib


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,500", help="comma-separated numbers of methods")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/alipay-compile-bench"))
    parser.add_argument("--alipay", type=Path, help="an alipay binary (default: build it)")
    parser.add_argument("--edits", type=int, default=2, help="rebuilds after an edit per crate (the fastest counts)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--optimize-macros",
        action="store_true",
        help="build the proc macro and its dependencies optimised ([profile.dev.build-override] opt-level = 3)",
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    ensure_gnu_time()
    work_dir = args.work_dir.resolve()
    work_dir.mkdir(parents=True, exist_ok=True)
    target_dir = work_dir / "target"
    alipay = args.alipay or build_alipay()

    template = (REPO / "specs" / f"{TEMPLATE_METHOD}.toml").read_text()
    common_text = (REPO / "specs" / "common.toml").read_text()

    # One workspace for every generated crate, so dependencies are built once and locked as in the repository.
    members = [f"{variant}-{size}" for size in sizes for variant in ("macro", "expanded")]
    for member in members:
        shutil.rmtree(work_dir / member, ignore_errors=True)
    manifest = "[workspace]\nresolver = \"3\"\nmembers = [" + ", ".join(f'"{m}"' for m in members) + "]\n"
    if args.optimize_macros:
        manifest += "\n[profile.dev.build-override]\nopt-level = 3\n"
    (work_dir / "Cargo.toml").write_text(manifest)
    shutil.copy(REPO / "Cargo.lock", work_dir / "Cargo.lock")
    env = {key: value for key, value in os.environ.items() if key not in ("CARGO_INCREMENTAL", "RUSTFLAGS")}
    env["CARGO_TARGET_DIR"] = str(target_dir)

    # Every crate of the workspace exists before cargo first reads it.
    generated = {}
    for size in sizes:
        macro_dir, expanded_dir = work_dir / f"macro-{size}", work_dir / f"expanded-{size}"
        (macro_dir / "specs").mkdir(parents=True)
        (macro_dir / "specs" / "common.toml").write_text(common_text)
        modules, line_counts = [], []
        log(f"N={size}: generating specs and expansions")
        for index in range(size):
            method, text = synthetic_spec(template, index)
            spec_path = macro_dir / "specs" / f"{method}.toml"
            spec_path.write_text(text)
            code = expand(alipay, spec_path, macro_dir / "specs" / "common.toml")
            line_counts.append(code.count("\n"))
            modules.append((module_name(method), method, code))
        write_crate(macro_dir, f"macro-{size}", modules, "macro")
        write_crate(expanded_dir, f"expanded-{size}", modules, "expanded")
        generated[size] = (modules, line_counts)

    # Dependencies first, unmeasured.
    log("building the dependencies (not measured)")
    subprocess.run(["cargo", "build", "-p", "alipay-apis", "--quiet"], cwd=work_dir, env=env, check=True)

    results = []
    for size in sizes:
        macro_dir, expanded_dir = work_dir / f"macro-{size}", work_dir / f"expanded-{size}"
        modules, line_counts = generated[size]
        row = {
            "methods": size,
            "optimized_macros": args.optimize_macros,
            "generated_lines_per_method": sum(line_counts) / size,
            "generated_lines_total": sum(line_counts),
        }
        first_module, first_method, _ = modules[0]
        for variant, directory in (("macro", macro_dir), ("expanded", expanded_dir)):
            package = f"{variant}-{size}"
            subprocess.run(["cargo", "clean", "-p", package, "--quiet"], cwd=work_dir, env=env, check=False)
            log(f"N={size}: clean build of the {variant} crate")
            clean_seconds, clean_rss = timed_build(work_dir, package, env)
            edit_times, edit_rss = [], []
            spec_path = macro_dir / "specs" / f"{first_method}.toml"
            for round_number in range(1, args.edits + 1):
                edited = edit_description(spec_path.read_text(), round_number)
                if variant == "macro":
                    spec_path.write_text(edited)
                else:
                    scratch = work_dir / "edited-spec.toml"
                    scratch.write_text(edited)
                    code = expand(alipay, scratch, macro_dir / "specs" / "common.toml")
                    (directory / "src" / f"{first_module}.rs").write_text(code)
                log(f"N={size}: rebuild of the {variant} crate after editing one spec ({round_number})")
                seconds, rss = timed_build(work_dir, package, env)
                edit_times.append(seconds)
                edit_rss.append(rss)
            row[variant] = {
                "clean_s": clean_seconds,
                "clean_max_rss_mib": clean_rss,
                "clean_s_per_method": clean_seconds / size,
                "edit_s": min(edit_times),
                "edit_s_all": edit_times,
                "edit_max_rss_mib": max(edit_rss),
            }
            # Put the spec back for the other variant.
            spec_path.write_text(synthetic_spec(template, 0)[1])
        row["clean_ratio_macro_to_expanded"] = row["macro"]["clean_s"] / row["expanded"]["clean_s"]
        row["edit_ratio_macro_to_expanded"] = row["macro"]["edit_s"] / row["expanded"]["edit_s"]
        row["rss_ratio_macro_to_expanded"] = row["macro"]["clean_max_rss_mib"] / row["expanded"]["clean_max_rss_mib"]
        results.append(row)
        print(json.dumps(row), flush=True)
        # The crates' own artifacts and incremental caches run to gigabytes at N=500: drop them, keep the deps.
        subprocess.run(
            ["cargo", "clean", "-p", f"macro-{size}", "-p", f"expanded-{size}", "--quiet"], cwd=work_dir, env=env, check=False
        )

    print()
    print(f"{'N':>5} {'variant':<9} {'clean s':>8} {'s/method':>9} {'edit s':>7} {'peak MiB':>9} {'lines/method':>13}")
    for row in results:
        for variant in ("macro", "expanded"):
            v = row[variant]
            print(
                f"{row['methods']:>5} {variant:<9} {v['clean_s']:>8.2f} {v['clean_s_per_method']:>9.4f} "
                f"{v['edit_s']:>7.2f} {v['clean_max_rss_mib']:>9.0f} {row['generated_lines_per_method']:>13.0f}"
            )
        print(
            f"{row['methods']:>5} {'ratio':<9} {row['clean_ratio_macro_to_expanded']:>8.3f} {'':>9} "
            f"{row['edit_ratio_macro_to_expanded']:>7.3f} {row['rss_ratio_macro_to_expanded']:>9.3f}"
        )
    print()
    print("cost of each added method (clean build, seconds per method between sizes):")
    for previous, current in zip(results, results[1:]):
        added = current["methods"] - previous["methods"]
        for variant in ("macro", "expanded"):
            marginal = (current[variant]["clean_s"] - previous[variant]["clean_s"]) / added
            print(f"  {previous['methods']}->{current['methods']} {variant:<9} {marginal:.4f} s/method")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
