// AssemblyScript source of the k-means WebAssembly kernel (f64x2 SIMD). `npm run build:wasm` compiles it to
// src/cluster/wasm/kmeans-kernel-bytes.ts; test/cluster/wasm/kernel-bytes-fresh.test.ts fails when that file
// is stale. The JavaScript kernel (src/cluster/assign-step.ts, kmeans-plus-plus.ts, cluster-sums.ts,
// weighted-inertia.ts) is the reference: every function here does the same floating-point operations in the
// same order, so results are bit-identical (WebAssembly has no fused multiply-add outside relaxed SIMD, and
// f64x2 lanes round as scalar doubles do). Pointers are byte offsets into this module's memory, laid out by
// src/cluster/wasm/wasm-kernel.ts; nothing here allocates.

// Centres tied within this relative squared distance are left to the JavaScript tie-break (break-tie.ts).
const TIE_FACTOR: f64 = 1 + 1e-10;

/** Rows whose label changed in the last assignStep call (read by the caller after each call). */
let changedRows: i32 = 0;

export function changed(): i32 {
  return changedRows;
}

/** First byte the caller may use (after this module's static data). */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * One Hamerly assignment step over rows start..rows-1 (assign-step.ts). Returns `rows` when done, or the
 * row where the two nearest centres tie: its bounds are already updated; the caller breaks the tie, updates
 * that row's bounds, label and sums, and calls again from the next row. `centersT` holds the centres as
 * column pairs ((c0 col j, c1 col j), ..., odd k padded with +Infinity): one f64x2 per pair and column.
 */
export function assignStep(
  data: usize,
  rows: i32,
  columns: i32,
  weights: usize,
  k: i32,
  centers: usize,
  centersT: usize,
  labels: usize,
  upper: usize,
  lower: usize,
  sums: usize,
  clusterWeights: usize,
  shifts: usize,
  halfGaps: usize,
  full: bool,
  start: i32,
  largestCenter: i32,
  largestShift: f64,
  secondShift: f64,
): i32 {
  const pairs = (k + 1) >> 1;
  const rowBytes = (<usize>columns) << 3;
  for (let row = start; row < rows; row++) {
    const rowAt = data + <usize>row * rowBytes;
    const labelAt = labels + ((<usize>row) << 2);
    const upperAt = upper + ((<usize>row) << 3);
    const lowerAt = lower + ((<usize>row) << 3);
    const assigned = load<i32>(labelAt);
    if (!full) {
      const upperBound = load<f64>(upperAt) + load<f64>(shifts + ((<usize>assigned) << 3));
      const lowerBound = load<f64>(lowerAt) - (assigned == largestCenter ? secondShift : largestShift);
      store<f64>(lowerAt, lowerBound);
      const gap = load<f64>(halfGaps + ((<usize>assigned) << 3));
      const bound = gap > lowerBound ? gap : lowerBound;
      if (upperBound <= bound) {
        store<f64>(upperAt, upperBound);
        continue;
      }
      const centerAt = centers + <usize>assigned * rowBytes;
      let tightSq: f64 = 0;
      for (let column = 0; column < columns; column++) {
        const difference =
          load<f64>(rowAt + ((<usize>column) << 3)) - load<f64>(centerAt + ((<usize>column) << 3));
        tightSq += difference * difference;
      }
      const tightened = sqrt<f64>(tightSq);
      store<f64>(upperAt, tightened);
      if (tightened <= bound) continue;
    }
    // Per lane (even centres, odd centres): the nearest distance, its centre and the second nearest, without
    // branches (a data-dependent branch per centre mispredicts often); then the two lanes merged. Same result
    // as the JavaScript kernel's scan: the first centre at the least distance, the second-least value.
    let bestPair = f64x2.splat(Infinity);
    let secondPair = f64x2.splat(Infinity);
    let indexPair = f64x2.splat(0);
    let centerIndex = f64x2(0, 1);
    const two = f64x2.splat(2);
    if (columns == 3) {
      const first = f64x2.splat(load<f64>(rowAt));
      const second = f64x2.splat(load<f64>(rowAt, 8));
      const third = f64x2.splat(load<f64>(rowAt, 16));
      for (let pair = 0; pair < pairs; pair++) {
        const pairAt = centersT + <usize>pair * 48;
        const d0 = f64x2.sub(first, v128.load(pairAt));
        const d1 = f64x2.sub(second, v128.load(pairAt, 16));
        const d2 = f64x2.sub(third, v128.load(pairAt, 32));
        const distances = f64x2.add(f64x2.add(f64x2.mul(d0, d0), f64x2.mul(d1, d1)), f64x2.mul(d2, d2));
        const nearer = f64x2.lt(distances, bestPair);
        secondPair = v128.bitselect(bestPair, f64x2.pmin(secondPair, distances), nearer);
        bestPair = v128.bitselect(distances, bestPair, nearer);
        indexPair = v128.bitselect(centerIndex, indexPair, nearer);
        centerIndex = f64x2.add(centerIndex, two);
      }
    } else {
      for (let pair = 0; pair < pairs; pair++) {
        const pairAt = centersT + <usize>pair * ((<usize>columns) << 4);
        let distances = f64x2.splat(0);
        for (let column = 0; column < columns; column++) {
          const difference = f64x2.sub(
            f64x2.splat(load<f64>(rowAt + ((<usize>column) << 3))),
            v128.load(pairAt + ((<usize>column) << 4)),
          );
          distances = f64x2.add(distances, f64x2.mul(difference, difference));
        }
        const nearer = f64x2.lt(distances, bestPair);
        secondPair = v128.bitselect(bestPair, f64x2.pmin(secondPair, distances), nearer);
        bestPair = v128.bitselect(distances, bestPair, nearer);
        indexPair = v128.bitselect(centerIndex, indexPair, nearer);
        centerIndex = f64x2.add(centerIndex, two);
      }
    }
    const evenSq = f64x2.extract_lane(bestPair, 0);
    const oddSq = f64x2.extract_lane(bestPair, 1);
    const evenIndex = <i32>f64x2.extract_lane(indexPair, 0);
    const oddIndex = <i32>f64x2.extract_lane(indexPair, 1);
    const oddWins = oddSq < evenSq || (oddSq == evenSq && oddIndex < evenIndex);
    const best = oddWins ? oddIndex : evenIndex;
    const bestSq = oddWins ? oddSq : evenSq;
    const otherSq = oddWins ? evenSq : oddSq;
    const ownSecondSq = oddWins ? f64x2.extract_lane(secondPair, 1) : f64x2.extract_lane(secondPair, 0);
    const secondSq = otherSq < ownSecondSq ? otherSq : ownSecondSq;
    if (secondSq <= bestSq * TIE_FACTOR) return row;
    store<f64>(upperAt, sqrt<f64>(bestSq));
    store<f64>(lowerAt, sqrt<f64>(secondSq));
    if (best != assigned) {
      if (!full) {
        const weight = load<f64>(weights + ((<usize>row) << 3));
        moveWeight(rowAt, columns, weight, assigned, best, sums, clusterWeights);
      }
      store<i32>(labelAt, best);
      changedRows++;
    }
  }
  return rows;
}

