"""Run every benchmark in bench/ and print figures and ratios (no pass/fail).

`python3 dev.py bench` calls this. Each bench_*.py module has a `main()` that prints its own lines.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    only = set(sys.argv[1:])
    failed: list[str] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if only and path.stem not in only and path.stem.removeprefix("bench_") not in only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        print(f"== {path.stem}", flush=True)
        start = time.perf_counter()
        try:
            module.main()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failed.append(path.stem)
            print(f"   FAILED: {type(exc).__name__}: {exc}", flush=True)
            continue
        print(f"   ({time.perf_counter() - start:.1f} s in all)", flush=True)
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    main()
