using System.Diagnostics;

namespace Viper.IlJit.Emission;

/// <summary>
/// The evaluation stack as the verifier sees it: the type of each entry, and the stack expected at
/// each label. <see cref="IlEmitter"/> drives it in Debug builds and throws
/// <see cref="InvalidProgramException"/> the moment emitted IL would unbalance the stack or pass a
/// value of the wrong type, instead of letting .NET fail later with a bare "invalid program".
/// </summary>
internal sealed class StackModel
{
    /// <summary>The type of <c>ldnull</c>: assignable to any reference type.</summary>
    private sealed class NullLiteral;

    private readonly List<Type> _stack = [];
    private readonly Dictionary<IlLabel, Type[]> _atLabel = [];
    private bool _reachable = true;

    public int Depth => _stack.Count;

    public static Type Null => typeof(NullLiteral);

    public void Push(Type type)
    {
        if (!_reachable)
        {
            throw new InvalidProgramException("Instruction emitted where no control flow reaches it (mark a label first).");
        }

        _stack.Add(Normalize(type));
    }

    public Type Pop(string instruction)
    {
        if (_stack.Count == 0)
        {
            throw new InvalidProgramException($"{instruction}: the evaluation stack is empty.");
        }

        var top = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return top;
    }

    /// <summary>Pops one value that must be acceptable where <paramref name="expected"/> is declared.</summary>
    public void Pop(string instruction, Type expected)
    {
        var actual = Pop(instruction);
        if (!Accepts(expected, actual))
        {
            throw new InvalidProgramException($"{instruction}: expected {IlTypeNames.Of(expected)} on the stack, found {Describe(actual)}.");
        }
    }

    /// <summary>Pops two operands of one numeric kind (int32, int64 or float64) and returns it.</summary>
    public Type PopNumericPair(string instruction)
    {
        var right = Pop(instruction);
        var left = Pop(instruction);
        if (left != right || !(left == typeof(int) || left == typeof(long) || left == typeof(double)))
        {
            throw new InvalidProgramException($"{instruction}: operands {Describe(left)} and {Describe(right)} are not one numeric type.");
        }

        return left;
    }

    public void ExpectEmpty(string instruction)
    {
        if (_stack.Count != 0)
        {
            throw new InvalidProgramException($"{instruction}: the evaluation stack must be empty, it holds {_stack.Count} value(s).");
        }
    }

    /// <summary>A branch to <paramref name="label"/>: the stack there must be the one here.</summary>
    public void BranchTo(IlLabel label, string instruction)
    {
        Merge(label, instruction);
    }

    /// <summary>Nothing falls through after an unconditional transfer; the next label sets the stack.</summary>
    public void EndOfFlow()
    {
        _stack.Clear();
        _reachable = false;
    }

    public void Mark(IlLabel label)
    {
        if (_reachable)
        {
            Merge(label, $"{label.Name}:");
            return;
        }

        _stack.Clear();
        if (_atLabel.TryGetValue(label, out var recorded))
        {
            _stack.AddRange(recorded);
        }

        _reachable = true;
    }

    /// <summary>A catch handler starts with just the exception on the stack.</summary>
    public void EnterHandler(Type exceptionType)
    {
        _stack.Clear();
        _stack.Add(exceptionType);
        _reachable = true;
    }

    /// <summary>After a protected region ends, code continues with an empty stack.</summary>
    public void Resume()
    {
        _stack.Clear();
        _reachable = true;
    }

    private void Merge(IlLabel label, string instruction)
    {
        if (!_atLabel.TryGetValue(label, out var recorded))
        {
            _atLabel[label] = [.. _stack];
            return;
        }

        if (recorded.Length != _stack.Count || recorded.Where((type, i) => !Accepts(type, _stack[i]) && !Accepts(_stack[i], type)).Any())
        {
            throw new InvalidProgramException(
                $"{instruction}: stack [{string.Join(", ", _stack.Select(Describe))}] differs from [{string.Join(", ", recorded.Select(Describe))}] at {label.Name}.");
        }
    }

    private static bool Accepts(Type expected, Type actual)
    {
        expected = Normalize(expected);
        if (expected.IsByRef || actual.IsByRef)
        {
            return expected == actual;
        }

        if (!expected.IsValueType)
        {
            return actual == Null || (!actual.IsValueType && (expected.IsAssignableFrom(actual) || actual.IsInterface));
        }

        return expected == actual;
    }

    /// <summary>The verifier's view: small integers and bool are int32, enums their underlying type.</summary>
    private static Type Normalize(Type type)
    {
        if (type.IsEnum)
        {
            type = Enum.GetUnderlyingType(type);
        }

        return type == typeof(bool) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(short)
            || type == typeof(ushort) || type == typeof(char) || type == typeof(uint) ? typeof(int)
            : type == typeof(ulong) ? typeof(long)
            : type == typeof(float) ? typeof(double)
            : type;
    }

    [DebuggerStepThrough]
    private static string Describe(Type type) => type == Null ? "null" : IlTypeNames.Of(type);
}
