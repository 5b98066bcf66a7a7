"""Vectorised NumPy reference of the CalMiner Monte Carlo benchmark (comparison only, not product code).

Reads the model exported by bench/export-model.ts (same compiled lines, same overrides, same
distributions and rank correlations), samples with NumPy's PCG64, applies Iman-Conover per block of
4096 iterations to the correlated columns, evaluates every cash-flow line on arrays of shape
(iterations, periods), then NPV, IRR (vectorised Newton, grid + bisection fallback) and payback,
and summary statistics. Prints one JSON line with the timing (interpreter start-up excluded).

Usage: python3 mc_numpy.py model.json [iterations]
"""
import json
import sys
import time

import numpy as np

BLOCK = 4096


def sample_column(rng, spec, n):
    t = spec["type"]
    if t == "normal":
        return spec["mean"] + spec["sd"] * rng.standard_normal(n)
    if t == "lognormal":
        return np.exp(spec["mu"] + spec["sigma"] * rng.standard_normal(n))
    if t == "lognormal-mean-sd":
        s2 = np.log1p(spec["sd"] ** 2 / spec["mean"] ** 2)
        return np.exp(np.log(spec["mean"]) - s2 / 2 + np.sqrt(s2) * rng.standard_normal(n))
    if t == "triangular":
        return rng.triangular(spec["min"], spec["mode"], spec["max"], n)
    if t == "pert":
        lo, mode, hi, lam = spec["min"], spec["mode"], spec["max"], spec.get("lambda", 4)
        a = 1 + lam * (mode - lo) / (hi - lo)
        b = 1 + lam * (hi - mode) / (hi - lo)
        return lo + (hi - lo) * rng.beta(a, b, n)
    if t == "uniform":
        return rng.uniform(spec["min"], spec["max"], n)
    if t == "fixed":
        return np.full(n, spec["value"])
    raise ValueError("distribution not supported by the reference: " + t)


def iman_conover(rng, x, target_spearman):
    """Reorders the columns of x (n, k) per block so their rank correlation follows the target."""
    k = x.shape[1]
    target = 2 * np.sin(np.pi * np.asarray(target_spearman) / 6)
    np.fill_diagonal(target, 1)
    p = np.linalg.cholesky(target)
    for start in range(0, x.shape[0], BLOCK):
        block = x[start:start + BLOCK]
        m = block.shape[0]
        if m <= k:
            continue
        scores = np.sort(rng.standard_normal(m))
        r = np.stack([rng.permutation(scores) for _ in range(k)], axis=1)
        q = np.linalg.cholesky(np.corrcoef(r, rowvar=False))
        mixed = r @ (p @ np.linalg.inv(q)).T
        ranks = np.argsort(np.argsort(mixed, axis=0), axis=0)
        block[:] = np.take_along_axis(np.sort(block, axis=0), ranks, axis=0)


def sample(model, n, seed):
    rng = np.random.default_rng(seed)
    x = np.stack([sample_column(rng, v, n) for v in model["variables"]], axis=1)
    corr = model["correlation"]
    if corr is not None:
        c = np.asarray(corr)
        involved = [i for i in range(len(c)) if np.any(np.delete(c[i], i) != 0)]
        sub = x[:, involved]
        iman_conover(rng, sub, c[np.ix_(involved, involved)])
        x[:, involved] = sub
    return x


def over(model, x, k, base):
    """Value of an input after override k: (n, 1) column broadcast against per-period bases."""
    base = np.asarray(base, dtype=float)
    if k < 0:
        return base
    v = x[:, k:k + 1]
    return v if model["isAbsolute"][k] else base * v


def line_multiplier(model, x, line):
    m = over(model, x, line["absolute"], line["base"])
    for k in line["factors"]:
        m = m * x[:, k:k + 1]
    return m


