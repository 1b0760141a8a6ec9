using Viper.Runtime.Errors;

namespace Viper.Runtime.Numerics;

/// <summary>
/// <c>math.fsum</c>: Shewchuk's exact summation into non-overlapping partials, then CPython's final
/// rounding across partials (half to even), with its errors for overflow and for inf + -inf.
/// </summary>
public static class ExactSum
{
    public static double Of(IEnumerable<double> values)
    {
        var partials = new List<double>();
        var specialSum = 0.0;
        var infiniteSum = 0.0;
        foreach (var value in values)
        {
            var x = value;
            var count = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                var high = x + y;
                var low = y - (high - x);
                if (low != 0.0)
                {
                    partials[count++] = low;
                }

                x = high;
            }

            partials.RemoveRange(count, partials.Count - count);
            if (x == 0.0)
            {
                continue;
            }

            if (!double.IsFinite(x))
            {
                // A non-finite partial comes from an overflow or from an inf or nan among the values.
                if (double.IsFinite(value))
                {
                    throw PyErrors.Overflow("intermediate overflow in fsum");
                }

                if (double.IsInfinity(value))
                {
                    infiniteSum += value;
                }

                specialSum += value;
                partials.Clear();
            }
            else
            {
                partials.Add(x);
            }
        }

        if (specialSum != 0.0)
        {
            return double.IsNaN(infiniteSum) ? throw PyErrors.ValueError("-inf + inf in fsum") : specialSum;
        }

        return Round(partials);
    }

    private static double Round(List<double> partials)
    {
        var n = partials.Count;
        if (n == 0)
        {
            return 0.0;
        }

        var high = partials[--n];
        var low = 0.0;
        while (n > 0)
        {
            var x = high;
            var y = partials[--n];
            high = x + y;
            low = y - (high - x);
            if (low != 0.0)
            {
                break;
            }
        }

        if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0)))
        {
            var y = low * 2.0;
            var x = high + y;
            if (y == x - high)
            {
                high = x;
            }
        }

        return high;
    }
}
