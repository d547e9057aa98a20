"""R/F/M per member with pandas, as bench/rfm/rfm-cli.bench.ts times it: the whole process, import included.

read_csv (dates parsed), then per member: last order date, distinct orders, amount sum; recency = days from
the last order to the day after the latest order in the file (the command line's default --as-of).
Prints the number of members, which the benchmark compares with the command line's.
"""
import sys

import pandas as pd

orders = pd.read_csv(sys.argv[1], parse_dates=["order_date"])
members = orders.groupby("member_id").agg(
    last=("order_date", "max"), frequency=("order_id", "nunique"), monetary=("amount", "sum")
)
as_of = orders["order_date"].max() + pd.Timedelta(days=1)
members["recency_days"] = (as_of - members["last"]).dt.days
print(len(members))
