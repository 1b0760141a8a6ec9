using Viper.Runtime.Vm;

namespace Viper.Cli;

/// <summary>
/// Standard input that Ctrl-C can interrupt: a read blocked in the terminal does not return when
/// SIGINT arrives, so reads run in the background while the interpreter waits for either the text
/// or an interrupt request, which raises KeyboardInterrupt (at the REPL's prompt, in
/// <c>input()</c>, in <c>sys.stdin.read()</c>). An interrupted read goes on, and the next read takes what it returns.
/// </summary>
internal sealed class InterruptibleInput(TextReader source, Interpreter interpreter) : TextReader
{
    private readonly char[] _chunk = new char[4096];
    private Task<int>? _pending;
    private int _start;
    private int _end;

    public override int Peek() => Fill() ? _chunk[_start] : -1;

    public override int Read() => Fill() ? _chunk[_start++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _end - _start);
        _chunk.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    /// <summary>Whether text is waiting in the chunk, reading the next part of the source if not; false at the end of input.</summary>
    private bool Fill()
    {
        if (_start < _end)
        {
            return true;
        }

        _pending ??= Task.Run(() => source.Read(_chunk, 0, _chunk.Length));
        var count = interpreter.WaitInterruptibly(_pending);
        _pending = null;
        _start = 0;
        _end = count;
        return count > 0;
    }
}