def evaluate(model, x):
    k = model["scalarIndex"]
    n_periods = model["periodCount"]
    inflation = np.asarray(model["inflation"])
    ore = over(model, x, k["ore_processed"], model["ore"])
    grade = over(model, x, k["head_grade"], model["grade"])
    recovery = over(model, x, k["recovery"], model["recoveryPct"]) / 100
    payable = over(model, x, k["payable"], model["payablePct"]) / 100
    money = inflation * over(model, x, k["fx_rate"], model["fxRate"])
    recovered = ore * grade * model["metalUnitsPerTonnePerGrade"] * recovery
    payable_units = recovered * payable
    conc = model["concentrateGradePct"]
    dmt = recovered * model["tonnesPerMetalUnit"] / (conc / 100) if conc > 0 else 0 * recovered
    gross = payable_units * over(model, x, k["price"], model["price"]) * money
    nsr = (gross + payable_units * model["premiumPerUnit"] * money
           - dmt * over(model, x, k["treatment_charge"], model["treatmentChargePerDmt"]) * money
           - payable_units * over(model, x, k["refining_charge"], model["refiningChargePerUnit"]) * money
           - dmt * model["penaltyPerDmt"] * money)
    royalty = (over(model, x, k["nsr_royalty_rate"], model["nsrRoyaltyPct"]) / 100 * np.maximum(nsr, 0)
               + model["grossRoyaltyPct"] / 100 * gross + model["royaltyPerUnitProduced"] * recovered * inflation)
    royalty = np.maximum(royalty, model["minimumRoyaltyPerPeriod"] * inflation)
    first = model["firstProductionPeriod"]
    nsr[:, :first] = 0
    royalty[:, :first] = 0

    opex = np.asarray(model["restCostFixed"], dtype=float) + np.asarray(model["restCostPerTonne"], dtype=float) * ore
    for line in model["costLines"]:
        qty = np.asarray(line["unitFixed"]) + np.asarray(line["unitPerTonne"]) * ore
        opex = opex + line_multiplier(model, x, line) * qty
    capex = {kind: np.broadcast_to(np.asarray(v, dtype=float), (x.shape[0], n_periods)).copy() for kind, v in model["restCapital"].items()}
    for line in model["capitalLines"]:
        capex[line["kind"]] += line_multiplier(model, x, line) * np.asarray(line["unit"])

    depreciable = capex["initial"] + capex["sustaining"] + capex["replacement"]
    dep = np.zeros_like(depreciable)
    life = model["depreciationLifeYears"]
    for s in range(n_periods):
        start = max(s, first)
        end = min(start + life, n_periods)
        amount = depreciable[:, s:s + 1]
        dep[:, start:end] += amount / life
        dep[:, n_periods - 1:] += amount * (start + life - end) / life

    salvage = np.asarray(model["salvage"])
    income = nsr - royalty - opex - dep - capex["closure"] + salvage
    tax_rate = over(model, x, k["tax_rate"], model["taxRatePct"]) / 100
    tax = np.empty_like(income)
    losses = np.zeros(x.shape[0])
    for t in range(n_periods):
        inc = income[:, t]
        taxable = np.maximum(inc, 0)
        if model["lossCarryForward"]:
            losses = losses + np.maximum(-inc, 0)
            used = np.minimum(losses, taxable)
            losses -= used
            taxable = taxable - used
        rate = tax_rate if np.ndim(tax_rate) == 0 else np.broadcast_to(tax_rate, income.shape)[:, t]
        tax[:, t] = rate * taxable

    balance = nsr * (model["receivableDays"] / 365) - opex * (model["payableDays"] / 365)
    balance[:, -1] = 0
    change = np.diff(balance, axis=1, prepend=0)
    capital = capex["initial"] + capex["sustaining"] + capex["replacement"] + capex["closure"]
    return nsr - royalty - opex - capital + salvage - change - tax


def npv_at(flows_t, rate):
    """NPV of each column of flows_t (periods, n) at rate (scalar or (n,)) by Horner's rule."""
    v = 1 / (1 + rate)
    p = np.zeros(flows_t.shape[1])
    for t in range(flows_t.shape[0] - 1, -1, -1):
        p = p * v + flows_t[t]
    return p


def npv_and_derivative(flows_t, rate):
    """NPV and dNPV/dr by Horner's rule on v = 1/(1+r)."""
    v = 1 / (1 + rate)
    p = np.zeros(flows_t.shape[1])
    dp = np.zeros(flows_t.shape[1])
    for t in range(flows_t.shape[0] - 1, -1, -1):
        dp = dp * v + p
        p = p * v + flows_t[t]
    # d/dr sum CF_t v^t = -v * sum t CF_t v^(t-1) = -v * dP/dv; dp holds dP/dv.
    return p, -v * dp


