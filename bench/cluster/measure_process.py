"""Runs one command as a child process and reports its wall time and peak RSS (whole process, threads
included) as one JSON line: {"seconds", "maxRssMb", "status", "stdout", "stderr"}. Used by
whole-process.bench.ts for both sides, so ours and scikit-learn's are measured the same way.

Usage: python3 measure_process.py COMMAND [ARG ...]
"""
import json
import resource
import subprocess
import sys
import time

started = time.perf_counter()
child = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
print(
    json.dumps(
        {
            "seconds": seconds,
            # ru_maxrss of RUSAGE_CHILDREN: the largest waited-for child's peak, in KiB on Linux.
            "maxRssMb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "status": child.returncode,
            "stdout": child.stdout,
            "stderr": child.stderr[-2000:],
        }
    )
)
