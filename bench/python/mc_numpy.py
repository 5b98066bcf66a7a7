"""Vectorised NumPy reference of the CalMiner Monte Carlo benchmark (comparison only, not product code), written as a
NumPy expert would: the baseline the engine's speed is measured against.

Reads the model exported by bench/export-model.ts (same compiled lines, same overrides, same distributions and rank
correlations), samples with NumPy's PCG64 and applies Iman-Conover per block of 4096 iterations to the correlated
columns. Then, per block of BLOCK iterations (so every (block, periods) array stays in cache): revenue elementwise,
the varied cost and capital lines as small matrix products of (block, lines) multipliers with (lines, periods) unit
tables (lines no variable touches are summed once, in the model's rest arrays), depreciation as one product with a
(periods, periods) schedule matrix, tax with loss carry-forward as the one loop over periods, NPV as a product with
the discount factors, the project IRR (project_irr.py) and payback; then summary statistics. Prints one JSON line
with the time of each stage (interpreter start-up and the import of numpy excluded).

Usage: python3 mc_numpy.py model.json [iterations]   (OPENBLAS_NUM_THREADS=1 for one thread)
"""
import json
import sys
import time

import numpy as np

from project_irr import project_irr

# Iman-Conover block (as the engine) and evaluation block: 8192 x 23 periods x 8 bytes = 1.5 MB per array.
IC_BLOCK = 4096
BLOCK = 8192


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
    for start in range(0, x.shape[0], IC_BLOCK):
        block = x[start:start + IC_BLOCK]
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


class Prepared:
    """What does not depend on the draws, computed once per run: base arrays, the line tables as matrices, the
    depreciation schedule as a (periods, periods) matrix and the discount factors."""

    def __init__(self, model):
        self.model = model
        self.k = model["scalarIndex"]
        self.n_periods = p = model["periodCount"]
        self.first = model["firstProductionPeriod"]
        as_array = lambda v: np.asarray(v, dtype=float)
        self.inflation = as_array(model["inflation"])
        self.rest_fixed = as_array(model["restCostFixed"])
        self.rest_per_tonne = as_array(model["restCostPerTonne"])
        lines = model["costLines"]
        self.cost_lines = lines
        self.cost_fixed = np.array([line["unitFixed"] for line in lines], dtype=float).reshape(len(lines), p)
        self.cost_per_tonne = np.array([line["unitPerTonne"] for line in lines], dtype=float).reshape(len(lines), p)
        self.capital = {}
        for kind, rest in model["restCapital"].items():
            kind_lines = [line for line in model["capitalLines"] if line["kind"] == kind]
            units = np.array([line["unit"] for line in kind_lines], dtype=float).reshape(len(kind_lines), p)
            self.capital[kind] = (as_array(rest), kind_lines, units)
        self.depreciation = self.depreciation_matrix(model["depreciationLifeYears"])
        self.salvage = as_array(model["salvage"])
        rate = model["discountRatePct"] / 100
        self.discount = (1 + rate) ** -np.arange(p, dtype=float) * (np.sqrt(1 + rate) if model["midPeriod"] else 1)

    def depreciation_matrix(self, life):
        """D[s, t]: the share of capital spent in period s written off in period t (straight line from the later of s
        and first production; what the life would put past the last period is written off in the last)."""
        p, first = self.n_periods, self.first
        d = np.zeros((p, p))
        for s in range(p):
            start = max(s, first)
            end = min(start + life, p)
            d[s, start:end] += 1 / life
            d[s, p - 1] += (start + life - end) / life
        return d


def over(model, x, k, base):
    """Value of an input after override k: (n, 1) column broadcast against per-period bases."""
    base = np.asarray(base, dtype=float)
    if k < 0:
        return base
    v = x[:, k:k + 1]
    return v if model["isAbsolute"][k] else base * v


def multipliers(model, x, lines):
    """(n, lines): each line's price multiplier per iteration (its absolute draw or base, times its factors)."""
    m = np.empty((x.shape[0], len(lines)))
    for j, line in enumerate(lines):
        column = over(model, x, line["absolute"], line["base"])
        for k in line["factors"]:
            column = column * x[:, k:k + 1]
        m[:, j:j + 1] = column
    return m


