using System.Text;

namespace Viper.Runtime.Objects;

/// <summary>
/// <c>sys.stdin</c>: a text stream over the runtime's input whose lines end at <c>\n</c> only (CPython's
/// stdin translates no other line ends); it is its own iterator over lines, as CPython's is.
/// </summary>
public sealed class PyTextInput(TextReader reader) : PyIterator(PyTextStream.TextStreamType)
{
    public string Name => "<stdin>";

    public override bool TryNext(out Values.Value value)
    {
        var line = ReadLine(-1);
        value = line.Length == 0 ? default : Values.Value.FromString(line);
        return line.Length > 0;
    }

    /// <summary>The next line with its newline, at most <paramref name="limit"/> characters when that is not negative; empty at the end.</summary>
    public string ReadLine(long limit) => ReadLine(reader, limit);

    /// <summary>A line of <paramref name="input"/> with its <c>\n</c>, as <c>input()</c> and <c>sys.stdin.readline()</c> read it.</summary>
    public static string ReadLine(TextReader input, long limit)
    {
        var line = new StringBuilder();
        while (limit < 0 || line.Length < limit)
        {
            var c = input.Read();
            if (c < 0)
            {
                break;
            }

            line.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return line.ToString();
    }

    /// <summary>Everything left, or at most <paramref name="limit"/> characters when that is not negative.</summary>
    public string Read(long limit)
    {
        var text = new StringBuilder();
        while (limit < 0 || text.Length < limit)
        {
            var c = reader.Read();
            if (c < 0)
            {
                break;
            }

            text.Append((char)c);
        }

        return text.ToString();
    }
}
