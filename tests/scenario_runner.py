"""The command line shared by the Python test scripts that hold one scenario per function:

    SCRIPT --list                              the scenario names (CMake registers one ctest each)
    SCRIPT --vanban build/vanban [NAME ...]    run the named scenarios (all when none given)

Each scenario gets a fresh temporary folder and a case object from `make_case(vanban, folder)`, which
collects failures in `case.failures`. Exit status: 0 all passed, 1 some failed, 2 unknown scenario.
"""
import argparse
import sys
import tempfile
from pathlib import Path


def run_scenarios(scenarios, make_case, description, prefix):
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vanban", help="the vanban executable (required unless --list)")
    ap.add_argument("--list", action="store_true", help="print the scenario names")
    ap.add_argument("scenario", nargs="*")
    args = ap.parse_args()
    if args.list:
        print("\n".join(scenarios))
        return 0
    if not args.vanban:
        ap.error("--vanban is required")
    vanban = str(Path(args.vanban).resolve())
    failed = 0
    for name in args.scenario or list(scenarios):
        if name not in scenarios:
            print(f"unknown scenario {name!r}; known: {', '.join(scenarios)}", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            case = make_case(vanban, Path(tmp))
            scenarios[name](case)
        if case.failures:
            failed += 1
            print(f"FAIL {name}", file=sys.stderr)
            for f in case.failures:
                print(f"  - {f}", file=sys.stderr)
        else:
            print(f"ok   {name}")
    return 1 if failed else 0
