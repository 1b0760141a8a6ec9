using System.Globalization;
using System.Numerics;
using NUnit.Framework;
using Viper.Runtime.Numerics;

namespace Viper.Tests.Numerics;

public class IntMathTests
{
    private static string S(BigInteger v) => v.ToString(CultureInfo.InvariantCulture);

    [Test]
    public void DivModMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_divmod.jsonl"))
        {
            var a = TestData.Big(row[0]);
            var b = TestData.Big(row[1]);
            string q = row[2].GetString()!;
            string r = row[3].GetString()!;
            if (S(IntMath.FloorDiv(a, b)) != q || S(IntMath.Mod(a, b)) != r || S(IntMath.DivMod(a, b).Quotient) != q
                || S(IntMath.DivMod(a, b).Remainder) != r)
            {
                failures.Add($"big {a} divmod {b}");
            }

            if (IntMath.Normalize(a, out long la) && IntMath.Normalize(b, out long lb))
            {
                bool ok = IntMath.TryFloorDiv(la, lb, out long lq);
                string actualQ = ok ? lq.ToString(CultureInfo.InvariantCulture) : S(IntMath.FloorDiv(a, b));
                if (ok != IntMath.FitsInLong(BigInteger.Parse(q, CultureInfo.InvariantCulture)) || actualQ != q
                    || IntMath.Mod(la, lb).ToString(CultureInfo.InvariantCulture) != r)
                {
                    failures.Add($"long {a} divmod {b}");
                }
            }

            string expectedDiv = TestData.Expected(row[4]);
            string actualDiv = TestData.Outcome(() => IntMath.TrueDivide(a, b));
            if (actualDiv != expectedDiv)
            {
                failures.Add($"{a} / {b}: expected {expectedDiv}, got {actualDiv}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void LongFloorDivOverflow()
    {
        Assert.That(IntMath.TryFloorDiv(long.MinValue, -1, out _), Is.False);
        Assert.That(IntMath.Mod(long.MinValue, -1), Is.EqualTo(0L));
        Assert.That(IntMath.FloorDiv(long.MinValue, -1), Is.EqualTo(-(BigInteger)long.MinValue));
    }

    [Test]
    public void ToDoubleMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_to_float.jsonl"))
        {
            var a = TestData.Big(row[0]);
            string expected = TestData.Expected(row[1]);
            string actual = TestData.Outcome(() => IntMath.ToDouble(a));
            if (actual != expected)
            {
                failures.Add($"float({a}): expected {expected}, got {actual}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void ToDoubleRoundsHalfEven()
    {
        var two53 = BigInteger.One << 53;
        Assert.That(IntMath.ToDouble((two53 + 1) << 20), Is.EqualTo(Math.ScaleB(1.0, 73)));
        Assert.That(IntMath.ToDouble((two53 + 3) << 20), Is.EqualTo(Math.ScaleB(9007199254740996.0, 20)));
        Assert.That(IntMath.ToDouble(((two53 + 1) << 20) + 1), Is.EqualTo(Math.ScaleB(9007199254740994.0, 20)));
        var err = Assert.Throws<NumericError>(() => IntMath.ToDouble((BigInteger.One << 1024) - (BigInteger.One << 970)));
        Assert.That(err!.PythonType, Is.EqualTo("OverflowError"));
        Assert.That(err.Message, Is.EqualTo("int too large to convert to float"));
        Assert.That(IntMath.ToDouble((BigInteger.One << 1024) - (BigInteger.One << 970) - 1), Is.EqualTo(double.MaxValue));
    }

    [Test]
    public void PowMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_pow.jsonl"))
        {
            var a = TestData.Big(row[0]);
            var e = TestData.Big(row[1]);
            var expected = TestData.Big(row[2]);
            if (IntMath.Pow(a, e) != expected)
            {
                failures.Add($"{a} ** {e}");
            }

            bool fits = IntMath.FitsInLong(expected);
            if (IntMath.Normalize(a, out long la) && IntMath.TryPow(la, (long)e, out long r) != fits)
            {
                failures.Add($"TryPow({a}, {e}) overflow detection");
            }
            else if (IntMath.Normalize(a, out la) && fits && IntMath.TryPow(la, (long)e, out r) && r != (long)expected)
            {
                failures.Add($"TryPow({a}, {e}) = {r}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void ShiftsMatchCPythonTable()
    {
        var failures = new List<string>();
        foreach (var row in TestData.Rows("int_shift.jsonl"))
        {
            var a = TestData.Big(row[0]);
            var n = TestData.Big(row[1]);
            var left = TestData.Big(row[2]);
            var right = TestData.Big(row[3]);
            if (IntMath.LeftShift(a, n) != left || IntMath.RightShift(a, n) != right)
            {
                failures.Add($"big {a} shift {n}");
            }

            if (IntMath.Normalize(a, out long la))
            {
                bool fits = IntMath.FitsInLong(left);
                if (IntMath.TryLeftShift(la, (long)n, out long l) != fits || (fits && l != (long)left))
                {
                    failures.Add($"long {a} << {n}");
                }

                if (IntMath.RightShift(la, (long)n) != (long)right)
                {
                    failures.Add($"long {a} >> {n}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void ShiftErrors()
    {
        var e1 = Assert.Throws<NumericError>(() => IntMath.LeftShift(BigInteger.One, BigInteger.MinusOne));
        Assert.That((e1!.PythonType, e1.Message), Is.EqualTo(("ValueError", "negative shift count")));
        var e2 = Assert.Throws<NumericError>(() => IntMath.LeftShift(BigInteger.One, BigInteger.Pow(10, 20)));
        Assert.That((e2!.PythonType, e2.Message), Is.EqualTo(("OverflowError", "too many digits in integer")));
        var e3 = Assert.Throws<NumericError>(() => IntMath.LeftShift(BigInteger.One, BigInteger.One << 62));
        Assert.That(e3!.PythonType, Is.EqualTo("MemoryError"));
        Assert.That(IntMath.LeftShift(BigInteger.Zero, BigInteger.Pow(10, 30)), Is.EqualTo(BigInteger.Zero));
        Assert.That(IntMath.RightShift(new BigInteger(-5), BigInteger.Pow(10, 30)), Is.EqualTo(BigInteger.MinusOne));
        Assert.That(IntMath.RightShift(-5L, 1000L), Is.EqualTo(-1L));
    }

    [Test]
    public void NegativeExponentGoesThroughFloat()
    {
        Assert.That(IntMath.PowNegativeExponent(2, -1), Is.EqualTo(0.5));
        Assert.That(TestData.Outcome(() => IntMath.PowNegativeExponent(0, -1)),
            Is.EqualTo("!ZeroDivisionError: 0.0 cannot be raised to a negative power"));
        Assert.That(TestData.Outcome(() => IntMath.PowNegativeExponent(BigInteger.Pow(10, 400), -1)),
            Is.EqualTo("!OverflowError: int too large to convert to float"));
    }

    [Test]
    public void FromDouble()
    {
        Assert.That(IntMath.FromDouble(-2.5), Is.EqualTo(new BigInteger(-2)));
        Assert.That(IntMath.FromDouble(1e20), Is.EqualTo(BigInteger.Pow(10, 20)));
        Assert.That(IntMath.FromDouble(-9.2233720368547758e18), Is.EqualTo((BigInteger)long.MinValue));
        Assert.That(IntMath.FromDouble(9.2233720368547758e18), Is.EqualTo(-(BigInteger)long.MinValue));
        Assert.That(IntMath.FromDouble(double.MaxValue), Is.EqualTo(((BigInteger.One << 53) - 1) << 971));
        var inf = Assert.Throws<NumericError>(() => IntMath.FromDouble(double.NegativeInfinity));
        Assert.That((inf!.PythonType, inf.Message), Is.EqualTo(("OverflowError", "cannot convert float infinity to integer")));
        var nan = Assert.Throws<NumericError>(() => IntMath.FromDouble(double.NaN));
        Assert.That((nan!.PythonType, nan.Message), Is.EqualTo(("ValueError", "cannot convert float NaN to integer")));
    }
}
