using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Objects;

public delegate Value BuiltinBody(Interpreter vm, CallArgs args);

/// <summary>A builtin's body for a call with exactly one positional argument and no keywords.</summary>
public delegate Value BuiltinBody1(Interpreter vm, Value argument);

/// <summary>A builtin's body for a call with exactly two positional arguments and no keywords.</summary>
public delegate Value BuiltinBody2(Interpreter vm, Value first, Value second);

/// <summary>
/// A function implemented in C#. As a method in a builtin type's namespace it receives the
/// receiver as its first argument; CALL_METHOD calls it that way without binding.
/// </summary>
public sealed class PyBuiltinFunction(string name, BuiltinBody body, string? ownerTypeName = null)
    : PyObject(PyType.BuiltinFunction)
{
    public string Name { get; } = name;

    public BuiltinBody Body { get; } = body;

    /// <summary>The type whose method this is (for messages such as <c>str.join</c>), or null for a plain function.</summary>
    public string? OwnerTypeName { get; } = ownerTypeName;

    public bool IsMethod => OwnerTypeName is not null;

    /// <summary>
    /// Which builtin this is, for those the VM performs inline (like CPython's specialized CALL
    /// forms) or the CIL tier calls directly after testing it (see <c>FixedArityBuiltins</c>).
    /// </summary>
    public BuiltinIntrinsic Intrinsic { get; init; }

    /// <summary>
    /// The call with one positional argument, for callers that have it as a value (compiled code):
    /// the same semantics as <see cref="Body"/> without the argument span and its arity checks.
    /// For a method the receiver is an argument: this is the call with the receiver alone.
    /// </summary>
    public BuiltinBody1? OneArgument { get; init; }

    /// <summary>The call with two positional arguments (for a method, the receiver and one argument), as <see cref="OneArgument"/>.</summary>
    public BuiltinBody2? TwoArguments { get; init; }

    /// <summary>For a builtin that consumes an iterable item by item: its consumer, which the VM feeds from a generator directly.</summary>
    public ConsumerFactory? ItemConsumer { get; init; }
}

public enum BuiltinIntrinsic
{
    None,
    ListAppend,
    Len,
    Abs,
    Ord,
    Chr,
    Hash,
    Callable,
    Min,
    Max,
    IsInstance,
    IsSubclass,
    HasAttr,
    GetAttr,
}

/// <summary>A builtin method bound to its receiver by attribute access (<c>f = lst.append</c>).</summary>
public sealed class PyBoundBuiltin(PyBuiltinFunction function, Value self) : PyObject(PyType.BuiltinFunction)
{
    public PyBuiltinFunction Function { get; } = function;

    public Value Self { get; } = self;
}
