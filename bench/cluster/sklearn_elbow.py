"""scikit-learn side of bench/cluster/elbow.bench.ts: the same elbow sweep on the same matrix.

Usage: python3 sklearn_elbow.py MATRIX.f64 ROWS COLUMNS KMAX RESTARTS
MATRIX.f64 holds ROWS x COLUMNS little-endian doubles, row-major (written by the TypeScript side).
Prints one JSON object: version, threads, total seconds, per-k inertia / iterations / seconds, peak RSS.
"""
import json
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans

path, rows, columns, k_max, restarts = sys.argv[1], *map(int, sys.argv[2:6])
matrix = np.fromfile(path, dtype="<f8").reshape(rows, columns)
try:
    from threadpoolctl import threadpool_info

    threads = {info["user_api"]: info["num_threads"] for info in threadpool_info()}
except ImportError:
    threads = {}
runs = []
start = time.perf_counter()
for k in range(1, k_max + 1):
    began = time.perf_counter()
    model = KMeans(n_clusters=k, n_init=restarts, random_state=0, algorithm="lloyd").fit(matrix)
    runs.append(
        {"k": k, "inertia": float(model.inertia_), "iterations": int(model.n_iter_), "seconds": time.perf_counter() - began}
    )
print(
    json.dumps(
        {
            "version": sklearn.__version__,
            "threads": threads,
            "seconds": time.perf_counter() - start,
            "runs": runs,
            "maxRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )
)
