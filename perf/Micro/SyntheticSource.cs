using System.Globalization;
using System.Text;

namespace Viper.Perf.Micro;

/// <summary>
/// A few megabytes of ordinary Python for the front-end suites: functions with loops, arithmetic,
/// calls, containers and string literals, varied by a fixed seed so every run measures the same
/// text. It keeps to what the bytecode compiler supports today (no classes, try or
/// comprehensions), so the compile suite can use it too.
/// </summary>
internal static class SyntheticSource
{
    private const int TargetBytes = 4 * 1024 * 1024;

    public static string Text { get; } = Generate();

    public static int ByteCount { get; } = Encoding.UTF8.GetByteCount(Text);

    private static string Generate()
    {
        var random = new Random(20261202);
        var source = new StringBuilder(TargetBytes + 4096);
        for (var unit = 0; source.Length < TargetBytes; unit++)
        {
            if (unit % 3 == 2)
            {
                AppendFormatter(source, unit, random);
            }
            else
            {
                AppendFunction(source, unit, random);
            }
        }

        return source.ToString();
    }

    private static void AppendFunction(StringBuilder source, int unit, Random random)
    {
        var n = random.Next(3, 1000);
        source.Append(CultureInfo.InvariantCulture, $$"""
            def compute_{{unit}}(items, limit={{n}}, scale=1.5):
                "Sums and filters the items; unit {{unit}}."
                total = 0
                names = []
                for index, item in enumerate(items):
                    if item % {{random.Next(2, 9)}} == 0 and index < limit:
                        total += item * {{random.Next(1, 50)}} - (index // 3) % 7
                    elif item > {{random.Next(10, 500)}}:
                        names.append("item-" + str(item) + 'x{{unit}}')
                    else:
                        total -= abs(item - limit) ** 2 / (index + 1)
                i = 0
                while i < len(names) and total > -{{n}}:
                    total = total + len(names[i]) * scale
                    i += 1
                squares = []
                for k in range({{random.Next(5, 40)}}):
                    if k % 2:
                        squares.append(k * k)
                table = {"total": total, "count": len(names), 'first': names[0] if names else None}
                ratio = total / len(squares) if squares else 0.0
                return table, ratio, sum(squares), max(squares, default=-1)


            """);
    }

    private static void AppendFormatter(StringBuilder source, int unit, Random random)
    {
        source.Append(CultureInfo.InvariantCulture, $$"""
            def describe_{{unit}}(name, sides={{random.Next(3, 12)}}, length=2.{{random.Next(0, 99)}}):
                "Describes a polygon as text; unit {{unit}}."
                area = (sides * length ** 2) / (4 * {{random.Next(1, 9)}}.{{random.Next(0, 99)}})
                parts = [name, str(sides), "sides", 'area', str(round(area, 3))]
                text = ""
                for part in parts:
                    if len(text) > {{random.Next(20, 80)}}:
                        break
                    text = text + part + " "
                lookup = {"name": name, "sides": sides, "area": area}
                first, second = parts[0], parts[1]
                if not (sides > 2 or first == second):
                    return "degenerate", lookup
                return text.strip() + '.', lookup


            """);
    }
}