/** Starts a new assignStep: resets the count of changed labels. */
export function resetChanged(): void {
  changedRows = 0;
}

/** Adds one to the changed-label count (a tie row the caller relabelled). */
export function countChanged(): void {
  changedRows++;
}

function moveWeight(
  rowAt: usize,
  columns: i32,
  weight: f64,
  from: i32,
  to: i32,
  sums: usize,
  clusterWeights: usize,
): void {
  const fromAt = sums + ((<usize>from * <usize>columns) << 3);
  const toAt = sums + ((<usize>to * <usize>columns) << 3);
  for (let column = 0; column < columns; column++) {
    const offset = (<usize>column) << 3;
    const value = weight * load<f64>(rowAt + offset);
    store<f64>(fromAt + offset, load<f64>(fromAt + offset) - value);
    store<f64>(toAt + offset, load<f64>(toAt + offset) + value);
  }
  const fromWeightAt = clusterWeights + ((<usize>from) << 3);
  const toWeightAt = clusterWeights + ((<usize>to) << 3);
  store<f64>(fromWeightAt, load<f64>(fromWeightAt) - weight);
  store<f64>(toWeightAt, load<f64>(toWeightAt) + weight);
}

/** Weighted coordinate sums and weight per label (cluster-sums.ts clusterSums); both outputs zeroed first. */
export function clusterSums(
  data: usize,
  rows: i32,
  columns: i32,
  weights: usize,
  labels: usize,
  k: i32,
  sums: usize,
  clusterWeights: usize,
): void {
  memory.fill(sums, 0, (<usize>k * <usize>columns) << 3);
  memory.fill(clusterWeights, 0, (<usize>k) << 3);
  const rowBytes = (<usize>columns) << 3;
  for (let row = 0; row < rows; row++) {
    const label = load<i32>(labels + ((<usize>row) << 2));
    const weight = load<f64>(weights + ((<usize>row) << 3));
    const weightAt = clusterWeights + ((<usize>label) << 3);
    store<f64>(weightAt, load<f64>(weightAt) + weight);
    const sumAt = sums + <usize>label * rowBytes;
    const rowAt = data + <usize>row * rowBytes;
    for (let column = 0; column < columns; column++) {
      const offset = (<usize>column) << 3;
      store<f64>(sumAt + offset, load<f64>(sumAt + offset) + weight * load<f64>(rowAt + offset));
    }
  }
}

/** Σ weight × squared distance to the label's centre (weighted-inertia.ts). */
export function inertia(
  data: usize,
  rows: i32,
  columns: i32,
  weights: usize,
  labels: usize,
  centers: usize,
): f64 {
  const rowBytes = (<usize>columns) << 3;
  let total: f64 = 0;
  for (let row = 0; row < rows; row++) {
    const centerAt = centers + <usize>load<i32>(labels + ((<usize>row) << 2)) * rowBytes;
    const rowAt = data + <usize>row * rowBytes;
    let distanceSq: f64 = 0;
    for (let column = 0; column < columns; column++) {
      const difference =
        load<f64>(rowAt + ((<usize>column) << 3)) - load<f64>(centerAt + ((<usize>column) << 3));
      distanceSq += difference * difference;
    }
    total += load<f64>(weights + ((<usize>row) << 3)) * distanceSq;
  }
  return total;
}

