using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>The helpers of <c>FunctionLowering.FusedTemporaries</c>: a one-item tuple or a slice used by the next instruction, not made where it need not be.</summary>
internal static partial class JitRuntime
{
    /// <summary><c>(item,) + right</c>.</summary>
    public static Value PrependToTuple(Value item, Value right) =>
        right.Ref is PyTuple tail && ReferenceEquals(tail.Type, PyType.Tuple)
            ? Value.FromObject(PyTuple.Prepend(item, tail))
            : Arithmetic.Binary(BinaryOperator.Add, Value.FromObject(new PyTuple([item])), right);

    /// <summary><c>left + (item,)</c>, or <c>left += (item,)</c>.</summary>
    public static Value AppendToTuple(Value left, Value item, bool inplace) =>
        left.Ref is PyTuple head && ReferenceEquals(head.Type, PyType.Tuple)
            ? Value.FromObject(PyTuple.Append(head, item))
            : Arithmetic.Binary(BinaryOperator.Add, left, Value.FromObject(new PyTuple([item])), inplace);

    /// <summary><c>container[start:stop:step]</c>.</summary>
    public static Value GetSlice(Value container, Value start, Value stop, Value step) =>
        Slicing.TryGetUnitStep(container, start, stop, step, out var items)
            ? items
            : GetItem(container, NewSlice(start, stop, step));
}