def revenue(prep, x):
    model, k = prep.model, prep.k
    ore = over(model, x, k["ore_processed"], model["ore"])
    grade = over(model, x, k["head_grade"], model["grade"])
    recovery = over(model, x, k["recovery"], model["recoveryPct"]) / 100
    payable = over(model, x, k["payable"], model["payablePct"]) / 100
    money = prep.inflation * over(model, x, k["fx_rate"], model["fxRate"])
    recovered = ore * grade * (model["metalUnitsPerTonnePerGrade"] * recovery)
    payable_units = recovered * payable
    conc = model["concentrateGradePct"]
    dmt = recovered * (model["tonnesPerMetalUnit"] / (conc / 100)) if conc > 0 else 0 * recovered
    price = over(model, x, k["price"], model["price"])
    unit_value = price + model["premiumPerUnit"] - over(model, x, k["refining_charge"], model["refiningChargePerUnit"])
    gross = payable_units * price * money
    nsr = (payable_units * unit_value - dmt * (over(model, x, k["treatment_charge"], model["treatmentChargePerDmt"]) + model["penaltyPerDmt"])) * money
    royalty = (over(model, x, k["nsr_royalty_rate"], model["nsrRoyaltyPct"]) / 100 * np.maximum(nsr, 0)
               + model["grossRoyaltyPct"] / 100 * gross + model["royaltyPerUnitProduced"] * recovered * prep.inflation)
    royalty = np.maximum(royalty, model["minimumRoyaltyPerPeriod"] * prep.inflation)
    nsr[:, :prep.first] = 0
    royalty[:, :prep.first] = 0
    return ore, nsr, royalty


def costs(prep, x, ore):
    """Opex as two small matrix products (fixed and per-tonne parts of every varied line), capital per kind."""
    m = multipliers(prep.model, x, prep.cost_lines)
    opex = prep.rest_fixed + m @ prep.cost_fixed + ore * (prep.rest_per_tonne + m @ prep.cost_per_tonne)
    capex = {}
    for kind, (rest, lines, units) in prep.capital.items():
        capex[kind] = rest + multipliers(prep.model, x, lines) @ units if lines else np.broadcast_to(rest, opex.shape)
    return opex, capex


def after_tax(prep, x, income):
    """Tax with loss carry-forward: the one recursion over periods; every step is a vector over the block."""
    model = prep.model
    tax_rate = over(model, x, prep.k["tax_rate"], model["taxRatePct"]) / 100
    rates = np.broadcast_to(tax_rate, income.shape) if np.ndim(tax_rate) else None
    tax = np.empty_like(income)
    losses = np.zeros(income.shape[0])
    for t in range(prep.n_periods):
        inc = income[:, t]
        taxable = np.maximum(inc, 0)
        if model["lossCarryForward"]:
            losses += np.maximum(-inc, 0)
            used = np.minimum(losses, taxable)
            losses -= used
            taxable -= used
        tax[:, t] = taxable * (rates[:, t] if rates is not None else tax_rate)
    return tax


def evaluate(prep, x):
    """Cash flow (block, periods) of one block of iterations."""
    model = prep.model
    ore, nsr, royalty = revenue(prep, x)
    opex, capex = costs(prep, x, ore)
    depreciable = capex["initial"] + capex["sustaining"] + capex["replacement"]
    income = nsr - royalty - opex - depreciable @ prep.depreciation - capex["closure"] + prep.salvage
    tax = after_tax(prep, x, income)
    balance = nsr * (model["receivableDays"] / 365) - opex * (model["payableDays"] / 365)
    balance[:, -1] = 0
    change = np.diff(balance, axis=1, prepend=0)
    return nsr - royalty - opex - (depreciable + capex["closure"]) + prep.salvage - change - tax


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


class Stages:
    """Seconds spent per stage, summed over blocks (perf_counter)."""

    def __init__(self):
        self.seconds = {}
        self.last = time.perf_counter()

    def lap(self, name):
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self.last
        self.last = now


def run(model, n, seed, stages):
    """Samples all draws (Iman-Conover per block of 4096, as the engine), then evaluates blocks of BLOCK iterations:
    a block's (BLOCK, periods) arrays stay in cache, where whole (n, periods) arrays per line would not."""
    prep = Prepared(model)
    x = sample(model, n, seed)
    stages.lap("sample")
    out = {"npv": np.empty(n), "irr": np.empty(n), "payback": np.empty(n)}
    for start in range(0, n, BLOCK):
        block = slice(start, min(start + BLOCK, n))
        flows = evaluate(prep, x[block])
        stages.lap("cash flow")
        out["npv"][block] = flows @ prep.discount
        stages.lap("npv")
        out["irr"][block] = project_irr(flows)
        stages.lap("irr")
        out["payback"][block] = payback(flows)
        stages.lap("payback")
    return out


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
    run(model, 4096, 1, Stages())  # warm-up (imports, first-call costs)
    t0 = time.perf_counter()
    stages = Stages()
    out = run(model, n, model["seed"], stages)
    stats = {name: summarise(v) for name, v in out.items()}
    stages.lap("summaries")
    seconds = time.perf_counter() - t0
    print(json.dumps({"iterations": n, "seconds": seconds, "iterationsPerSecond": n / seconds, "stages": stages.seconds, "metrics": stats}))


if __name__ == "__main__":
    main()
