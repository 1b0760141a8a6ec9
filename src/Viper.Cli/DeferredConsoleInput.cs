namespace Viper.Cli;

/// <summary>
/// Standard input for <c>input()</c> and <c>sys.stdin</c>, opened on the first read. Touching
/// <see cref="Console.In"/> on a terminal sets the terminal up (terminfo, a signal-handling thread,
/// keypad mode), which costs every start of a program that never reads its input.
/// </summary>
internal sealed class DeferredConsoleInput : TextReader
{
    private TextReader? _reader;

    private TextReader Reader => _reader ??= Console.In;

    public override int Peek() => Reader.Peek();

    public override int Read() => Reader.Read();

    public override int Read(char[] buffer, int index, int count) => Reader.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => Reader.Read(buffer);

    public override int ReadBlock(char[] buffer, int index, int count) => Reader.ReadBlock(buffer, index, count);

    public override string? ReadLine() => Reader.ReadLine();

    public override string ReadToEnd() => Reader.ReadToEnd();
}
