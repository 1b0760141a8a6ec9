using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A file from <c>open()</c>. A file opened for reading holds its whole content (text with newlines
/// translated, or bytes) and a position in it; one opened for writing or appending writes through a
/// buffered stream that <c>flush</c>, <c>close</c> and the end of the program empty.
/// </summary>
public sealed class PyFile : PyIterator
{
    private PyFile(PyType type, string name, string mode, bool binary)
        : base(type)
    {
        Name = name;
        Mode = mode;
        IsBinary = binary;
    }

    public static PyType TextType { get; } = new("TextIOWrapper", PyType.Object) { Type = PyType.TypeType, ModuleName = "_io" };

    public static PyType ReaderType { get; } = new("BufferedReader", PyType.Object) { Type = PyType.TypeType, ModuleName = "_io" };

    public static PyType WriterType { get; } = new("BufferedWriter", PyType.Object) { Type = PyType.TypeType, ModuleName = "_io" };

    public string Name { get; }

    public string Mode { get; }

    public bool IsBinary { get; }

    public bool IsClosed { get; private set; }

    /// <summary>The content of a file opened for reading: a str's text or bytes read as Latin-1, one char per byte.</summary>
    public string? Content { get; private init; }

    public int Position { get; set; }

    public Stream? Output { get; private init; }

    /// <summary>The text encoding as given to <c>open</c> (<c>UTF-8</c> by default, as CPython's locale gives it here).</summary>
    public string EncodingName { get; private init; } = "UTF-8";

    public string Errors { get; private init; } = "strict";

    public bool IsReadable => Content is not null;

    public static PyFile ForReading(string name, string mode, string content, bool binary, string encoding, string errors) =>
        new(binary ? ReaderType : TextType, name, mode, binary) { Content = content, EncodingName = encoding, Errors = errors };

    public static PyFile ForWriting(string name, string mode, Stream output, bool binary, string encoding, string errors) =>
        new(binary ? WriterType : TextType, name, mode, binary) { Output = output, EncodingName = encoding, Errors = errors };

    public void Close()
    {
        if (!IsClosed)
        {
            IsClosed = true;
            Output?.Dispose();
        }
    }

    /// <summary>A file is its own iterator: each item is the next line.</summary>
    public override bool TryNext(out Value value)
    {
        var line = ReadLine(-1);
        value = line.Length == 0 ? default : Wrap(line);
        return line.Length > 0;
    }

    /// <summary>Up to <paramref name="limit"/> characters (all when negative) through the next newline.</summary>
    public string ReadLine(long limit)
    {
        var content = Readable();
        var end = content.IndexOf('\n', Position);
        end = end < 0 ? content.Length : end + 1;
        if (limit >= 0 && limit < end - Position)
        {
            end = Position + (int)limit;
        }

        var line = content[Position..end];
        Position = end;
        return line;
    }

    /// <summary>The content of an open file opened for reading, or CPython's errors for a closed or write-only one.</summary>
    public string Readable()
    {
        EnsureOpen();
        return Content ?? throw new PythonException(new PyBaseException(UnsupportedOperation, [Value.FromString("not readable")]));
    }

    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw PyErrors.ValueError("I/O operation on closed file.");
        }
    }

    /// <summary><c>io.UnsupportedOperation</c>: reading a file opened for writing, or the reverse.</summary>
    public static PyType UnsupportedOperation { get; } = new("UnsupportedOperation", ExceptionTypes.OSError) { Type = PyType.TypeType, ModuleName = "io" };

    /// <summary>The value a read returns for <paramref name="text"/>: a str, or bytes for a binary file.</summary>
    public Value Wrap(string text) =>
        IsBinary ? Value.FromObject(new PyBytes(Encoding.Latin1.GetBytes(text))) : Value.FromString(text);
}