def irr(flows, min_rate, max_rate=1000.0):
    """Newton from 10 % for conventional flows; otherwise the unique sign change on a rate grid, by bisection."""
    n, periods = flows.shape
    signs = np.sign(flows)
    nz = signs != 0
    # Sign changes ignoring zeros: carry the last non-zero sign forward.
    idx = np.where(nz, np.arange(periods), 0)
    np.maximum.accumulate(idx, axis=1, out=idx)
    carried = np.take_along_axis(np.where(nz, signs, 0), idx, axis=1)
    changes = np.count_nonzero((carried[:, 1:] * carried[:, :-1]) < 0, axis=1)
    flows_t = np.ascontiguousarray(flows.T)
    r = np.full(n, 0.1)
    ok = np.zeros(n, dtype=bool)
    active = changes == 1
    for _ in range(50):
        if not active.any():
            break
        f, df = npv_and_derivative(flows_t[:, active], r[active])
        step = f / df
        r_new = r[active] - step
        done = np.abs(step) < 1e-13 * np.maximum(1, np.abs(r_new))
        r[active] = r_new
        ids = np.flatnonzero(active)
        ok[ids[done]] = True
        bad = ~(r_new > -1) | ~np.isfinite(r_new)
        active[ids[done | bad]] = False
    ok &= (r >= min_rate) & (r <= max_rate)
    result = np.where(ok, r, np.nan)
    rest = np.flatnonzero(~ok & (changes > 0))
    if rest.size:
        grid = np.concatenate([np.arange(-99, 100) / 100, np.arange(20, 100) / 20, 5 * 1.25 ** np.arange(0, 31)])
        grid = grid[(grid >= min_rate) & (grid <= max_rate)]
        rest_t = flows_t[:, rest]
        # NPV at every grid rate at once: one matrix product with v_g^t (BLAS).
        powers = (1 / (1 + grid))[None, :] ** np.arange(periods)[:, None]
        values = flows[rest] @ powers
        crossing = (values[:, 1:] * values[:, :-1]) <= 0
        unique = crossing.sum(axis=1) == 1
        cell = np.argmax(crossing, axis=1)
        lo, hi = grid[cell], grid[cell + 1]
        f_lo = npv_at(rest_t, lo)
        for _ in range(60):
            mid = (lo + hi) / 2
            f_mid = npv_at(rest_t, mid)
            left = np.sign(f_mid) == np.sign(f_lo)
            lo = np.where(left, mid, lo)
            f_lo = np.where(left, f_mid, f_lo)
            hi = np.where(left, hi, mid)
        result[rest] = np.where(unique, (lo + hi) / 2, np.nan)
    return result


def payback(flows):
    cum = np.cumsum(flows, axis=1)
    neg = cum < 0
    periods = flows.shape[1]
    any_neg = neg.any(axis=1)
    last = periods - 1 - np.argmax(neg[:, ::-1], axis=1)
    rows = np.arange(flows.shape[0])
    nxt = np.minimum(last + 1, periods - 1)
    years = last + 1 + (-cum[rows, last]) / flows[rows, nxt]
    years = np.where(last == periods - 1, np.nan, years)
    return np.where(any_neg, years, 0.0)


def run(model, n, seed):
    x = sample(model, n, seed)
    flows = evaluate(model, x)
    rate = model["discountRatePct"] / 100
    df = (1 + rate) ** -np.arange(model["periodCount"], dtype=float)
    if model["midPeriod"]:
        df *= np.sqrt(1 + rate)
    npv = flows @ df
    return {"npv": npv, "irr": irr(flows, model["irrMinRate"]), "payback": payback(flows)}


def summarise(values):
    finite = values[np.isfinite(values)]
    return {
        "mean": float(finite.mean()), "sd": float(finite.std(ddof=1)), "count": int(finite.size),
        "nonFinite": int(values.size - finite.size),
        "percentiles": [float(p) for p in np.percentile(finite, [5, 10, 50, 90, 95])],
    }


def main():
    model = json.load(open(sys.argv[1]))
    n = int(sys.argv[2]) if len(sys.argv) > 2 else model["iterations"]
    run(model, 4096, 1)  # warm-up (imports, first-call costs)
    t0 = time.perf_counter()
    out = run(model, n, model["seed"])
    stats = {name: summarise(v) for name, v in out.items()}
    seconds = time.perf_counter() - t0
    print(json.dumps({"iterations": n, "seconds": seconds, "iterationsPerSecond": n / seconds, "metrics": stats}))


if __name__ == "__main__":
    main()