/**
 * k-means++: lowers each row's squared distance to the nearest chosen centre with the centre at `center`
 * and writes the running weighted potential to `cumulative`; returns the potential (kmeans-plus-plus.ts).
 */
export function absorbCenter(
  data: usize,
  rows: i32,
  columns: i32,
  weights: usize,
  center: usize,
  closestSq: usize,
  cumulative: usize,
): f64 {
  const rowBytes = (<usize>columns) << 3;
  let running: f64 = 0;
  for (let row = 0; row < rows; row++) {
    const rowAt = data + <usize>row * rowBytes;
    let distanceSq: f64 = 0;
    for (let column = 0; column < columns; column++) {
      const difference =
        load<f64>(rowAt + ((<usize>column) << 3)) - load<f64>(center + ((<usize>column) << 3));
      distanceSq += difference * difference;
    }
    const closestAt = closestSq + ((<usize>row) << 3);
    const current = load<f64>(closestAt);
    const nearest = distanceSq < current ? distanceSq : current;
    store<f64>(closestAt, nearest);
    running += load<f64>(weights + ((<usize>row) << 3)) * nearest;
    store<f64>(cumulative + ((<usize>row) << 3), running);
  }
  return running;
}

/**
 * k-means++: the potential each candidate centre would leave, Σ weight × min(current, distance²), two
 * candidates per f64x2 (`candidatesT` as column pairs like assignStep's centres, odd counts padded with
 * +Infinity). Writes `pairs` f64x2 sums to `potentials`.
 */
export function candidatePotentials(
  data: usize,
  rows: i32,
  columns: i32,
  weights: usize,
  closestSq: usize,
  candidatesT: usize,
  pairs: i32,
  potentials: usize,
): void {
  const rowBytes = (<usize>columns) << 3;
  const pairBytes = (<usize>columns) << 4;
  for (let pair = 0; pair < pairs; pair++) v128.store(potentials + ((<usize>pair) << 4), f64x2.splat(0));
  for (let row = 0; row < rows; row++) {
    const rowAt = data + <usize>row * rowBytes;
    const current = f64x2.splat(load<f64>(closestSq + ((<usize>row) << 3)));
    const weight = f64x2.splat(load<f64>(weights + ((<usize>row) << 3)));
    for (let pair = 0; pair < pairs; pair++) {
      const pairAt = candidatesT + <usize>pair * pairBytes;
      let distances = f64x2.splat(0);
      for (let column = 0; column < columns; column++) {
        const difference = f64x2.sub(
          f64x2.splat(load<f64>(rowAt + ((<usize>column) << 3))),
          v128.load(pairAt + ((<usize>column) << 4)),
        );
        distances = f64x2.add(distances, f64x2.mul(difference, difference));
      }
      // pmin(current, d) = d < current ? d : current, as the JavaScript kernel.
      const kept = f64x2.pmin(current, distances);
      const potentialAt = potentials + ((<usize>pair) << 4);
      v128.store(potentialAt, f64x2.add(v128.load(potentialAt), f64x2.mul(weight, kept)));
    }
  }
}

/**
 * Silhouette's pair pass (silhouette.ts): for every pair of rows (first < second, in that order), the
 * Euclidean distance, added × the other row's weight to each row's sum for the other row's cluster.
 * `sums` (rows × clusters) must be zeroed by the caller.
 */
export function silhouetteSums(
  data: usize,
  rows: i32,
  columns: i32,
  weights: usize,
  labels: usize,
  clusters: i32,
  sums: usize,
): void {
  const rowBytes = (<usize>columns) << 3;
  const sumRowBytes = (<usize>clusters) << 3;
  for (let first = 0; first < rows; first++) {
    const firstAt = data + <usize>first * rowBytes;
    const firstWeight = load<f64>(weights + ((<usize>first) << 3));
    const firstSums = sums + <usize>first * sumRowBytes;
    const firstLabelOffset = (<usize>load<i32>(labels + ((<usize>first) << 2))) << 3;
    for (let second = first + 1; second < rows; second++) {
      const secondAt = data + <usize>second * rowBytes;
      let distanceSq: f64 = 0;
      for (let column = 0; column < columns; column++) {
        const difference =
          load<f64>(firstAt + ((<usize>column) << 3)) - load<f64>(secondAt + ((<usize>column) << 3));
        distanceSq += difference * difference;
      }
      const distance = sqrt<f64>(distanceSq);
      const toSecondCluster = firstSums + ((<usize>load<i32>(labels + ((<usize>second) << 2))) << 3);
      store<f64>(
        toSecondCluster,
        load<f64>(toSecondCluster) + load<f64>(weights + ((<usize>second) << 3)) * distance,
      );
      const toFirstCluster = sums + <usize>second * sumRowBytes + firstLabelOffset;
      store<f64>(toFirstCluster, load<f64>(toFirstCluster) + firstWeight * distance);
    }
  }
}
