"""Independent expected values for the calibration tests: fractions for exact metrics, mpmath at
60 digits for square roots, logarithms and distributions. Straight from the definitions, per forecast."""
from fractions import Fraction as F
from decimal import Decimal, Context, ROUND_HALF_EVEN
import mpmath as mp

mp.mp.dps = 60
CTX = Context(prec=34, rounding=ROUND_HALF_EVEN)
Z = mp.mpf("1.959963984540054")


def d34(fr):
    return CTX.divide(Decimal(fr.numerator), Decimal(fr.denominator)).normalize(CTX)


def m(x, digits=40):
    return mp.nstr(x, digits)


def bin_of(p):
    return min(int(p * 10), 9)


def report(forecasts):
    fs = [(F(p), y) for p, y in forecasts]
    n = len(fs)
    brier = sum((p - y) ** 2 for p, y in fs) / n
    acc = F(sum(1 for p, y in fs if (p >= F(1, 2)) == (y == 1)), n)
    clip = lambda p: min(max(p, F(1, 10**15)), 1 - F(1, 10**15))
    ll = -sum(mp.log(mp.mpf(clip(p).numerator) / clip(p).denominator) if y else
              mp.log(mp.mpf((1 - clip(p)).numerator) / (1 - clip(p)).denominator) for p, y in fs) / n
    bins = {}
    for p, y in fs:
        bins.setdefault(bin_of(p), []).append((p, y))
    ybar = F(sum(y for _, y in fs), n)
    ece = F(0)
    mce = F(0)
    rel = res = wbv = wbc = F(0)
    out_bins = []
    for k in sorted(bins):
        b = bins[k]
        nk = len(b)
        pm = sum(p for p, _ in b) / nk
        ok = F(sum(y for _, y in b), nk)
        gap = abs(pm - ok)
        ece += F(nk, n) * gap
        mce = max(mce, gap)
        rel += nk * (pm - ok) ** 2
        res += nk * (ok - ybar) ** 2
        wbv += sum((p - pm) ** 2 for p, _ in b)
        wbc += 2 * sum((y - ok) * (p - pm) for p, y in b)
        kk = sum(y for _, y in b)
        ph = mp.mpf(kk) / nk
        centre = ph + Z ** 2 / (2 * nk)
        half = Z * mp.sqrt(ph * (1 - ph) / nk + Z ** 2 / (4 * nk * nk))
        lo = (centre - half) / (1 + Z ** 2 / nk)
        hi = (centre + half) / (1 + Z ** 2 / nk)
        out_bins.append((k, nk, d34(pm), d34(ok), m(lo), m(hi)))
    rel, res, wbv, wbc = rel / n, res / n, wbv / n, wbc / n
    unc = ybar * (1 - ybar)
    assert rel - res + unc + wbv - wbc == brier
    num = sum((y - p) * (1 - 2 * p) for p, y in fs)
    den = sum((1 - 2 * p) ** 2 * p * (1 - p) for p, y in fs)
    if den == 0:
        sp = None
    else:
        z = mp.mpf(num.numerator) / num.denominator / mp.sqrt(mp.mpf(den.numerator) / den.denominator)
        sp = (m(z), m(mp.erfc(abs(z) / mp.sqrt(2)), 20))
    print("  N", n, "brier", d34(brier), "calib", Context(prec=80).subtract(1, d34(brier)), "accuracy", d34(acc))
    print("  logloss", m(ll))
    for b in out_bins:
        print("  bin", *b)
    print("  ece", d34(ece), "mce", d34(mce))
    print("  murphy rel", d34(rel), "res", d34(res), "unc", d34(unc), "wbv", d34(wbv), "wbc", d34(wbc))
    print("  spiegelhalter", sp)


def paired(rows):
    ds, ea, eb = [], [], []
    for a, b, y in rows:
        a, b = F(a), F(b)
        ea.append((a - y) ** 2)
        eb.append((b - y) ** 2)
        ds.append((a - y) ** 2 - (b - y) ** 2)
    n = len(ds)
    mean = sum(ds) / n
    var = sum((d - mean) ** 2 for d in ds) / (n - 1)
    se = mp.sqrt(mp.mpf(var.numerator) / var.denominator / n)
    t = (mp.mpf(mean.numerator) / mean.denominator) / se
    df = n - 1
    p = mp.betainc(mp.mpf(df) / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True)
    print("  n", n, "meanA", d34(sum(ea) / n), "meanB", d34(sum(eb) / n), "meanDiff", d34(mean))
    print("  se", m(se), "t", m(t), "p", m(p, 20))


def case(name, forecasts):
    print(name)
    report(forecasts)


case("single", [("0.7", 1)])
case("all yes p=1", [("1", 1)] * 3)
case("all yes p=0", [("0", 1)] * 3)
case("zero half one", [("0", 0), ("0.5", 1), ("0.5", 0), ("1", 1)])
case("every half", [("0.5", 1), ("0.5", 0), ("0.5", 0)])
case("clipping", [("0", 1), ("1", 0), ("0.0000000000000001", 1), ("1", 1)])
case("ece", [("0.15", 1), ("0.15", 0), ("0.15", 0), ("0.15", 0), ("0.85", 1), ("0.85", 1), ("0.85", 0), ("0.95", 1)])
case("wilson", [("0.72", 1)] * 7 + [("0.74", 0)] * 3)
case("murphy", [("0.05", 0), ("0.12", 0), ("0.18", 1), ("0.33", 0), ("0.37", 1), ("0.61", 1), ("0.64", 0),
                ("0.68", 1), ("0.8246512009492516", 1), ("0.91", 1), ("0.97", 0)])
case("spiegelhalter", [("0.2", 0), ("0.3", 1), ("0.6", 1), ("0.7", 0), ("0.9", 1)])
print("paired")
paired([("0.7", "0.6", 1), ("0.2", "0.4", 0), ("0.55", "0.5", 0), ("0.9", "0.8", 1), ("0.35", "0.3", 1)])
print("paired two")
paired([("0.8", "0.6", 1), ("0.3", "0.5", 0)])
print("wilson direct n=10 k=0, n=1 k=1, n=1000 k=1")
for nn, kk in [(10, 0), (1, 1), (1000, 1), (10, 7)]:
    ph = mp.mpf(kk) / nn
    c = ph + Z ** 2 / (2 * nn); h = Z * mp.sqrt(ph * (1 - ph) / nn + Z ** 2 / (4 * nn * nn))
    print(" ", nn, kk, m((c - h) / (1 + Z ** 2 / nn)), m((c + h) / (1 + Z ** 2 / nn)))
print("ln terms", m(15 * mp.log(10)), m(-mp.log(1 - mp.mpf(10) ** -15)))
