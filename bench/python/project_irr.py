"""The project IRR, vectorised over iterations (the rule of CalMiner issue #16, shared by the engine).

The project IRR is the largest rate at which NPV crosses from positive to negative as the rate rises: for an
investment that ends in closure costs, NPV also crosses back below zero at a negative rate, and that root means
nothing. Found by Newton's method with the analytic derivative from a start computed from the row's own flows,
accepted only when a sign test proves it is that root; otherwise by a scan of a rate grid from the top and bisection.

Verification of a Newton root r*: NPV'(r*) < 0 (a positive-to-negative crossing), and no root above r*. With the
flows discounted at r* (c'_t) and their tail sums T_t = sum_{s>=t} c'_s, NPV(r) for r > r* is (u - 1) times
sum_{t>=1} T_t u^(t-1) with u = (1+r*)/(1+r) in (0, 1). By Descartes' rule that polynomial has at most as many
positive roots as T_1..T_{P-1} has sign changes, and the same parity. When the last non-zero flow is negative (a
closure), NPV tends to minus infinity as r falls to -1, so one root lies below r* (u > 1): then one sign change
leaves none in (0, 1). Otherwise none may be allowed.
"""
import numpy as np

NEWTON_STEPS = 40
# Rows still moving after this many steps (about 1 in 70) continue alone, the rest are left.
COMPACT_AFTER = 8
TOLERANCE = 1e-12
# Fallback grid of rates (fractions): fine where IRRs are usual, geometric above 5 (500 %).
GRID = np.concatenate([np.arange(-99, 100) / 100, np.arange(20, 100) / 20, 5 * 1.25 ** np.arange(0, 40)])


def npv_and_slope(flows_t, rate):
    """NPV of each column of flows_t (periods, n) at rate (n,), and dNPV/dr, by Horner's rule on v = 1/(1+r)."""
    v = 1 / (1 + rate)
    p = np.zeros(flows_t.shape[1])
    dp = np.zeros(flows_t.shape[1])
    for t in range(flows_t.shape[0] - 1, -1, -1):
        dp = dp * v + p
        p = p * v + flows_t[t]
    return p, -v * v * dp


def starting_rate(flows):
    """(positive total / negative total) ** (1 / gap between their mean times) - 1: a row's own rough IRR."""
    periods = np.arange(flows.shape[1], dtype=float)
    positive = np.maximum(flows, 0)
    negative = np.maximum(-flows, 0)
    inflow, outflow = positive.sum(axis=1), negative.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = positive @ periods / inflow - negative @ periods / outflow
        start = (inflow / outflow) ** (1 / gap) - 1
    return np.where(np.isfinite(start) & (gap > 0.5) & (start > -0.9) & (start < 10), start, 0.1)


def newton(flows_t, rate):
    """Newton steps on every row until nearly all have converged (about 6 steps), then only on the few left."""
    converged = np.zeros(rate.shape, dtype=bool)
    rows = np.arange(rate.size)
    with np.errstate(all="ignore"):
        for step_number in range(NEWTON_STEPS):
            if step_number == COMPACT_AFTER:
                rows = np.flatnonzero(~converged)
                flows_t = np.ascontiguousarray(flows_t[:, rows])
            value, slope = npv_and_slope(flows_t, rate[rows])
            step = value / slope
            moving = ~converged[rows]
            rate[rows[moving]] -= step[moving]
            converged[rows] |= np.abs(step) <= TOLERANCE * np.maximum(1, np.abs(rate[rows]))
            if converged[rows].all():
                break
        slope = npv_and_slope(flows_t, rate[rows])[1]
    ok = converged & np.isfinite(rate) & (rate > -1)
    ok[rows] &= slope < 0
    return rate, ok


def sign_changes(values):
    """Sign changes along each row, zeros skipped (the last non-zero sign is carried forward)."""
    signs = np.sign(values)
    nonzero = signs != 0
    index = np.where(nonzero, np.arange(values.shape[1]), 0)
    np.maximum.accumulate(index, axis=1, out=index)
    carried = np.take_along_axis(signs, index, axis=1)
    return np.count_nonzero(carried[:, 1:] * carried[:, :-1] < 0, axis=1)


def none_above(flows, rate):
    """The sign test of the module doc: True where no root of NPV lies above `rate`."""
    factors = np.empty_like(flows)
    factors[:, 0] = 1
    factors[:, 1:] = (1 / (1 + rate))[:, None]
    discounted = flows * np.cumprod(factors, axis=1)  # v**t by products: a power per element costs 5x more
    tails = np.cumsum(discounted[:, ::-1], axis=1)[:, ::-1][:, 1:]
    last_sign = np.sign(flows[np.arange(flows.shape[0]), flows.shape[1] - 1 - np.argmax(flows[:, ::-1] != 0, axis=1)])
    return sign_changes(tails) <= np.where(last_sign < 0, 1, 0)


def scan(flows):
    """Fallback: the highest grid cell where NPV goes from positive to negative, then 60 bisections."""
    periods = np.arange(flows.shape[1], dtype=float)
    values = flows @ (1 + GRID[None, :]) ** -periods[:, None]
    crossing = (values[:, :-1] > 0) & (values[:, 1:] <= 0)
    found = crossing.any(axis=1)
    cell = GRID.size - 2 - np.argmax(crossing[:, ::-1], axis=1)
    lo, hi = GRID[cell], GRID[cell + 1]
    flows_t = np.ascontiguousarray(flows.T)
    for _ in range(60):
        mid = (lo + hi) / 2
        positive = npv_and_slope(flows_t, mid)[0] > 0
        lo, hi = np.where(positive, mid, lo), np.where(positive, hi, mid)
    return np.where(found, (lo + hi) / 2, np.nan)


def project_irr(flows):
    """Project IRR per row of flows (n, periods), NaN where NPV never crosses from positive to negative."""
    rate, ok = newton(np.ascontiguousarray(flows.T), starting_rate(flows))
    ok &= none_above(flows, rate)
    result = np.where(ok, rate, np.nan)
    rest = np.flatnonzero(~ok & (flows.max(axis=1) > 0) & (flows.min(axis=1) < 0))
    if rest.size:
        result[rest] = scan(flows[rest])
    return result
