using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of the files <c>open()</c> returns: reading, writing, iteration and the context manager protocol.</summary>
public static class FileMethods
{
    public static PyType[] Types => [PyFile.TextType, PyFile.ReaderType, PyFile.WriterType];

    /// <summary>Installs the methods of <paramref name="type"/>, one of <see cref="Types"/>.</summary>
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "read", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.MethodRange(args, "read", 0, 1);
            var content = file.Readable();
            var size = args.Count > 1 && !args[1].IsNone ? ArgumentCheck.Index(args[1]) : -1;
            var end = size < 0 ? content.Length : (int)Math.Min(content.Length, file.Position + size);
            var text = content[file.Position..end];
            file.Position = end;
            return file.Wrap(text);
        });
        BuiltinMethods.Add(type, "readline", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.MethodRange(args, "readline", 0, 1);
            return file.Wrap(file.ReadLine(args.Count > 1 && !args[1].IsNone ? ArgumentCheck.Index(args[1]) : -1));
        });
        BuiltinMethods.Add(type, "readlines", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.MethodRange(args, "readlines", 0, 1);
            var lines = new List<Value>();
            while (file.TryNext(out var line))
            {
                lines.Add(line);
            }

            return Value.FromObject(new PyList([.. lines]));
        });
        BuiltinMethods.Add(type, "write", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "write");
            return Value.FromInt(Write(Self(args), args[1]));
        });
        BuiltinMethods.Add(type, "writelines", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.OneArgument(args, "writelines");
            foreach (var line in Iteration.ToList(args[1]))
            {
                Write(file, line);
            }

            return Value.None;
        });
        BuiltinMethods.Add(type, "flush", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.NoArguments(args, "flush");
            file.EnsureOpen();
            file.Output?.Flush();
            return Value.None;
        });
        BuiltinMethods.Add(type, "close", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.NoArguments(args, "close");
            file.Close();
            vm.Runtime.OpenFiles.Remove(file);
            return Value.None;
        });
        BuiltinMethods.Add(type, "__enter__", (vm, args) =>
        {
            var file = Self(args);
            file.EnsureOpen();
            return args[0];
        });
        BuiltinMethods.Add(type, "__exit__", (vm, args) =>
        {
            var file = Self(args);
            file.Close();
            vm.Runtime.OpenFiles.Remove(file);
            return Value.None;
        });
        BuiltinMethods.Add(type, "readable", (vm, args) => Value.FromBool(Open(args).IsReadable));
        BuiltinMethods.Add(type, "writable", (vm, args) => Value.FromBool(!Open(args).IsReadable));
        BuiltinMethods.Add(type, "seekable", (vm, args) => Value.FromBool(Open(args) is not null));
        BuiltinMethods.Add(type, "tell", (vm, args) =>
        {
            var file = Open(args);
            return Value.FromInt(file.IsReadable ? ByteOffset(file, file.Position) : file.Output!.Position);
        });
        BuiltinMethods.Add(type, "seek", (vm, args) =>
        {
            var file = Self(args);
            ArgumentCheck.MethodRange(args, "seek", 1, 2);
            var content = file.Readable();
            var offset = ArgumentCheck.Index(args[1]);
            var whence = args.Count > 2 ? ArgumentCheck.Index(args[2]) : 0;
            if (!file.IsBinary && (whence != 0 || offset < 0) && !(offset == 0 && whence == 2))
            {
                throw new PythonException(new PyBaseException(PyFile.UnsupportedOperation, [Value.FromString(
                    whence == 1 ? "can't do nonzero cur-relative seeks" : whence == 2 ? "can't do nonzero end-relative seeks" : $"negative seek position {offset}")]));
            }

            var target = whence switch { 1 => file.Position + offset, 2 => content.Length + offset, _ => offset };
            file.Position = (int)Math.Clamp(target, 0, content.Length);
            return Value.FromInt(target);
        });
    }

    /// <summary>The data attributes: <c>name</c>, <c>mode</c>, <c>closed</c>, and a text file's <c>encoding</c> and <c>errors</c>.</summary>
    public static bool TryGetAttribute(PyFile file, string name, out Value value)
    {
        value = name switch
        {
            "name" => Value.FromString(file.Name),
            "mode" => Value.FromString(file.Mode),
            "closed" => Value.FromBool(file.IsClosed),
            "encoding" when !file.IsBinary => Value.FromString(file.EncodingName),
            "errors" when !file.IsBinary => Value.FromString(file.Errors),
            _ => default,
        };
        return value.IsBound;
    }

    public static string Repr(PyFile file) => file.IsBinary
        ? $"<_io.{file.Type.Name} name={Operations.Repr.Of(Value.FromString(file.Name))}>"
        : $"<_io.TextIOWrapper name={Operations.Repr.Of(Value.FromString(file.Name))} mode={Operations.Repr.Of(Value.FromString(file.Mode))} encoding={Operations.Repr.Of(Value.FromString(file.EncodingName))}>";

    private static PyFile Self(CallArgs args) =>
        args.Count > 0 && args[0].Ref is PyFile file ? file : throw PyErrors.TypeError("descriptor requires a file object");

    private static PyFile Open(CallArgs args)
    {
        var file = Self(args);
        file.EnsureOpen();
        return file;
    }

    /// <summary>Writes bytes to a binary file or encoded text to a text file; the count <c>write</c> returns.</summary>
    private static int Write(PyFile file, Value data)
    {
        var output = Writable(file);
        if (file.IsBinary)
        {
            var bytes = BytesLike.TryGet(data, out var raw)
                ? raw.ToArray()
                : throw PyErrors.TypeError($"a bytes-like object is required, not '{TypeNames.Of(data)}'");
            output.Write(bytes);
            return bytes.Length;
        }

        var text = data.Ref as PyStr ?? throw PyErrors.TypeError($"write() argument must be str, not {TypeNames.Of(data)}");
        output.Write(Codecs.Encode(text, file.EncodingName, file.Errors));
        return text.Length;
    }

    private static Stream Writable(PyFile file)
    {
        file.EnsureOpen();
        return file.Output ?? throw new PythonException(new PyBaseException(PyFile.UnsupportedOperation, [Value.FromString("not writable")]));
    }

    /// <summary>A text file's position as CPython reports it for UTF-8 text: the byte offset of the characters before it.</summary>
    private static long ByteOffset(PyFile file, int position) =>
        file.IsBinary ? position : Encoding.UTF8.GetByteCount(file.Content.AsSpan(0, position));
}
