"""Runs one command as a child process and reports its wall time and peak RSS (whole process, threads
included) as one JSON line: {"seconds", "cpuSeconds", "maxRssMb", "status", "stdout", "stderr"}. CPU
seconds (user + system, all threads) are steadier than wall time on a machine shared with other work. Used by
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
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(
    json.dumps(
        {
            "seconds": seconds,
            "cpuSeconds": usage.ru_utime + usage.ru_stime,
            # ru_maxrss of RUSAGE_CHILDREN: the largest waited-for child's peak, in KiB on Linux.
            "maxRssMb": usage.ru_maxrss / 1024,
            "status": child.returncode,
            "stdout": child.stdout,
            "stderr": child.stderr[-2000:],
        }
    )
)
