using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Errors;

/// <summary>The data attributes of exception instances and traceback objects (<c>args</c>, <c>__cause__</c>, <c>tb_lineno</c>, ...).</summary>
public static class ExceptionAttributes
{
    public static bool TryGet(PyObject owner, string name, out Value value)
    {
        value = owner switch
        {
            PyBaseException exception => Of(exception, name),
            PyTraceback traceback => Of(traceback, name),
            _ => default,
        };
        return value.Ref is not null;
    }

    /// <summary>Assigns <c>__cause__</c>, <c>__context__</c>, <c>__suppress_context__</c> or <c>__traceback__</c>; false for any other name.</summary>
    public static bool TrySet(PyBaseException exception, string name, Value value)
    {
        switch (name)
        {
            case "__cause__":
                // As in CPython, setting a cause (even None) hides the context, as 'raise ... from' does.
                exception.Cause = ChainLink(value, "cause");
                exception.SuppressContext = true;
                return true;
            case "__context__":
                exception.Context = ChainLink(value, "context");
                return true;
            case "__suppress_context__":
                exception.SuppressContext = value.Ref is PyBool flag
                    ? flag.Value
                    : throw PyErrors.TypeError("attribute value type must be bool");
                return true;
            case "__traceback__":
                ReplaceTraceback(exception, value);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// What <c>e.__traceback__ = tb</c> and <c>e.with_traceback(tb)</c> do: e's traceback becomes tb's entries
    /// (tb may be another exception's), or empty for None.
    /// </summary>
    public static void ReplaceTraceback(PyBaseException exception, Value traceback)
    {
        var entries = traceback switch
        {
            { IsNone: true } => [],
            { Ref: PyTraceback given } => given.EntriesInward,
            _ => throw PyErrors.TypeError("__traceback__ must be a traceback or None"),
        };
        exception.Traceback.Clear();
        exception.Traceback.AddRange(entries);
    }

    private static PyBaseException? ChainLink(Value value, string what) => value.IsNone
        ? null
        : value.Ref as PyBaseException ?? throw PyErrors.TypeError($"exception {what} must be None or derive from BaseException");

    private static Value Of(PyBaseException exception, string name) => name switch
    {
        "args" when exception.Args.Length is 3 && exception.Type.IsSubtypeOf(ExceptionTypes.OSError) => Value.FromObject(PyTuple.Of(exception.Args[0], exception.Args[1])),
        "args" => Value.FromObject(exception.Args.Length == 0 ? PyTuple.Empty : new PyTuple(exception.Args)),
        "errno" or "strerror" or "filename" when exception.Type.IsSubtypeOf(ExceptionTypes.OSError) => OSErrorDetail(exception, name),
        "__cause__" => OrNone(exception.Cause),
        "__context__" => OrNone(exception.Context),
        "__suppress_context__" => Value.FromBool(exception.SuppressContext),
        "__traceback__" => OrNone(PyTraceback.Of(exception)),
        "value" when exception.Type.IsSubtypeOf(ExceptionTypes.StopIteration) => FirstArgument(exception),
        "name" or "path" when exception.Type.IsSubtypeOf(ExceptionTypes.ImportError) => StoredDetail(exception, name),
        "name" or "obj" when exception.Type.IsSubtypeOf(ExceptionTypes.AttributeError) => StoredDetail(exception, name),
        "name" when exception.Type.IsSubtypeOf(ExceptionTypes.NameError) => StoredDetail(exception, name),
        "code" when exception.Type.IsSubtypeOf(ExceptionTypes.SystemExit) => exception.Args.Length > 1
            ? Value.FromObject(new PyTuple(exception.Args))
            : FirstArgument(exception),
        _ when exception.Type.IsSubtypeOf(ExceptionTypes.SyntaxError) && SyntaxErrors.Attribute(exception, name) is { IsBound: true } detail =>
            detail,
        _ when exception.Args.Length == 5 && IsCodecError(exception) && Array.IndexOf(CodecErrorFields, name) is var field and >= 0 =>
            exception.Args[field],
        _ => default,
    };

    /// <summary>The five arguments of a UnicodeEncodeError or UnicodeDecodeError, in order, are also its attributes.</summary>
    private static readonly string[] CodecErrorFields = ["encoding", "object", "start", "end", "reason"];

    private static bool IsCodecError(PyBaseException exception) =>
        exception.Type.IsSubtypeOf(ExceptionTypes.UnicodeEncodeError) || exception.Type.IsSubtypeOf(ExceptionTypes.UnicodeDecodeError);

    private static Value Of(PyTraceback traceback, string name) => name switch
    {
        "tb_lineno" => Value.FromInt(traceback.Entry.Code.LineAt(traceback.Entry.Offset)),
        "tb_lasti" => Value.FromInt(traceback.Entry.Offset),
        "tb_next" => OrNone(traceback.Next),
        _ => default,
    };

    /// <summary><c>OSError(errno, strerror[, filename])</c>: the filename is shown by <c>str()</c> but not kept in <c>args</c>.</summary>
    private static Value OSErrorDetail(PyBaseException exception, string name)
    {
        var index = name switch { "errno" => 0, "strerror" => 1, _ => 2 };
        return exception.Args.Length is 2 or 3 && index < exception.Args.Length ? exception.Args[index] : Value.None;
    }

    /// <summary>The OSError subclass CPython raises for a failed system call, with its errno, text and the file's name.</summary>
    public static PythonException OSError(PyType type, int errno, string text, string fileName) =>
        new(new PyBaseException(type, [Value.FromInt(errno), Value.FromString(text), Value.FromString(fileName)]));

    /// <summary>The OSError subclass CPython raises for a failed system call that names no file.</summary>
    public static PythonException OSError(PyType type, int errno, string text) =>
        new(new PyBaseException(type, [Value.FromInt(errno), Value.FromString(text)]));

    /// <summary>
    /// The details ImportError (<c>name</c>, <c>path</c>), AttributeError (<c>name</c>, <c>obj</c>) and
    /// NameError (<c>name</c>) carry: what the constructor's keywords, an assignment or the import
    /// system stored, else what the runtime that raised it recorded, else None.
    /// </summary>
    private static Value StoredDetail(PyBaseException exception, string name) =>
        InstanceAttributes.ExistingDictOf(Value.FromObject(exception)) is { } dict && dict.TryGetValue(name, out var value) ? value
        : name == "name" && exception.MissingName is { } missing ? Value.FromString(missing)
        : name == "obj" && exception.MissingOwner.IsBound ? exception.MissingOwner
        : Value.None;

    /// <summary>An ImportError (or subclass) naming the module it could not import, as <c>e.name</c>.</summary>
    public static PythonException ImportError(PyType type, string message, string moduleName)
    {
        var error = PyErrors.New(type, message);
        InstanceAttributes.DictOf(Value.FromObject(error.Value))!.SetItem("name", Value.FromString(moduleName));
        return error;
    }

    /// <summary>
    /// The keywords an exception's constructor or <c>__init__</c> takes: ImportError's <c>name</c>
    /// and <c>path</c>, AttributeError's <c>name</c> and <c>obj</c>, NameError's <c>name</c>, stored
    /// as its details; any other keyword is CPython's TypeError.
    /// </summary>
    public static void StoreKeywords(PyBaseException exception, CallArgs args)
    {
        if (args.KeywordCount == 0)
        {
            return;
        }

        // CPython names the base whose __init__ takes the keywords, and for the others the class itself.
        var type = exception.Type;
        var (family, accepted) = type.IsSubtypeOf(ExceptionTypes.ImportError) ? (ExceptionTypes.ImportError, new[] { "name", "path" })
            : type.IsSubtypeOf(ExceptionTypes.AttributeError) ? (ExceptionTypes.AttributeError, ["name", "obj"])
            : type.IsSubtypeOf(ExceptionTypes.NameError) ? (ExceptionTypes.NameError, ["name"])
            : (type, []);
        if (accepted.Length == 0)
        {
            throw PyErrors.TypeError($"{type.Name}() takes no keyword arguments");
        }

        var dict = InstanceAttributes.DictOf(Value.FromObject(exception))!;
        for (var i = 0; i < args.KeywordCount; i++)
        {
            var keyword = args.KeywordNames![i];
            dict.SetItem(
                Array.IndexOf(accepted, keyword) >= 0 ? keyword : throw PyErrors.TypeError($"'{keyword}' is an invalid keyword argument for {family.Name}()"),
                args.All[args.Count + i]);
        }
    }

    private static Value FirstArgument(PyBaseException exception) => exception.Args.Length > 0 ? exception.Args[0] : Value.None;

    private static Value OrNone(PyObject? value) => value is null ? Value.None : Value.FromObject(value);
}
