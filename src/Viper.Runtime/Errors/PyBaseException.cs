using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Errors;

/// <summary>A Python exception instance: its type, its <c>args</c>, and the traceback gathered while it unwound.</summary>
public sealed class PyBaseException(PyType type, Value[] args) : PyObject(type)
{
    public Value[] Args { get; set; } = args;

    /// <summary>Frames the exception passed through, innermost first.</summary>
    public List<TracebackEntry> Traceback { get; } = [];

    public PyBaseException? Cause { get; set; }

    public PyBaseException? Context { get; set; }

    /// <summary>Set by <c>raise ... from</c>: tracebacks then show the cause, or nothing, instead of the context.</summary>
    public bool SuppressContext { get; set; }

    /// <summary>
    /// The name an AttributeError or NameError raised by the runtime is about (its <c>name</c>); kept
    /// here rather than in the instance's dict so that raising one allocates no dict.
    /// </summary>
    public string? MissingName { get; set; }

    /// <summary>The object an AttributeError raised by the runtime looked the name up on (its <c>obj</c>).</summary>
    public Value MissingOwner { get; set; }

    /// <summary>The local an UnboundLocalError raised by an instruction's read is about; -1 for any other exception.</summary>
    internal int UnboundSlot { get; set; } = -1;

    /// <summary>
    /// The traceback entry for a frame this exception leaves, running <paramref name="code"/> at
    /// <paramref name="pc"/>: the frame that read an unbound local shows the read's position, the
    /// name, as CPython shows its LOAD_FAST; every other frame shows the instruction's.
    /// </summary>
    internal TracebackEntry EntryFor(CodeObject code, int pc) =>
        new(code, Traceback.Count == 0 && UnboundSlot >= 0 ? code.UnboundReadOffset(pc, UnboundSlot) : pc);

    /// <summary><c>str(exc)</c>: empty, the single argument's str (its repr for KeyError), <c>[Errno n] text</c> for OSError, or the args tuple's repr.</summary>
    public string Message => Args.Length switch
    {
        0 when Type.IsSubtypeOf(ExceptionTypes.SyntaxError) => "None",
        0 => "",
        2 when Type.IsSubtypeOf(ExceptionTypes.OSError) => $"[Errno {Repr.Str(Args[0])}] {Repr.Str(Args[1])}",
        3 when Type.IsSubtypeOf(ExceptionTypes.OSError) => $"[Errno {Repr.Str(Args[0])}] {Repr.Str(Args[1])}: {Repr.Of(Args[2])}",
        1 when Type.IsSubtypeOf(ExceptionTypes.KeyError) => Repr.Of(Args[0]),
        5 when Type.IsSubtypeOf(ExceptionTypes.UnicodeEncodeError) || Type.IsSubtypeOf(ExceptionTypes.UnicodeDecodeError) => Text.Codecs.Describe(this),
        2 when Type.IsSubtypeOf(ExceptionTypes.SyntaxError) && Args[1].Ref is PyTuple => SyntaxErrors.Describe(this),
        1 => Repr.Str(Args[0]),
        _ => Repr.Of(Value.FromObject(new PyTuple(Args))),
    };

    /// <summary>The last line of a traceback: <c>TypeName: message</c>, or the bare type name.</summary>
    public string Summary => Message.Length == 0 ? Type.Name : $"{Type.Name}: {Message}";
}
