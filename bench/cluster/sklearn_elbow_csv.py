"""scikit-learn side of whole-process.bench.ts: read the CSV with pandas, then the elbow sweep.

Usage: python3 sklearn_elbow_csv.py FILE.csv KMAX N_INIT
KMeans(n_clusters=k, n_init=N_INIT, random_state=0, algorithm="lloyd") for k = 1..KMAX on every column.
Prints one JSON object: versions, threads, read seconds, per-k inertia and iterations.
"""
import json
import sys
import time

started = time.perf_counter()
import numpy as np  # noqa: E402
import pandas  # noqa: E402
import sklearn  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402

path, k_max, n_init = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
read_started = time.perf_counter()
matrix = pandas.read_csv(path).to_numpy(dtype=np.float64)
read_seconds = time.perf_counter() - read_started
try:
    from threadpoolctl import threadpool_info

    threads = {info["user_api"]: info["num_threads"] for info in threadpool_info()}
except ImportError:
    threads = {}
runs = []
for k in range(1, k_max + 1):
    model = KMeans(n_clusters=k, n_init=n_init, random_state=0, algorithm="lloyd").fit(matrix)
    runs.append({"k": k, "inertia": float(model.inertia_), "iterations": int(model.n_iter_)})
print(
    json.dumps(
        {
            "sklearn": sklearn.__version__,
            "pandas": pandas.__version__,
            "threads": threads,
            "readSeconds": read_seconds,
            "runs": runs,
        }
    )
)
